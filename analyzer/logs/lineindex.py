"""The line index of an upload: the byte offset where each line starts, then the file's size,
as a NumPy array file the store maps (`store._load`). It is written as the chunks are
read: a log of short lines has tens of millions of them, eight bytes each."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import TracebackType

import numpy as np
import numpy.typing as npt

LINE_INDEX_FILE = "lines.npy"
PARTIAL_SUFFIX = ".partial"
_DTYPE = np.dtype("<i8")


class LineIndexWriter:
    """Appends the chunks' line offsets to a partial file beside the index; `finish` makes the
    index of them (and removes the partial file, as leaving the `with` block does)."""

    def __init__(self, store_dir: Path) -> None:
        self.path = store_dir / LINE_INDEX_FILE
        self.partial = self.path.with_name(LINE_INDEX_FILE + PARTIAL_SUFFIX)
        self.count = 0
        self._fh = self.partial.open("wb")

    def add(self, offsets: npt.NDArray[np.int64]) -> None:
        """The start offsets of the next lines, in order."""
        offsets.astype(_DTYPE, copy=False).tofile(self._fh)
        self.count += len(offsets)

    def finish(self, total: int) -> None:
        """Write the index: every line's start, then `total`, the file's size."""
        self.add(np.array([total], dtype=np.int64))
        self._fh.close()
        with self.path.open("wb") as out:
            header = {"descr": _DTYPE.str, "fortran_order": False, "shape": (self.count,)}
            np.lib.format.write_array_header_1_0(out, header)
            with self.partial.open("rb") as src:
                shutil.copyfileobj(src, out, 1 << 20)
        self.partial.unlink()

    def __enter__(self) -> LineIndexWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._fh.close()
        self.partial.unlink(missing_ok=True)


def index_file(path: Path, store_dir: Path, block_bytes: int = 8 << 20) -> int:
    """Write the line index of a file as it is (a final line without a newline is a line, as
    `reader.read_chunks` counts them); return its number of lines."""
    total = path.stat().st_size
    base = 0
    with LineIndexWriter(store_dir) as index, path.open("rb") as fh:
        if total:
            index.add(np.zeros(1, dtype=np.int64))
        while block := fh.read(block_bytes):
            starts = np.flatnonzero(np.frombuffer(block, dtype=np.uint8) == ord("\n")) + 1 + base
            index.add(starts[starts < total].astype(np.int64))
            base += len(block)
        index.finish(total)
        return index.count - 1
