"""The recorder's overflow: rotating JSONL segment files, read back oldest first."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)
PREFIX = "llm-calls-spill-"


class SpillFile:
    """Append-only JSONL segments of bounded size; the oldest are dropped past `files_kept`."""

    def __init__(self, directory: Path, *, max_bytes: int, files_kept: int) -> None:
        self.directory = directory
        self.max_bytes = max_bytes
        self.files_kept = max(1, files_kept)
        self.lines_dropped = 0
        directory.mkdir(parents=True, exist_ok=True)
        self._seq = max((_seq_of(p) for p in self.segments()), default=0)
        self._sealed = True

    def segments(self) -> list[Path]:
        """The segment files, oldest first."""
        return sorted(self.directory.glob(f"{PREFIX}*.jsonl"), key=_seq_of)

    def has_data(self) -> bool:
        """Whether any spilled line waits to be replayed."""
        return any(p.stat().st_size > 0 for p in self.segments())

    def append(self, lines: Iterable[str]) -> int:
        """Append JSON lines to the current segment; returns how many were written."""
        current = self._current()
        text = "".join(line + "\n" for line in lines)
        with current.open("a", encoding="utf-8") as fh:
            fh.write(text)
        self._rotate_if_full(current)
        return text.count("\n")

    def seal(self) -> list[Path]:
        """Close the current segment so replay can read every segment without racing appends."""
        self._sealed = True
        return self.segments()

    def _current(self) -> Path:
        """The segment being appended to, starting a new one after a seal or rotation."""
        if self._sealed:
            self._seq += 1
            self._sealed = False
        return self.directory / f"{PREFIX}{self._seq:08d}.jsonl"

    def _rotate_if_full(self, current: Path) -> None:
        """Start a new segment when this one is full; drop the oldest past `files_kept`."""
        if current.stat().st_size >= self.max_bytes:
            self._sealed = True
        segments = self.segments()
        for old in segments[: max(0, len(segments) - self.files_kept)]:
            self.lines_dropped += count_lines(old)
            log.error("ledger spill full: dropped %s", old.name)
            old.unlink(missing_ok=True)


def count_lines(path: Path) -> int:
    """Number of lines in a file (0 when it is gone)."""
    try:
        with path.open("rb") as fh:
            return sum(1 for _ in fh)
    except FileNotFoundError:
        return 0


def read_lines(path: Path) -> list[str]:
    """The non-empty lines of a segment."""
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _seq_of(path: Path) -> int:
    """The sequence number in a segment's name."""
    try:
        return int(path.stem.removeprefix(PREFIX))
    except ValueError:
        return 0
