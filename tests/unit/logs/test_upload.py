"""Upload normalisation: gzip, xz and bzip2 (and their bombs), byte order marks and UTF-16,
binary, empty; the command line reads what an upload reads."""

from __future__ import annotations

import bz2
import codecs
import gzip
import io
import json
import lzma
import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from analyzer.errors import AppError, ErrorCode
from analyzer.logs.commands import ingest_command, parse_command
from analyzer.logs.upload import _utf8_blocks, normalize_upload

TEXT = b"2024-03-01 10:00:00,001 INFO [main] a.B: hello\n" * 100


def test_plain_text_is_copied(tmp_path: Path) -> None:
    src = tmp_path / "in.log"
    src.write_bytes(TEXT)
    out = normalize_upload(src, tmp_path / "raw.log", filename="in.log", max_bytes=1 << 20)
    assert (out.bytes, out.compressed) == (len(TEXT), False)
    assert (tmp_path / "raw.log").read_bytes() == TEXT


def test_gzip_detected_by_magic_not_name(tmp_path: Path) -> None:
    src = tmp_path / "upload.txt"
    src.write_bytes(gzip.compress(TEXT))
    out = normalize_upload(src, tmp_path / "raw.log", filename="upload.txt", max_bytes=1 << 20)
    assert out.compressed and out.bytes == len(TEXT)
    assert (tmp_path / "raw.log").read_bytes() == TEXT


def test_gzip_bomb_is_refused_and_leaves_nothing(tmp_path: Path) -> None:
    src = tmp_path / "bomb.gz"
    src.write_bytes(gzip.compress(b"A" * (20 << 20)))
    assert src.stat().st_size < 100_000
    with pytest.raises(AppError) as err:
        normalize_upload(src, tmp_path / "raw.log", filename="bomb.gz", max_bytes=1 << 20)
    assert err.value.code == ErrorCode.PAYLOAD_TOO_LARGE
    assert not (tmp_path / "raw.log").exists()


@pytest.mark.parametrize("compress", [lzma.compress, bz2.compress], ids=["xz", "bzip2"])
def test_xz_and_bzip2_rotated_logs_are_read(tmp_path: Path, compress: Any) -> None:
    src = tmp_path / "syslog.1"  # logrotate's name says nothing of the compression
    src.write_bytes(compress(TEXT))
    out = normalize_upload(src, tmp_path / "raw.log", filename="syslog.1", max_bytes=1 << 20)
    assert out.compressed and out.bytes == len(TEXT)
    assert (tmp_path / "raw.log").read_bytes() == TEXT


@pytest.mark.parametrize("compress", [lzma.compress, bz2.compress], ids=["xz", "bzip2"])
def test_an_xz_or_bzip2_bomb_is_refused_and_leaves_nothing(tmp_path: Path, compress: Any) -> None:
    src = tmp_path / "bomb"
    src.write_bytes(compress(b"A" * (20 << 20)))
    assert src.stat().st_size < 100_000
    with pytest.raises(AppError) as err:
        normalize_upload(src, tmp_path / "raw.log", filename="bomb", max_bytes=1 << 20)
    assert err.value.code == ErrorCode.PAYLOAD_TOO_LARGE
    assert not (tmp_path / "raw.log").exists()


@pytest.mark.parametrize(
    ("content", "hint"),
    [
        (b"ElfFile\x00" + bytes(range(32)) * 40, "export it from Event Viewer as CSV"),
        (b"PK\x03\x04" + bytes(range(32)) * 40, "zip archive"),
        (b"\x28\xb5\x2f\xfd" + bytes(range(32)) * 40, "zstd -d"),
    ],
)
def test_known_binary_uploads_say_what_to_upload_instead(
    tmp_path: Path, content: bytes, hint: str
) -> None:
    src = tmp_path / "upload"
    src.write_bytes(content)
    with pytest.raises(AppError) as err:
        normalize_upload(src, tmp_path / "raw.log", filename="upload", max_bytes=1 << 20)
    assert err.value.code == ErrorCode.UNSUPPORTED_LOG_FORMAT
    assert hint in err.value.detail
    assert not (tmp_path / "raw.log").exists()


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", ErrorCode.EMPTY_LOG),
        (b"\n \n", ErrorCode.EMPTY_LOG),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00" * 50, ErrorCode.UNSUPPORTED_LOG_FORMAT),
        (bytes(range(256)) * 10, ErrorCode.UNSUPPORTED_LOG_FORMAT),
        (b"\x1f\x8b\x08\x00garbage", ErrorCode.UNSUPPORTED_LOG_FORMAT),
        (b"\xfd7zXZ\x00garbage", ErrorCode.UNSUPPORTED_LOG_FORMAT),
        (b"BZh9garbage", ErrorCode.UNSUPPORTED_LOG_FORMAT),
        # UTF-16 without its byte order mark: a NUL after each character, no run of them
        ("2024-03-01 10:00:00 hello\n".encode("utf-16-le") * 50, ErrorCode.UNSUPPORTED_LOG_FORMAT),
        # a run of NULs does not make text of a binary file
        (b"\x00" * 64 + bytes(range(1, 32)) * 40, ErrorCode.UNSUPPORTED_LOG_FORMAT),
        # nor is a zeroed file (NULs, perhaps blank lines, nothing else) a text log
        (b"\x00" * 70_000, ErrorCode.UNSUPPORTED_LOG_FORMAT),
        (b"\x00" * 4096 + b"\n\n" + b"\x00" * 4096, ErrorCode.UNSUPPORTED_LOG_FORMAT),
    ],
)
def test_bad_input_is_refused(tmp_path: Path, content: bytes, code: ErrorCode) -> None:
    src = tmp_path / "x.log"
    src.write_bytes(content)
    with pytest.raises(AppError) as err:
        normalize_upload(src, tmp_path / "raw.log", filename="x.log", max_bytes=1 << 20)
    assert err.value.code == code
    assert not (tmp_path / "raw.log").exists()


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (codecs.BOM_UTF16_LE + TEXT.decode().encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.decode().encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF8 + TEXT, "utf-8"),
        (gzip.compress(codecs.BOM_UTF16_LE + TEXT.decode().encode("utf-16-le")), "utf-16-le"),
    ],
)
def test_byte_order_marks_are_read_and_dropped(
    tmp_path: Path, encoded: bytes, encoding: str
) -> None:
    """UTF-16 (as Windows tools write logs) becomes UTF-8; no mark is left before line 1."""
    src = tmp_path / "win.log"
    src.write_bytes(encoded)
    out = normalize_upload(src, tmp_path / "raw.log", filename="win.log", max_bytes=1 << 20)
    assert out.encoding == encoding
    assert (tmp_path / "raw.log").read_bytes() == TEXT


def test_a_syslog_with_a_crash_s_nul_blocks_is_a_text_log(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the machine lost power: the blocks allocated for the log before the crash hold NULs,
    # and the first line written after the restart follows them on the same line
    lines = [f"Dec 10 07:27:0{i} web1 sshd[24200]: Accepted publickey for alice" for i in range(5)]
    text = "\n".join(lines[:3]) + "\n" + "\x00" * 4096 + "\n".join(lines[3:]) + "\n"
    src = tmp_path / "syslog"
    src.write_bytes(text.encode())
    out = normalize_upload(src, tmp_path / "raw.log", filename="syslog", max_bytes=1 << 20)
    assert out.bytes == len(text)
    assert ingest_command(tmp_path / "raw.log", fmt=None, timezone="UTC", work_dir=tmp_path) == 0
    profile = json.loads(capsys.readouterr().out)
    assert (profile["format"], profile["line_count"], profile["event_count"]) == ("syslog", 5, 5)
    assert profile["parse_failures"] == 0  # the NULs before line 4's text are left out


def test_utf16_split_across_blocks_and_bad_units_survive(tmp_path: Path) -> None:
    text = "é€ line 😀\n" * 200_000  # more than one copy block; odd byte counts per block
    src = tmp_path / "win.log"
    src.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le") + b"\x00\xd8")  # lone half
    normalize_upload(src, tmp_path / "raw.log", filename="win.log", max_bytes=1 << 30)
    assert (tmp_path / "raw.log").read_text(encoding="utf-8") == text + "\ufffd"


def test_command_line_reads_gzip_and_utf16_and_refuses_binary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    packed = tmp_path / "app.log.gz"
    packed.write_bytes(gzip.compress(codecs.BOM_UTF16_LE + TEXT.decode().encode("utf-16-le")))
    assert parse_command(packed, fmt=None, timezone="UTC", out=io.StringIO()) == 0
    assert ingest_command(packed, fmt=None, timezone="UTC", work_dir=tmp_path / "w") == 0
    profile = json.loads(capsys.readouterr().out)
    assert (profile["format"], profile["line_count"], profile["parse_failures"]) == (
        "log4j",
        100,
        0,
    )
    binary = tmp_path / "core.bin"
    binary.write_bytes(bytes(range(256)) * 100)
    assert parse_command(binary, fmt=None, timezone="UTC", out=io.StringIO()) == 1
    assert json.loads(capsys.readouterr().err)["code"] == "UNSUPPORTED_LOG_FORMAT"
    missing = tmp_path / "missing.log"
    assert parse_command(missing, fmt=None, timezone="UTC", out=io.StringIO()) == 1
    assert json.loads(capsys.readouterr().err)["code"] == "LOG_NOT_FOUND"


def test_utf16_is_decoded_one_block_at_a_time() -> None:
    """A UTF-16 gzip bomb must meet the size bound while it is read, not after."""
    read: list[int] = []

    def blocks() -> Iterator[bytes]:
        for i in range(10_000):
            read.append(i)
            yield (codecs.BOM_UTF16_LE if i == 0 else b"") + "line\n".encode("utf-16-le") * 100

    encoding, utf8 = _utf8_blocks(blocks())
    assert encoding == "utf-16-le"
    assert next(utf8) == b"line\n" * 100
    next(utf8)
    assert len(read) == 2


def test_command_line_ingests_run_at_once_do_not_share_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `python -m analyzer ingest` in two terminals: each reads its own file into its own folder
    files = []
    for n in (40, 60):
        files.append(tmp_path / f"app{n}.log")
        files[-1].write_bytes(b"\n".join(TEXT.splitlines()[:n]) + b"\n")
    work = tmp_path / "cli"
    with ThreadPoolExecutor(max_workers=2) as pool:
        codes = list(
            pool.map(lambda f: ingest_command(f, fmt=None, timezone="UTC", work_dir=work), files)
        )
    assert codes == [0, 0]
    printed = capsys.readouterr().out
    counts = sorted(
        json.loads(p)["line_count"] for p in re.findall(r"^\{.*?^\}", printed, re.M | re.S)
    )
    assert counts == [40, 60]
    assert list(work.iterdir()) == []  # nothing left behind
