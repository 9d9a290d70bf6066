"""Finishing an ingest: events.parquet with final template ids; the templates table and the
profile's counts, gathered from the event chunks as they are staged (levels and sources are
counted from events.parquet)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from analyzer.logs.csv_export import POWERSHELL_TYPE
from analyzer.logs.profile import TemplateSummary, TimeRange
from analyzer.logs.years import add_years

EVENTS_FILE = "events.parquet"
TEMPLATES_FILE = "templates.parquet"
TOP_TEMPLATES = 20
TOP_SOURCES = 50
EXAMPLES = 5  # example lines kept per template: its first ones
ROW_GROUP_ROWS = 122_880  # DuckDB's default
ROW_GROUP_BYTES = 16 << 20
MIN_GROUP_ROWS = 2_048  # a DuckDB vector
_NO_TIME = np.iinfo(np.int64).max  # the first time of a variant without one (last: negated)
TEMPLATES_SCHEMA = pa.schema(
    [
        ("template_id", pa.int32()),
        ("pattern", pa.string()),
        ("count", pa.int64()),
        ("first_seen", pa.timestamp("us")),
        ("last_seen", pa.timestamp("us")),
        ("examples", pa.list_(pa.int64())),
    ]
)

Ints = npt.NDArray[np.int64]


def write_events(
    conn: duckdb.DuckDBPyConnection,
    store_dir: Path,
    staging: Path,
    mapping: list[int],
    years: int = 0,
    heads: int = 0,
) -> None:
    """Rewrite staged events (heads only: `heads` of them) with final template ids into
    events.parquet, the stamps read without a year (`ym`) moved by `years`
    (`YearWalker.shift`)."""
    events = store_dir / EVENTS_FILE
    rows = row_group_rows(staging.stat().st_size, heads)
    reader = pa.ipc.open_stream(pa.OSFile(str(staging)))
    conn.register("staging", reader)
    ts = f"CASE WHEN ym THEN ts + to_years({years}) ELSE ts END" if years else "ts"
    conn.execute(
        f"""
        COPY (SELECT line, end_line, {ts} AS ts, level, source, parsed,
                     coalesce(joined, message) AS message, attrs, header,
                     CAST($map[cluster_id + 1] AS INTEGER) AS template_id
              FROM staging WHERE head)
        TO '{_q(events)}' (FORMAT parquet, ROW_GROUP_SIZE {rows}, PARQUET_VERSION V2)""",
        {"map": mapping},
    )
    conn.unregister("staging")


def row_group_rows(staged_bytes: int, heads: int) -> int:
    """Events per row group of events.parquet: DuckDB's default, ROW_GROUP_ROWS, or fewer for
    fat events, so that a group, which the writer holds whole before writing it, stays near
    ROW_GROUP_BYTES (a CSV export's rows of sixty columns, each kept as a JSON object of a
    few kilobytes, made groups of 300 MB: a 600 MB file's ingest peaked above 1 GB)."""
    if heads <= 0:
        return ROW_GROUP_ROWS
    per_event = max(1, staged_bytes // heads)
    return max(MIN_GROUP_ROWS, min(ROW_GROUP_ROWS, ROW_GROUP_BYTES // per_event))


def _q(path: Path) -> str:
    return str(path).replace("'", "''")


@dataclass
class _Variants:
    """Per variant id: event count, first and last time (µs; those of stamps read without a
    year apart until their years are known), first EXAMPLES lines."""

    count: Ints = field(default_factory=lambda: np.zeros(0, np.int64))
    first: Ints = field(default_factory=lambda: np.zeros(0, np.int64))
    last: Ints = field(default_factory=lambda: np.zeros(0, np.int64))
    first_ym: Ints = field(default_factory=lambda: np.zeros(0, np.int64))
    last_ym: Ints = field(default_factory=lambda: np.zeros(0, np.int64))
    examples: Ints = field(default_factory=lambda: np.zeros((0, EXAMPLES), np.int64))
    filled: Ints = field(default_factory=lambda: np.zeros(0, np.int64))

    def grow(self, size: int) -> None:
        """Room for variant ids below `size` (at least doubled, so growing stays linear)."""
        if size <= len(self.count):
            return
        more = max(size, 2 * len(self.count)) - len(self.count)
        self.count = np.append(self.count, np.zeros(more, np.int64))
        self.first = np.append(self.first, np.full(more, _NO_TIME))
        self.last = np.append(self.last, np.full(more, -_NO_TIME))
        self.first_ym = np.append(self.first_ym, np.full(more, _NO_TIME))
        self.last_ym = np.append(self.last_ym, np.full(more, -_NO_TIME))
        self.examples = np.vstack([self.examples, np.full((more, EXAMPLES), -1, np.int64)])
        self.filled = np.append(self.filled, np.zeros(more, np.int64))

    def add(
        self,
        ids: Ints,
        lines: Ints,
        ts: Ints,
        timed: npt.NDArray[np.bool_],
        yearless: npt.NDArray[np.bool_],
    ) -> None:
        """Events (in line order, after those added before) with their variant ids."""
        if not len(ids):
            return
        self.grow(int(ids.max()) + 1)
        self.count += np.bincount(ids, minlength=len(self.count))
        for stamped, first, last in (
            (timed & ~yearless, self.first, self.last),
            (timed & yearless, self.first_ym, self.last_ym),
        ):
            if stamped.any():
                np.minimum.at(first, ids, np.where(stamped, ts, _NO_TIME))
                np.maximum.at(last, ids, np.where(stamped, ts, -_NO_TIME))
        # after a while, most variants have their examples
        want = np.flatnonzero(self.filled[ids] < EXAMPLES)
        ids, lines = ids[want], lines[want]
        order = pc.array_sort_indices(pa.array(ids)).to_numpy()  # stable; a counting sort
        slot = self.filled[ids[order]] + _ranks(ids[order])
        kept = slot < EXAMPLES
        self.examples[ids[order[kept]], slot[kept]] = lines[order[kept]]
        self.filled += np.bincount(ids, minlength=len(self.count))
        np.minimum(self.filled, EXAMPLES, out=self.filled)

    def move_yearless(self, years: int) -> None:
        """Merge the times of stamps read without a year, moved by `years`, into the others."""
        for yearless, times, pick, none in (
            (self.first_ym, self.first, np.minimum, _NO_TIME),
            (self.last_ym, self.last, np.maximum, -_NO_TIME),
        ):
            known = yearless != none
            if known.any():
                moved = yearless.copy()
                moved[known] = add_years(yearless[known], years)
                pick(times, moved, out=times)
            yearless.fill(none)


# what tools write between or above a log's lines: journalctl's marks (a boot, the journal's
# span, an empty journal), logcat's buffers (`--------- beginning of crash`, `switch to main`)
# and Android Studio's process marks, the type PowerShell's Export-Csv names above its header
MARKER = (
    r"^(?:-- (?:Boot [0-9a-f]{32}|Reboot|No entries|(?:Logs|Journal) begins? at .*) --|"
    r"--------- (?:beginning of|switch to) \w+|"
    r"-{4,} PROCESS (?:STARTED|ENDED) \(\d+\) for package \S+ -{4,}|"
    + POWERSHELL_TYPE
    + r"[\w.`\[\], -]+)$"
)


def _failures(messages: pa.ChunkedArray, unparsed: Ints) -> int:
    """How many of the unparsed events' heads (rows) are failures: an event of blank lines (a
    file opening with one, before any event) is none, nor a mark a tool writes between or
    above its lines (`MARKER`), each kept as an event of its own."""
    if not len(unparsed):
        return 0
    texts = pc.utf8_trim_whitespace(messages.take(pa.array(unparsed)))
    failed = pc.and_(pc.not_equal(texts, ""), pc.invert(pc.match_substring_regex(texts, MARKER)))
    return int(pc.sum(pc.fill_null(failed, True)).as_py() or 0)


def _ranks(grouped: Ints) -> Ints:
    """Each element's position within its run of equal values."""
    n = len(grouped)
    starts = np.flatnonzero(np.r_[True, grouped[1:] != grouped[:-1]])
    return np.arange(n) - np.repeat(starts, np.diff(np.r_[starts, n]))


@dataclass
class Summary:
    """The profile's counts and the templates table, gathered from staged event chunks."""

    events: int = 0
    failures: int = 0
    multiline: int = 0
    untimed: int = 0
    first: int | None = None  # µs
    last: int | None = None
    # the stamps read without a year apart, until `move_yearless`
    yearless: list[int] = field(default_factory=list)
    variants: _Variants = field(default_factory=_Variants)
    templates: pa.Table = field(default_factory=TEMPLATES_SCHEMA.empty_table)

    def add(self, events: pa.Table, variants: npt.NDArray[np.int32]) -> None:
        """A staged chunk: every line, its events' heads (`head`) with their variant ids."""
        head = events.column("head").to_numpy()
        timed = events.column("ts").is_valid().to_numpy()
        ts = pc.fill_null(events.column("ts").cast(pa.int64()), 0).to_numpy()
        ym = pc.fill_null(events.column("ym"), False).to_numpy(zero_copy_only=False)
        ok = pc.fill_null(events.column("parsed"), False).to_numpy()
        failed = ~pc.fill_null(events.column("parsed"), True).to_numpy()
        lines = events.column("line").to_numpy()
        self.events += int(head.sum())
        self.failures += _failures(events.column("message"), np.flatnonzero(head & failed))
        self.multiline += int((head & (events.column("end_line").to_numpy() > lines)).sum())
        self.untimed += int((head & ok & ~timed).sum())
        if (stamped := head & timed & ~ym).any():
            self._span(int(ts.min(where=stamped, initial=_NO_TIME)))
            self._span(int(ts.max(where=stamped, initial=-_NO_TIME)))
        if (stamped := head & timed & ym).any():
            self.yearless.append(int(ts.min(where=stamped, initial=_NO_TIME)))
            self.yearless.append(int(ts.max(where=stamped, initial=-_NO_TIME)))
        rows = np.flatnonzero(head & (variants >= 0))
        self.variants.add(
            variants[rows].astype(np.int64), lines[rows], ts[rows], timed[rows], ym[rows]
        )

    def _span(self, micros: int) -> None:
        self.first = micros if self.first is None else min(self.first, micros)
        self.last = micros if self.last is None else max(self.last, micros)

    def move_yearless(self, years: int) -> None:
        """Give the stamps read without a year their years: moved by `years`
        (`YearWalker.shift`). Call once, after the last chunk."""
        if self.yearless:
            for micros in add_years(np.array(self.yearless, np.int64), years):
                self._span(int(micros))
            self.yearless = []
        self.variants.move_yearless(years)

    def write_templates(self, store_dir: Path, mapping: list[int], patterns: list[str]) -> None:
        """The templates table (by descending count) from the variants' final template ids."""
        self.templates = _templates(self.variants, np.asarray(mapping, np.int64), patterns)
        pq.write_table(self.templates, store_dir / TEMPLATES_FILE)

    def statistics(self, conn: duckdb.DuckDBPyConnection, store_dir: Path) -> dict[str, Any]:
        """Counts, time range, levels, sources and top templates (`write_templates` first)."""
        top = self.templates.slice(0, TOP_TEMPLATES).to_pylist()
        return {
            "event_count": self.events,
            "time_range": TimeRange(start=_time(self.first), end=_time(self.last)),
            "parse_failures": self.failures,
            "multiline_events": self.multiline,
            "events_without_time": self.untimed,
            **_levels_and_sources(conn, store_dir),
            "template_count": self.templates.num_rows,
            "top_templates": [
                TemplateSummary(
                    template_id=r["template_id"],
                    pattern=r["pattern"],
                    count=r["count"],
                    first_seen=_utc(r["first_seen"]),
                    last_seen=_utc(r["last_seen"]),
                    examples=r["examples"],
                )
                for r in top
            ],
        }


def _levels_and_sources(conn: duckdb.DuckDBPyConnection, store_dir: Path) -> dict[str, Any]:
    """Events per level and per source (the top ones), by descending count, then first seen.

    DuckDB counts these from events.parquet faster than Arrow does chunk by chunk while the
    lines are parsed (dictionary-encoded pages, two threads)."""
    events = f"read_parquet('{_q(store_dir / EVENTS_FILE)}')"
    rows = conn.execute(f"""
        SELECT * FROM (SELECT 'levels' AS k, coalesce(level, 'NONE') AS v, count(*) AS n,
                              min(line) AS f
                       FROM {events} GROUP BY 2)
        UNION ALL (SELECT 'sources', source, count(*) AS n, min(line) AS f FROM {events}
                   WHERE source IS NOT NULL GROUP BY 2 ORDER BY n DESC, f LIMIT {TOP_SOURCES})
        ORDER BY k, n DESC, f""").fetchall()
    return {k: {v: n for key, v, n, _ in rows if key == k} for k in ("levels", "sources")}


def _templates(variants: _Variants, mapping: Ints, patterns: list[str]) -> pa.Table:
    """Per template (the variants mapping to it merged): count, first and last time, first
    example lines; templates without events left out."""
    variants.grow(len(mapping))
    size = len(patterns)
    count = np.zeros(size, np.int64)
    first = np.full(size, _NO_TIME)
    last = np.full(size, -_NO_TIME)
    np.add.at(count, mapping, variants.count[: len(mapping)])
    np.minimum.at(first, mapping, variants.first[: len(mapping)])
    np.maximum.at(last, mapping, variants.last[: len(mapping)])
    ids = np.flatnonzero(count)
    ids = ids[np.lexsort((ids, -count[ids]))]
    return pa.table(
        [
            pa.array(ids.astype(np.int32)),
            pa.array(patterns).take(ids),
            pa.array(count[ids]),
            pa.array(first[ids], pa.timestamp("us"), mask=first[ids] == _NO_TIME),
            pa.array(last[ids], pa.timestamp("us"), mask=last[ids] == -_NO_TIME),
            _examples(variants.examples[: len(mapping)], mapping, size).take(ids),
        ],
        schema=TEMPLATES_SCHEMA,
    )


def _examples(examples: npt.NDArray[np.int64], mapping: Ints, size: int) -> pa.ListArray:
    """The first EXAMPLES lines of each template, from its variants' first lines."""
    valid = examples.ravel() >= 0
    lines = examples.ravel()[valid]
    owner = np.repeat(mapping, EXAMPLES)[valid]
    order = np.lexsort((lines, owner))
    owner, lines = owner[order], lines[order]
    keep = _ranks(owner) < EXAMPLES
    sizes = np.bincount(owner[keep], minlength=size)
    offsets = np.r_[0, np.cumsum(sizes)].astype(np.int32)
    return pa.ListArray.from_arrays(pa.array(offsets), pa.array(lines[keep]))


def _time(micros: int | None) -> datetime | None:
    if micros is None:
        return None
    value: datetime = pa.scalar(micros, pa.timestamp("us")).as_py()
    return value.replace(tzinfo=UTC)


def _utc(value: datetime | None) -> datetime | None:
    return None if value is None else value.replace(tzinfo=UTC)
