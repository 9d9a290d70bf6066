"""Upload normalisation: gunzip (bounded), refuse binary and empty input, write plain text."""

from __future__ import annotations

import gzip
import zlib
from dataclasses import dataclass
from pathlib import Path

from analyzer.errors import AppError, ErrorCode

GZIP_MAGIC = b"\x1f\x8b"
SNIFF_BYTES = 64 * 1024
COPY_BLOCK = 1 << 20


@dataclass(frozen=True)
class NormalizedUpload:
    """The plain-text log written to dest: its size and whether the upload was gzip."""

    path: Path
    bytes: int
    compressed: bool
    compressed_bytes: int


def is_gzip(path: Path) -> bool:
    """True when the file starts with the gzip magic bytes."""
    with path.open("rb") as fh:
        return fh.read(2) == GZIP_MAGIC


def looks_binary(head: bytes) -> bool:
    """NUL bytes or many control characters in the first bytes mean not a text log."""
    if b"\x00" in head:
        return True
    if not head:
        return False
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return control / len(head) > 0.05


def _copy_bounded(src: Path, dest: Path, max_bytes: int) -> int:
    written = 0
    opener = gzip.open if is_gzip(src) else open
    try:
        with opener(src, "rb") as fin, dest.open("wb") as fout:
            while block := fin.read(COPY_BLOCK):
                written += len(block)
                if written > max_bytes:
                    raise AppError(
                        ErrorCode.PAYLOAD_TOO_LARGE,
                        f"the log is larger than {max_bytes} bytes once decompressed",
                    )
                fout.write(block)
    except (OSError, EOFError, zlib.error) as exc:
        raise AppError(ErrorCode.UNSUPPORTED_LOG_FORMAT, "corrupt gzip data") from exc
    return written


def normalize_upload(src: Path, dest: Path, *, filename: str, max_bytes: int) -> NormalizedUpload:
    """Write the upload's plain text to dest; `filename` is only used in messages."""
    compressed = is_gzip(src)
    try:
        size = _copy_bounded(src, dest, max_bytes)
        if size == 0:
            raise AppError(ErrorCode.EMPTY_LOG, f"{filename!r} is empty")
        with dest.open("rb") as fh:
            head = fh.read(SNIFF_BYTES)
        if looks_binary(head):
            raise AppError(
                ErrorCode.UNSUPPORTED_LOG_FORMAT, f"{filename!r} looks binary, not a text log"
            )
        if not head.strip():
            raise AppError(ErrorCode.EMPTY_LOG, f"{filename!r} holds only whitespace")
    except BaseException:
        dest.unlink(missing_ok=True)
        raise
    return NormalizedUpload(dest, size, compressed, src.stat().st_size)


__all__ = ["NormalizedUpload", "is_gzip", "normalize_upload"]
