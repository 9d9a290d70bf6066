"""Chunked reading of a raw log into Arrow string arrays with line numbers and byte offsets,
and the log viewer's filtered reading of those lines (DuckDB over the raw text and the store)."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

import duckdb
import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from analyzer.errors import AppError, ErrorCode
from analyzer.logs.coverage import text_pattern

CHUNK_BYTES = 8 << 20
CONTEXT_LINES = 64
BATCH_ROWS = 16384
SAMPLE_WINDOWS = 32
SAMPLE_WINDOW_BYTES = 32 << 10
# ANSI colour and style sequences (CSI), as terminal loggers write them into `docker logs`
ANSI_ESCAPE = r"\x1b\[[0-9;?]*[ -/]*[@-~]"
_ANSI = re.compile(ANSI_ESCAPE)


@dataclass(frozen=True)
class Chunk:
    """A run of whole lines: first line number (1-based), their text, and their start offsets;
    with `framed`, also the lines just before and after it (`before`, `after`)."""

    first_line: int
    text: pa.Array
    offsets: npt.NDArray[np.int64]
    end_offset: int
    invalid_utf8: int
    before: pa.Array | None = None
    after: pa.Array | None = None

    @property
    def table(self) -> pa.Table:
        """The chunk as an Arrow table `(line, t)`, the lines around it included: rows
        `context` to `context + len(text)` are the chunk's own."""
        parts = [x for x in (self.before, self.text, self.after) if x is not None and len(x)]
        text = pa.concat_arrays(parts) if len(parts) > 1 else self.text
        first = self.first_line - self.context
        lines = np.arange(first, first + len(text), dtype=np.int64)
        table = pa.table({"line": lines, "t": text})
        return pa.Table.from_batches(table.to_batches(max_chunksize=BATCH_ROWS))

    @property
    def context(self) -> int:
        """How many lines before the chunk's own its table holds."""
        return 0 if self.before is None else len(self.before)


def _windows_1252(exc: UnicodeError) -> tuple[str, int]:
    """A decoding error handler: the bytes UTF-8 cannot read, read as Windows-1252 (the
    superset of Latin-1 Windows programs write European text in: `D\xe9marrage` is
    `Démarrage`); its five unassigned bytes become U+FFFD."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return exc.object[exc.start : exc.end].decode("cp1252", errors="replace"), exc.end


LENIENT = "log-windows-1252"
codecs.register_error(LENIENT, _windows_1252)


def decode_lenient(data: bytes) -> str:
    """Text of a log's bytes: UTF-8, and where a line is not, its other bytes as Windows-1252."""
    return data.decode("utf-8", errors=LENIENT)


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
        return decode_lenient(data), bad


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


def read_chunks(
    path: Path, chunk_bytes: int = CHUNK_BYTES, *, offset: int = 0, first_line: int = 1
) -> Iterator[Chunk]:
    """Yield chunks of whole lines; a final line without a newline is still a line.

    `offset`/`first_line` start the reading at a known line start (from the line index)."""
    base, line = offset, first_line
    rest = b""
    with path.open("rb") as fh:
        fh.seek(offset)
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


def framed(chunks: Iterable[Chunk], lines: int = CONTEXT_LINES) -> Iterator[Chunk]:
    """The chunks, each with up to `lines` lines of the chunks before and after it.

    Some formats read a line's neighbours (a header whose level and message are on the next
    line, a record's lines after its stamp, a runtime's split line): with the lines around it,
    a chunk's first and last lines are read as if the file were one chunk. Reads one chunk
    ahead."""
    previous: Chunk | None = None
    current: Chunk | None = None
    for following in chunks:
        if current is not None:
            yield _framed(current, previous, following, lines)
        previous, current = current, following
    if current is not None:
        yield _framed(current, previous, None, lines)


def _framed(chunk: Chunk, previous: Chunk | None, following: Chunk | None, lines: int) -> Chunk:
    before = previous.text[max(0, len(previous.text) - lines) :] if previous else None
    after = following.text[:lines] if following else None
    return replace(chunk, before=before, after=after)


def sample_lines(path: Path, max_lines: int = 2000, max_bytes: int = 1 << 20) -> list[str]:
    """The first lines of a file plus windows spread over it, decoded leniently, for detection."""
    size = path.stat().st_size
    with path.open("rb") as fh:
        head = decode_lenient(fh.read(max_bytes)).split("\n")[:max_lines]
        spread: list[str] = []
        if size > max_bytes:
            for i in range(1, SAMPLE_WINDOWS + 1):
                fh.seek(size * i // (SAMPLE_WINDOWS + 1))
                window = decode_lenient(fh.read(SAMPLE_WINDOW_BYTES))
                spread += window.split("\n")[1:-1][: max_lines // SAMPLE_WINDOWS]
    lines = [ln.rstrip("\r") for ln in head + spread if ln.strip()]
    return [_ANSI.sub("", ln) if "\x1b" in ln else ln for ln in lines]


# --------------------------------------------------------------------------- filtered lines

SCAN_BUDGET_BYTES = 64 << 20  # raw text read by one filtered page before it hands back a cursor
NO_LEVEL = "NONE"  # how profiles name events without a level
LINE_FIELDS = ("line", "text", "event_line", "ts", "level", "source", "template_id", "template")
LineRowTuple = tuple[
    int, str, int | None, datetime | None, str | None, str | None, int | None, str | None
]


@dataclass(frozen=True)
class LineFilter:
    """Which physical lines the log viewer shows: their event's level or source, their text."""

    levels: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    text: str | None = None
    regex: bool = False

    @property
    def active(self) -> bool:
        """Whether any filter is set."""
        return bool(self.levels or self.sources or self.text)


@dataclass(frozen=True)
class LineMatches:
    """Matching lines (tuples of LINE_FIELDS) in line order; `next_start` is where the next
    page starts (None: nothing further matches)."""

    rows: list[LineRowTuple]
    next_start: int | None
    scanned_to: int


def _event_clause(flt: LineFilter) -> tuple[str, list[Any]]:
    """Conditions on the joined event `e` (a line outside any event matches no such filter)."""
    parts: list[str] = []
    params: list[Any] = []
    if flt.levels:
        named = [lv.upper() for lv in flt.levels if lv.upper() != NO_LEVEL]
        parts.append(
            "e.line IS NOT NULL"
            " AND (upper(e.level) IN (SELECT unnest(?)) OR (? AND e.level IS NULL))"
        )
        params += [named, NO_LEVEL in (lv.upper() for lv in flt.levels)]
    if flt.sources:
        parts.append("e.source IN (SELECT unnest(?))")
        params.append(list(flt.sources))
    return " AND ".join(f"({p})" for p in parts) or "true", params


def _text_clause(flt: LineFilter) -> tuple[str, list[Any]]:
    if not flt.text:
        return "true", []
    if flt.regex:
        return "regexp_matches(c.t, ?, 'i')", [flt.text]
    return "regexp_matches(c.t, ?)", [text_pattern(flt.text)]


def check_regex(conn: duckdb.DuckDBPyConnection, pattern: str) -> None:
    """VALIDATION_FAILED unless DuckDB (RE2) accepts the pattern."""
    try:
        conn.execute("SELECT regexp_matches('', ?, 'i')", [pattern]).fetchall()
    except duckdb.Error as exc:
        detail = str(exc).splitlines()[0][:200]
        raise AppError(
            ErrorCode.VALIDATION_FAILED, f"q: not a valid regular expression ({detail})"
        ) from exc


_EVENTS = (
    "SELECT e.line, e.end_line, e.ts, e.level, e.source, e.template_id, t.pattern "
    "FROM events e JOIN templates t USING (log_id, template_id) "
    "WHERE e.log_id = ? AND e.end_line >= ? AND e.line <= ?"
)


def filtered_lines(
    conn: duckdb.DuckDBPyConnection,
    *,
    log_id: str,
    raw: Path,
    offsets: npt.NDArray[np.int64],
    flt: LineFilter,
    start: int,
    end: int,
    limit: int,
    budget_bytes: int = SCAN_BUDGET_BYTES,
) -> LineMatches:
    """Lines start..end that pass the filter, at most `limit`, with their events' fields.

    `conn` has the store's `events` and `templates` views (`LogStore.cursor`), and is this
    call's alone. Without a text filter only the events are read (Parquet); with one, the raw
    file is scanned from `start` with DuckDB, at most `budget_bytes` a page (`next_start` then
    says where to go on)."""
    end = min(end, len(offsets) - 1)
    if start > end:
        return LineMatches([], None, end)
    if flt.text:
        return _scan(conn, log_id, raw, offsets, flt, start, end, limit, budget_bytes)
    return _by_events(conn, log_id, raw, offsets, flt, start, end, limit)


def _by_events(
    conn: duckdb.DuckDBPyConnection, log_id: str, raw: Path, offsets: npt.NDArray[np.int64],
    flt: LineFilter, start: int, end: int, limit: int,
) -> LineMatches:  # fmt: skip
    clause, params = _event_clause(flt)
    events = conn.execute(
        f"{_EVENTS} AND {clause} ORDER BY e.line LIMIT ?",
        [log_id, start, end, *params, limit + 1],
    ).fetchall()
    rows: list[LineRowTuple] = []
    with raw.open("rb") as fh:
        for line, end_line, ts, level, source, tid, pattern in events:
            first, last = max(line, start), min(end_line, end)
            for n, text in zip(range(first, last + 1), _raw(fh, offsets, first, last), strict=True):
                if len(rows) == limit:
                    return LineMatches(rows, n, n - 1)
                rows.append((n, text, line, _utc(ts), level, source, tid, pattern))
    return LineMatches(rows, None, end)


def _scan(
    conn: duckdb.DuckDBPyConnection, log_id: str, raw: Path, offsets: npt.NDArray[np.int64],
    flt: LineFilter, start: int, end: int, limit: int, budget_bytes: int,
) -> LineMatches:  # fmt: skip
    event_clause, event_params = _event_clause(flt)
    text_clause, text_params = _text_clause(flt)
    rows: list[LineRowTuple] = []
    read = 0
    chunk_bytes = min(CHUNK_BYTES, max(1 << 16, budget_bytes))
    for chunk in read_chunks(raw, chunk_bytes, offset=int(offsets[start - 1]), first_line=start):
        last = min(chunk.first_line + len(chunk.text) - 1, end)
        conn.register("chunk", chunk.table)
        found = conn.execute(
            f"SELECT c.line, c.t, e.line, e.ts, e.level, e.source, e.template_id, e.pattern "
            f"FROM chunk c LEFT JOIN ({_EVENTS}) e ON c.line BETWEEN e.line AND e.end_line "
            f"WHERE c.line <= ? AND {text_clause} AND {event_clause} ORDER BY c.line LIMIT ?",
            [log_id, chunk.first_line, last, end, *text_params, *event_params, limit - len(rows)],
        ).fetchall()
        conn.unregister("chunk")
        rows += [
            (n, t, ev, _utc(ts), lv, src, tid, pat) for n, t, ev, ts, lv, src, tid, pat in found
        ]
        read += chunk.end_offset - int(offsets[chunk.first_line - 1])
        if len(rows) == limit:
            stop = rows[-1][0]
            return LineMatches(rows, stop + 1 if stop < end else None, stop)
        if last >= end:
            break
        if read >= budget_bytes:
            return LineMatches(rows, last + 1, last)
    return LineMatches(rows, None, end)


def _raw(fh: BinaryIO, offsets: npt.NDArray[np.int64], first: int, last: int) -> list[str]:
    lo, hi = int(offsets[first - 1]), int(offsets[last])
    fh.seek(lo)
    text = decode_lenient(fh.read(hi - lo)).split("\n")
    return [ln.rstrip("\r") for ln in text[: last - first + 1]]


def _utc(value: object) -> datetime | None:
    return value.replace(tzinfo=UTC) if isinstance(value, datetime) else None
