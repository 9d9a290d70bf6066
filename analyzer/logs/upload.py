"""Upload normalisation: decompress gzip, xz or bzip2 (bounded; rotated logs come compressed),
drop a UTF-8 byte order mark and turn UTF-16 (with its mark, as Windows tools write logs) into
UTF-8, refuse binary and empty input, write plain text."""

from __future__ import annotations

import bz2
import codecs
import gzip
import lzma
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any

from analyzer.errors import AppError, ErrorCode

GZIP_MAGIC = b"\x1f\x8b"
# what a compressed upload opens with, and how it is read: by its bytes, not its name
OPENERS: dict[bytes, Callable[..., Any]] = {
    GZIP_MAGIC: gzip.open,
    b"\xfd7zXZ\x00": lzma.open,
    b"BZh": bz2.open,
}
UTF8_BOM = codecs.BOM_UTF8
UTF16_BOMS = {codecs.BOM_UTF16_LE: "utf-16-le", codecs.BOM_UTF16_BE: "utf-16-be"}
# what some binary uploads are, and what to upload instead
BINARY_HINTS = {
    b"ElfFile\x00": "a Windows event log (.evtx); export it from Event Viewer as CSV "
    "(Save All Events As... > CSV) and upload that",
    b"PK\x03\x04": "a zip archive; upload the log files inside it",
    b"\x28\xb5\x2f\xfd": "zstd-compressed; decompress it (zstd -d) and upload the text",
    b"7z\xbc\xaf\x27\x1c": "a 7-Zip archive; upload the log files inside it",
    b"SQLite format 3\x00": "an SQLite database, not a log",
}
SNIFF_BYTES = 64 * 1024
COPY_BLOCK = 1 << 20


@dataclass(frozen=True)
class NormalizedUpload:
    """The plain-text log written to dest: its size, whether the upload was compressed, and the
    encoding it was read in (`utf-8`, or `utf-16-le`/`utf-16-be` turned into UTF-8)."""

    path: Path
    bytes: int
    compressed: bool
    compressed_bytes: int
    encoding: str = "utf-8"


def _opener(path: Path) -> Callable[..., Any] | None:
    """How to decompress the file, by the magic bytes it opens with (None: not compressed)."""
    with path.open("rb") as fh:
        head = fh.read(6)
    return next((o for magic, o in OPENERS.items() if head.startswith(magic)), None)


def is_compressed(path: Path) -> bool:
    """True when the file opens with the magic bytes of gzip, xz or bzip2."""
    return _opener(path) is not None


# a run of NUL bytes in a text log: the blocks a file system had allocated when the machine
# lost power, before the log's text reached them (syslog files after a crash)
_NUL_RUN = re.compile(rb"\x00{8,}")


def looks_binary(head: bytes) -> bool:
    """NUL bytes or many control characters in the first bytes mean not a text log; runs of
    NUL bytes alone (a crash's unwritten blocks) do not, where text remains."""
    text = _NUL_RUN.sub(b"", head)
    if b"\x00" in text or (text != head and not text.strip()):
        return True  # (NULs and nothing else: a sparse or zeroed file)
    head = text
    if not head:
        return False
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return control / len(head) > 0.05


def has_byte_order_mark(path: Path) -> bool:
    """True when a (plain) file starts with a UTF-8 or UTF-16 byte order mark."""
    with path.open("rb") as fh:
        head = fh.read(3)
    return head.startswith(UTF8_BOM) or head[:2] in UTF16_BOMS


def _utf8_blocks(blocks: Iterator[bytes]) -> tuple[str, Iterator[bytes]]:
    """The encoding the first block's byte order mark names, and the blocks as UTF-8 without
    the mark (UTF-16 decoded incrementally; a bad code unit becomes U+FFFD)."""
    first = next(blocks, b"")
    encoding = UTF16_BOMS.get(first[:2])
    if encoding is None:
        return "utf-8", chain([first.removeprefix(UTF8_BOM)], blocks)
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")

    def decoded() -> Iterator[bytes]:
        for block in chain([first[2:]], blocks):  # one block at a time: bounded memory
            yield decoder.decode(block).encode("utf-8")
        yield decoder.decode(b"", final=True).encode("utf-8")

    return encoding, decoded()


def _copy_bounded(
    src: Path, dest: Path, max_bytes: int, opener: Callable[..., Any]
) -> tuple[int, str]:
    written = 0
    try:
        with opener(src, "rb") as fin, dest.open("wb") as fout:
            encoding, blocks = _utf8_blocks(iter(lambda: fin.read(COPY_BLOCK), b""))
            for block in blocks:
                written += len(block)
                if written > max_bytes:
                    raise AppError(
                        ErrorCode.PAYLOAD_TOO_LARGE,
                        f"the log is larger than {max_bytes} bytes once decompressed",
                    )
                fout.write(block)
    except (OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
        raise AppError(ErrorCode.UNSUPPORTED_LOG_FORMAT, "corrupt compressed data") from exc
    return written, encoding


def normalize_upload(src: Path, dest: Path, *, filename: str, max_bytes: int) -> NormalizedUpload:
    """Write the upload's plain text to dest; `filename` is only used in messages."""
    decompress = _opener(src)
    try:
        size, encoding = _copy_bounded(src, dest, max_bytes, decompress or open)
        if size == 0:
            raise AppError(ErrorCode.EMPTY_LOG, f"{filename!r} is empty")
        with dest.open("rb") as fh:
            head = fh.read(SNIFF_BYTES)
        if looks_binary(head):
            hint = next((h for magic, h in BINARY_HINTS.items() if head.startswith(magic)), "")
            raise AppError(
                ErrorCode.UNSUPPORTED_LOG_FORMAT,
                f"{filename!r} looks binary, not a text log" + (f": {hint}" if hint else ""),
            )
        if not head.strip():
            raise AppError(ErrorCode.EMPTY_LOG, f"{filename!r} holds only whitespace")
    except BaseException:
        dest.unlink(missing_ok=True)
        raise
    return NormalizedUpload(dest, size, decompress is not None, src.stat().st_size, encoding)


__all__ = [
    "NormalizedUpload",
    "has_byte_order_mark",
    "is_compressed",
    "looks_binary",
    "normalize_upload",
]
