"""Where each record of a JSON document lies in the uploaded file: the physical line its opening
brace is on (a record runs to the next's), found by a vectorised scan of the bytes (quotes,
escapes and nesting depth, as simdjson's first stage finds them), a block at a time with the
state carried over: a document of a gigabyte is read in blocks of a few megabytes."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pyarrow as pa

BLOCK_BYTES = 8 << 20
_QUOTE, _BACKSLASH, _NEWLINE = ord('"'), ord("\\"), ord("\n")
_OPEN = np.array([ord("{"), ord("[")], dtype=np.uint8)
_K_QUOTE, _K_NEWLINE, _K_BRACKET = 1, 2, 3
_KIND = np.zeros(256, dtype=np.uint8)  # what each byte is to the scan
_KIND[[_QUOTE, _NEWLINE, *b"{[]}"]] = [_K_QUOTE, _K_NEWLINE, *[_K_BRACKET] * 4]


@dataclass
class _Scan:
    """The scan's state between blocks, and the records found so far."""

    depth: int  # the nesting depth a record's opening brace is at
    in_string: bool = False
    backslashes: int = 0  # the backslashes ending the blocks before
    level: int = 0  # the depth at the block's start
    lines: int = 0  # newlines before the block
    opener: int = 0  # the last bracket opened at depth 1 (a wrapped record's must be `[`)
    starts: list[npt.NDArray[np.int64]] = field(default_factory=list)
    closed: int = 0  # records closed: as many as opened in a document DuckDB read whole


@dataclass(frozen=True)
class RecordSpans:
    """The physical line (1-based) each record opens on, and the file's line count."""

    first: npt.NDArray[np.int64]
    line_count: int

    def cite(self, events: pa.Table) -> pa.Table:
        """Events read from the records one per line (`line` and `end_line` count records),
        with the uploaded file's lines instead: from the record's opening line to the line
        before the next record's (its closing brace, unless the next opens on that line, and
        the separators and blank lines after it; the last record's to the end of the file)."""
        ends = np.append(self.first[1:] - 1, self.line_count)
        first = self.first[events.column("line").to_numpy() - 1]
        last = ends[events.column("end_line").to_numpy() - 1]
        events = events.set_column(events.schema.get_field_index("line"), "line", pa.array(first))
        at = events.schema.get_field_index("end_line")
        return events.set_column(at, "end_line", pa.array(last))


def record_spans(path: Path, depth: int) -> RecordSpans | None:
    """The lines of the objects at nesting `depth` (0: objects one after another; 1: an array's
    records; 2: the records of an array under a key of one object), or None when two records
    open on one line (a minified document: its lines say nothing of its records)."""
    scan = _Scan(depth)
    size, last_byte = 0, _NEWLINE
    with path.open("rb") as fh:
        while block := fh.read(BLOCK_BYTES):
            data = np.frombuffer(block, dtype=np.uint8)
            _scan_block(scan, data)
            size, last_byte = size + len(block), int(data[-1])
    first = np.concatenate(scan.starts) if scan.starts else np.empty(0, np.int64)
    if len(first) != scan.closed or np.any(first[1:] <= first[:-1]):
        return None
    return RecordSpans(first, scan.lines + (0 if size == 0 or last_byte == _NEWLINE else 1))


def _scan_block(scan: _Scan, data: npt.NDArray[np.uint8]) -> None:
    kind = _KIND[data]
    newlines = np.flatnonzero(kind == _K_NEWLINE)
    quotes = _unescaped_quotes(scan, data, np.flatnonzero(kind == _K_QUOTE))
    marks = np.flatnonzero(kind == _K_BRACKET)
    # a bracket is structure when an even number of quotes (with the block's start) is before it
    marks = marks[(np.searchsorted(quotes, marks) + scan.in_string) % 2 == 0]
    chars = data[marks]
    opens = np.isin(chars, _OPEN)
    step = np.where(opens, 1, -1)
    before = scan.level + np.cumsum(step) - step  # the depth before each bracket
    braces = np.where(opens, chars == ord("{"), chars == ord("}"))
    record = braces & (before == np.where(opens, scan.depth, scan.depth + 1))
    if scan.depth == 2:  # an array's records, not the objects in an object's values
        record &= _owners(scan, chars, opens & (before == 1)) == ord("[")
    scan.starts.append(_line_of(scan, newlines, marks[record & opens]))
    scan.closed += int(np.count_nonzero(record & ~opens))
    scan.level = int(scan.level + step.sum())
    scan.in_string = bool((len(quotes) + scan.in_string) % 2)
    scan.lines += len(newlines)


def _owners(
    scan: _Scan, chars: npt.NDArray[np.uint8], parent: npt.NDArray[np.bool_]
) -> npt.NDArray[np.int64]:
    """For each bracket, the last bracket opened at depth 1 before it (the top-level key's
    value it is in): the one carried from the blocks before where none is in this block."""
    index = np.where(parent, np.arange(len(chars)), -1)
    latest = np.maximum.accumulate(index) if len(index) else index
    owner = np.where(latest >= 0, chars[np.maximum(latest, 0)], scan.opener).astype(np.int64)
    if parent.any():
        scan.opener = int(chars[np.flatnonzero(parent)[-1]])
    return owner


def _unescaped_quotes(
    scan: _Scan, data: npt.NDArray[np.uint8], quotes: npt.NDArray[np.int64]
) -> npt.NDArray[np.int64]:
    """The quotes not escaped by an odd run of backslashes before them (backslashes are few:
    their runs are found among their own positions)."""
    slashes = np.flatnonzero(data == _BACKSLASH)
    carried = scan.backslashes
    if len(slashes) and slashes[-1] == len(data) - 1:  # a run ending the block goes on
        breaks = np.flatnonzero(np.diff(slashes) != 1)
        tail = len(slashes) - (int(breaks[-1]) + 1 if len(breaks) else 0)
        scan.backslashes = tail + (carried if tail == len(data) else 0)
    else:
        scan.backslashes = 0
    if not len(slashes) and not carried:
        return quotes
    runs = np.zeros(len(quotes), dtype=np.int64)  # the backslashes just before each quote
    if len(slashes):
        # each backslash's run starts at the first of its consecutive positions
        first = np.r_[True, np.diff(slashes) != 1]
        run_start = slashes[np.maximum.accumulate(np.where(first, np.arange(len(slashes)), 0))]
        at = np.minimum(np.searchsorted(slashes, quotes - 1), len(slashes) - 1)
        begin = run_start[at]
        hit = (quotes > 0) & (slashes[at] == quotes - 1)
        runs = np.where(hit, quotes - begin + np.where(begin == 0, carried, 0), 0)
    runs = np.where(quotes == 0, carried, runs)
    unescaped: npt.NDArray[np.int64] = quotes[runs % 2 == 0]
    return unescaped


def _line_of(
    scan: _Scan, newlines: npt.NDArray[np.int64], positions: npt.NDArray[np.int64]
) -> npt.NDArray[np.int64]:
    return (scan.lines + np.searchsorted(newlines, positions) + 1).astype(np.int64)
