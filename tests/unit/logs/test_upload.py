"""Upload normalisation: gzip, gzip bombs, binary, empty."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from analyzer.errors import AppError, ErrorCode
from analyzer.logs.upload import normalize_upload

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


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", ErrorCode.EMPTY_LOG),
        (b"\n \n", ErrorCode.EMPTY_LOG),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00" * 50, ErrorCode.UNSUPPORTED_LOG_FORMAT),
        (bytes(range(256)) * 10, ErrorCode.UNSUPPORTED_LOG_FORMAT),
        (b"\x1f\x8b\x08\x00garbage", ErrorCode.UNSUPPORTED_LOG_FORMAT),
    ],
)
def test_bad_input_is_refused(tmp_path: Path, content: bytes, code: ErrorCode) -> None:
    src = tmp_path / "x.log"
    src.write_bytes(content)
    with pytest.raises(AppError) as err:
        normalize_upload(src, tmp_path / "raw.log", filename="x.log", max_bytes=1 << 20)
    assert err.value.code == code
    assert not (tmp_path / "raw.log").exists()
