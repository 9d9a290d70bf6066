"""Chunked reading of a raw log into Arrow string arrays with line numbers and byte offsets."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

CHUNK_BYTES = 8 << 20
BATCH_ROWS = 16384
SAMPLE_WINDOWS = 32
SAMPLE_WINDOW_BYTES = 32 << 10


@dataclass(frozen=True)
class Chunk:
    """A run of whole lines: first line number (1-based), their text, and their start offsets."""

    first_line: int
    text: pa.Array
    offsets: npt.NDArray[np.int64]
    end_offset: int
    invalid_utf8: int

    @property
    def table(self) -> pa.Table:
        """The chunk as an Arrow table `(line, t)`."""
        lines = np.arange(self.first_line, self.first_line + len(self.text), dtype=np.int64)
        table = pa.table({"line": lines, "t": self.text})
        return pa.Table.from_batches(table.to_batches(max_chunksize=BATCH_ROWS))


def _decode(data: bytes) -> tuple[str, int]:
    try:
        return data.decode("utf-8"), 0
    except UnicodeDecodeError:
        bad = 0
        for raw in data.split(b"\n"):
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                bad += 1
        return data.decode("utf-8", errors="replace"), bad


def _chunk(data: bytes, base: int, first_line: int) -> Chunk:
    body = data[:-1] if data.endswith(b"\n") else data
    arr = np.frombuffer(body, dtype=np.uint8)
    rel = np.concatenate(([0], np.flatnonzero(arr == 10) + 1)).astype(np.int64)
    text, bad = _decode(body)
    if bad or len(body) >= 1 << 31:
        pieces = pc.list_flatten(pc.split_pattern(pa.array([text], pa.string()), "\n"))
    else:
        # Zero-copy: each line is a slice of the (valid UTF-8) buffer, newline included...
        ends = np.append(rel[1:], len(body)).astype(np.int32)
        offsets = pa.py_buffer(np.concatenate(([0], ends)).astype(np.int32).tobytes())
        pieces = pa.StringArray.from_buffers(len(rel), offsets, pa.py_buffer(body))
        pieces = pc.utf8_rtrim(pieces, characters="\n")  # ...then trimmed in one pass.
    if b"\r" in body:
        pieces = pc.utf8_rtrim(pieces, characters="\r")
    return Chunk(first_line, pieces, rel + base, base + len(data), bad)


def read_chunks(path: Path, chunk_bytes: int = CHUNK_BYTES) -> Iterator[Chunk]:
    """Yield chunks of whole lines; a final line without a newline is still a line."""
    base, line = 0, 1
    rest = b""
    with path.open("rb") as fh:
        while True:
            block = fh.read(chunk_bytes)
            data = rest + block
            if not block:
                if data:
                    yield _chunk(data, base, line)
                return
            cut = data.rfind(b"\n") + 1
            if cut == 0:
                rest = data
                continue
            chunk = _chunk(data[:cut], base, line)
            yield chunk
            base, line, rest = base + cut, line + len(chunk.text), data[cut:]


def sample_lines(path: Path, max_lines: int = 2000, max_bytes: int = 1 << 20) -> list[str]:
    """The first lines of a file plus windows spread over it, decoded leniently, for detection."""
    size = path.stat().st_size
    with path.open("rb") as fh:
        head = fh.read(max_bytes).decode("utf-8", errors="replace").split("\n")[:max_lines]
        spread: list[str] = []
        if size > max_bytes:
            for i in range(1, SAMPLE_WINDOWS + 1):
                fh.seek(size * i // (SAMPLE_WINDOWS + 1))
                window = fh.read(SAMPLE_WINDOW_BYTES).decode("utf-8", errors="replace")
                spread += window.split("\n")[1:-1][: max_lines // SAMPLE_WINDOWS]
    return [ln.rstrip("\r") for ln in head + spread if ln.strip()]
