"""Ingest: raw log -> parsed, template-mined events in Parquet, a line index and a profile."""

from __future__ import annotations

import json
import re
import threading
from collections import Counter, deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from analyzer.errors import AppError, ErrorCode
from analyzer.logs.assemble import Assembler
from analyzer.logs.carry import Announced, Carry
from analyzer.logs.clocks import ClockWalker, day_anchor
from analyzer.logs.detect import (
    Detection,
    detect_format,
    forced_format,
    format_names,
    is_known,
)
from analyzer.logs.duck import Session, shared
from analyzer.logs.folds import FoldWalker
from analyzer.logs.formats import AMBIGUOUS_ZONES, CTIME, ISO_STAMP
from analyzer.logs.jsondoc import RECORDS_FILE, JsonDocument, rewrite_json_document
from analyzer.logs.jsonspans import RecordSpans
from analyzer.logs.lineindex import LINE_INDEX_FILE, LineIndexWriter, index_file
from analyzer.logs.miner import Miner
from analyzer.logs.parser import ChunkParser, Parsed
from analyzer.logs.parsing import local_macro
from analyzer.logs.profile import LogProfile, save_profile
from analyzer.logs.reader import CHUNK_BYTES, Chunk, framed, read_chunks, sample_lines
from analyzer.logs.starts import run_start, start_macro
from analyzer.logs.summarize import Summary, write_events
from analyzer.logs.years import Heading, YearWalker, read_heading
from analyzer.logs.zones import naive_offset, offset_name

MANIFEST_FILE = "manifest.json"
STAGING_FILE = "events.staging.arrows"
PARSE_WORKERS = 2
MIN_CHUNK_BYTES = 1 << 20
# a window holding a chunk whole holds all its columns: a MariaDB slow log of 1 GB cut in
# chunks of 8 MiB peaked at 1.2 GB
WINDOWED_CHUNK_BYTES = 4 << 20
PARSE_THREADS = 1
STAGING_SCHEMA = pa.schema(
    [
        ("line", pa.int64()),
        ("end_line", pa.int64()),
        ("ts", pa.timestamp("us")),
        ("ym", pa.bool_()),
        ("level", pa.string()),
        ("source", pa.string()),
        ("parsed", pa.bool_()),
        ("message", pa.string()),
        ("joined", pa.string()),
        ("attrs", pa.string()),
        ("header", pa.string()),
        ("head", pa.bool_()),
        ("cluster_id", pa.int32()),
    ]
)


class IngestCancelled(Exception):
    """The ingest was stopped through its cancel event; nothing partial is left."""


@dataclass(frozen=True)
class IngestProgress:
    """How far an ingest is: lines and bytes done out of the total, and the phase."""

    phase: str
    lines_done: int
    bytes_done: int
    total_bytes: int


@dataclass
class _Tally:
    lines: int = 0
    ok: int = 0
    rescued: int = 0
    heads: int = 0
    truncated: int = 0
    invalid_utf8: int = 0
    summary: Summary = field(default_factory=Summary)
    years: YearWalker = field(default_factory=YearWalker)
    year_shift: int = 0  # years every year-less stamp was moved by (`YearWalker.shift`)
    heading: Heading | None = None  # what the log's first line says of it (`years.read_heading`)
    ambiguous_zone: str = ""  # an abbreviation of several zones the stamps name (`_named_zone`)
    own_offset: bool = False  # naive stamps read at the offset the log gives them
    # lines of formats not detected, read with them, by format (`ChunkParser._strays`)
    strays: Counter[str] = field(default_factory=Counter)
    # a JSON document's records' lines in the uploaded file, which its events cite
    spans: RecordSpans | None = None


def check_timezone(tz: str) -> None:
    """VALIDATION_FAILED unless `tz` names a timezone (IANA: `Europe/Berlin`, `UTC`) that both
    Python and DuckDB, which reads the stamps in it, know: a folder of the zone database
    (`America`) or a name only the system's files hold (`localtime`, `posixrules`) is none."""
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise AppError(ErrorCode.VALIDATION_FAILED, f"timezone: unknown {tz!r}") from exc
    if tz not in _engine_zones():
        raise AppError(ErrorCode.VALIDATION_FAILED, f"timezone: unknown {tz!r}")


@lru_cache(maxsize=1)
def _engine_zones() -> frozenset[str]:
    """The timezone names DuckDB reads stamps in."""
    conn = shared()
    try:
        return frozenset(
            r[0] for r in conn.execute("SELECT name FROM pg_timezone_names()").fetchall()
        )
    finally:
        conn.close()


# an ISO stamp at a line's start followed by a zone abbreviation that stands for several
# after an ISO stamp, or in a ctime one before its year (`Fri Nov 24 16:57:19 CST 2017`)
_AMBIGUOUS_ZONE = re.compile(
    r"^\[?(?:"
    + ISO_STAMP
    + "|"
    + CTIME.removesuffix(r" \d{4}")
    + ") ("
    + "|".join(AMBIGUOUS_ZONES)
    + r")\b"
)


def _named_zone(sample: list[str]) -> str:
    """The ambiguous zone abbreviation (IST, CST...) the sample's stamps name, if any: such
    stamps are read in the timezone setting, which the profile warns of."""
    for line in sample:
        if found := _AMBIGUOUS_ZONE.match(line):
            return found.group(1)
    return ""


def _choose(sample: list[str], forced: str | None) -> Detection:
    if forced is None:
        return detect_format(sample)
    if not is_known(forced):
        known = ", ".join(sorted(format_names()))
        raise AppError(ErrorCode.VALIDATION_FAILED, f"unknown format {forced!r}; known: {known}")
    return forced_format(forced, sample)


def ingest(
    raw_path: Path,
    store_dir: Path,
    *,
    log_id: str,
    filename: str,
    format_override: str | None = None,
    timezone: str = "UTC",
    progress: Callable[[IngestProgress], None] | None = None,
    cancel: threading.Event | None = None,
    infer_offset: bool = False,
) -> LogProfile:
    """Parse every line of raw_path into store_dir (Parquet, line index, profile.json).

    `infer_offset`: the upload named no timezone, so a log in UTC by default whose naive stamps
    its own zoned ones show at another offset is read at that offset (`zones.naive_offset`)."""
    check_timezone(timezone)
    total = raw_path.stat().st_size
    if total == 0:
        raise AppError(ErrorCode.EMPTY_LOG, "the log file is empty")
    store_dir.mkdir(parents=True, exist_ok=True)
    # a forced text format reads the uploaded lines as they are
    document = (
        rewrite_json_document(raw_path, store_dir) if format_override in (None, "json") else None
    )
    source = document.path if document else raw_path
    sample = sample_lines(source)
    detection = _choose(sample, format_override)
    now = datetime.now(UTC)
    heading = read_heading(sample[0]) if sample else None
    began = run_start(sample)
    day = day_anchor(sample, filename)  # for stamps of the time of day alone
    offset = naive_offset(sample) if infer_offset and timezone == "UTC" else None
    if offset is not None:
        timezone = offset_name(offset)
    # the lines are parsed in a database of one thread (`duck.shared`), written in another
    session, conn = Session("ingest", threads=PARSE_THREADS), shared()
    spans = document.spans if document else None
    try:
        tally = _run(
            session, conn, source, store_dir, detection, timezone, now, heading, progress, cancel,
            spans, began, day,
        )  # fmt: skip
        if spans is not None:  # the events cite the uploaded file's lines: index those
            tally.lines = index_file(raw_path, store_dir)
        tally.ambiguous_zone = _named_zone(sample)
        tally.own_offset = offset is not None
        profile = _profile(
            conn,
            store_dir,
            tally,
            detection,
            format_override is not None,
            log_id=log_id,
            filename=filename,
            total=total,
            tz=timezone,
            document=document,
        )
    except BaseException:
        _cleanup(store_dir)
        raise
    finally:
        session.close()
        conn.close()
    if spans is not None:
        source.unlink()  # the records were read; the lines shown and cited are the upload's
    _write_manifest(raw_path if spans is not None else source, store_dir, log_id)
    save_profile(profile, store_dir)
    if progress:
        progress(IngestProgress("done", tally.lines, total, total))
    return profile


def _run(
    session: Session,
    conn: duckdb.DuckDBPyConnection,
    raw_path: Path,
    store_dir: Path,
    detection: Detection,
    tz: str,
    now: datetime,
    heading: Heading | None,
    progress: Callable[[IngestProgress], None] | None,
    cancel: threading.Event | None,
    spans: RecordSpans | None = None,
    began: datetime | None = None,
    day: date | None = None,
) -> _Tally:
    session.conn.execute(local_macro(tz))  # in the session's schema: each ingest its timezone
    session.conn.execute(start_macro(began))  # and when the run began, as its first lines say
    parser = ChunkParser.for_detection(detection, year=now.year)
    assembler, miner, tally = Assembler(), Miner(), _Tally(heading=heading, spans=spans)
    folds = FoldWalker.for_zone(tz)  # the hour a clock set back repeats
    # a format reading a line's time or source from markers above it carries them over chunks
    carry: Callable[[pa.Table], pa.Table] = (
        Carry(source=detection.format.carries_source) if detection.format.carries else _as_read
    )
    # lines stamped with the time of day alone are dated from the log's own dates (any format
    # may read them: the primary, a fallback, a stray line's)
    clocks = ClockWalker(day, tz).walk
    # in a log of mostly free text, or of a format no unfit line continues, the lines a parsed
    # line announces go on under it (rclone's stats under its `INFO  :`)
    joins = detection.format.joins_unfit
    announcing = (detection.sparse and joins) or (not joins and detection.format.kind == "regex")
    announced: Callable[[pa.Table], pa.Table] = Announced() if announcing else _as_read
    staging = store_dir / STAGING_FILE
    total = raw_path.stat().st_size
    pending: deque[tuple[Chunk, Future[Parsed]]] = deque()

    def settle() -> None:
        chunk, future = pending.popleft()
        parsed = future.result()
        parsed = parsed._replace(lines=announced(parsed.lines))
        lines = folds.walk(_datable(clocks(carry(_tally(parsed, chunk, tally)))))
        index.add(chunk.offsets)
        _write(writer, assembler.feed(lines), miner, tally)
        if progress:
            progress(IngestProgress("parsing", tally.lines, chunk.end_offset, total))

    # Chunks are parsed by two DuckDB cursors in parallel; assembly and mining stay in order.
    with (
        LineIndexWriter(store_dir) as index,
        pa.ipc.new_stream(str(staging), STAGING_SCHEMA) as writer,
        ThreadPoolExecutor(max_workers=PARSE_WORKERS) as pool,
    ):
        for chunk in framed(read_chunks(raw_path, _chunk_bytes(total, windowed=parser.windowed))):
            if cancel is not None and cancel.is_set():
                raise IngestCancelled(f"ingest of {raw_path.name} cancelled")
            pending.append((chunk, pool.submit(parser, session.cursor(), chunk)))
            if len(pending) > PARSE_WORKERS:
                settle()
        while pending:
            settle()
        _write(writer, assembler.flush(), miner, tally)
        index.finish(total)
    if progress:
        progress(IngestProgress("indexing", tally.lines, total, total))
    mapping, patterns = miner.final_templates()
    # year-less stamps end no later than tomorrow, or than the day the log's heading names; a
    # log whose heading says when it was created (or the journal began) starts then
    tomorrow = _micros(now + timedelta(days=1))
    if heading is not None and heading.opens:
        start = _micros(heading.end.replace(tzinfo=UTC))
        tally.year_shift = tally.years.shift_from(start, tomorrow)
    elif heading is not None:
        ends = _micros(heading.end.replace(tzinfo=UTC) + timedelta(days=1))
        tally.year_shift = tally.years.shift(ends, anchored=False)
    else:
        tally.year_shift = tally.years.shift(tomorrow, anchored=True)
    tally.summary.move_yearless(tally.year_shift)
    write_events(conn, store_dir, staging, mapping, tally.year_shift, tally.heads)
    tally.summary.write_templates(store_dir, mapping, patterns)
    staging.unlink()
    return tally


def _chunk_bytes(total: int, *, windowed: bool = False) -> int:
    """One chunk per parse worker for a small file, else CHUNK_BYTES, or WINDOWED_CHUNK_BYTES
    for a log whose parse holds each chunk whole in a window (`ChunkParser.windowed`).

    Each chunk costs a few milliseconds of query planning per format it holds, so a small
    file is cut in as few chunks as keep both workers busy.
    """
    most = WINDOWED_CHUNK_BYTES if windowed else CHUNK_BYTES
    return min(most, max(MIN_CHUNK_BYTES, -(-total // PARSE_WORKERS)))


def _tally(parsed: Parsed, chunk: Chunk, tally: _Tally) -> pa.Table:
    lines = parsed.lines
    tally.rescued += parsed.rescued
    tally.strays.update(parsed.strays)
    cont = pc.sum(lines.column("cont")).as_py() or 0
    tally.lines += lines.num_rows
    tally.heads += lines.num_rows - cont
    tally.ok += pc.sum(lines.column("ok")).as_py() or 0
    tally.truncated += pc.sum(lines.column("truncated")).as_py() or 0
    tally.invalid_utf8 += chunk.invalid_utf8
    return lines


def _as_read(lines: pa.Table) -> pa.Table:
    return lines


# the times Python's datetime holds, a day inside each end for the zone shifts on the way
_DATABLE = (pa.scalar(datetime(1, 1, 2), pa.timestamp("us")),
            pa.scalar(datetime(9999, 12, 30), pa.timestamp("us")))  # fmt: skip


def _datable(lines: pa.Table) -> pa.Table:
    """The lines with a stamp no calendar the rest of the system reads (`date=12026-03-14`,
    which DuckDB parses into year 12026) made untimed: the line is kept, its time unknown."""
    ts = lines.column("ts")
    outside = pc.or_(pc.less(ts, _DATABLE[0]), pc.greater(ts, _DATABLE[1]))
    if not pc.any(outside).as_py():
        return lines
    at = lines.schema.get_field_index("ts")
    return lines.set_column(at, "ts", pc.if_else(outside, pa.scalar(None, ts.type), ts))


def _micros(moment: datetime) -> int:
    return int(moment.timestamp() * 1_000_000)


def _write(
    writer: pa.ipc.RecordBatchStreamWriter, events: pa.Table | None, miner: Miner, tally: _Tally
) -> None:
    if events is None or events.num_rows == 0:
        return
    if tally.spans is not None:
        events = tally.spans.cite(events)
    variants = miner.ids(events.column("key"))
    table = events.drop_columns(["key"]).append_column("cluster_id", pa.array(variants))
    table = tally.years.walk(table.cast(STAGING_SCHEMA))
    tally.summary.add(table, variants)
    writer.write_table(table)


def _cleanup(store_dir: Path) -> None:
    for name in (
        STAGING_FILE,
        "events.parquet",
        "templates.parquet",
        LINE_INDEX_FILE,
        RECORDS_FILE,
    ):
        (store_dir / name).unlink(missing_ok=True)


def _write_manifest(raw_path: Path, store_dir: Path, log_id: str) -> None:
    raw = raw_path.resolve()
    ref = raw.name if raw.parent == store_dir.resolve() else str(raw)
    (store_dir / MANIFEST_FILE).write_text(json.dumps({"log_id": log_id, "raw": ref}))


def _profile(
    conn: duckdb.DuckDBPyConnection,
    store_dir: Path,
    tally: _Tally,
    detection: Detection,
    forced: bool,
    *,
    log_id: str,
    filename: str,
    total: int,
    tz: str,
    document: JsonDocument | None,
) -> LogProfile:
    stats = tally.summary.statistics(conn, store_dir)
    # a mixed log has no one format: its fit is the share of lines some format parses; else
    # that of the primary's (not the fallbacks' nor the strays')
    parsed = tally.ok if detection.mixed else tally.ok - tally.rescued - tally.strays.total()
    fit = parsed / tally.heads if tally.heads else 0.0
    fmt = detection.format
    warnings = _warnings(detection, fit, forced, tally, stats, tz)
    if document is not None:
        warnings.insert(0, document.notice())
    return LogProfile(
        id=log_id,
        filename=filename,
        format=detection.name,
        envelopes=[e.name for e in detection.envelopes],
        payload_format=fmt.name if detection.envelopes else None,
        format_forced=forced,
        fallback_formats=[f.name for f in detection.fallbacks],
        format_fit=round(fit, 4),
        timezone=tz,
        line_count=tally.lines,
        bytes=total,
        invalid_utf8_lines=tally.invalid_utf8,
        truncated_lines=tally.truncated,
        warnings=warnings,
        **stats,
    )


def _warnings(
    detection: Detection,
    fit: float,
    forced: bool,
    tally: _Tally,
    stats: dict[str, Any],
    tz: str,
) -> list[str]:
    out: list[str] = []
    fmt = detection.format
    # the envelope gives the time (and the day: foreman's time of day alone is dated as
    # clock-text's is)
    timed = any("ts" in e.groups and not e.clock for e in detection.envelopes)
    clocked = next((e.name for e in detection.envelopes if e.clock), None)
    if tally.own_offset:
        out.append(
            f"naive stamps read at {tz}, the offset the log itself gives them (its zoned stamps "
            "beside them: a journal's wall clock beside a program's UTC time; SQL Server's `UTC "
            "adjustment`, Windows Update's `tz: `; an Oracle listener's time lines); upload the "
            "log with a timezone to read them otherwise"
        )
    failures, untimed = stats["parse_failures"], stats["events_without_time"]
    names = ", ".join(f.name for f in (fmt, *detection.fallbacks))
    if detection.sparse:
        out.append(
            f"most lines fit no known format: only the lines of {names} are parsed, each "
            "other line is one event"
        )
    elif detection.mixed:
        out.append(
            f"lines of several formats ({names}): each line is read with the most specific "
            "format that fits it"
        )
    elif tally.rescued:
        out.append(f"{tally.rescued} lines in other formats were parsed with fallback formats")
    if tally.strays:
        read = ", ".join(f"{name} ({n})" for name, n in tally.strays.most_common())
        out.append(f"lines of formats too rare to be detected were read with them: {read}")
    if forced and detection.envelope_fit < 0.9:
        out.append(
            f"forced envelope {detection.name!r} opens only {detection.envelope_fit:.0%} of "
            "the sampled lines; the other lines are read as they are"
        )
    elif forced and fit < 0.9 and not detection.collected:
        out.append(
            f"forced format {fmt.name!r} fits only {fit:.0%} of lines; the other lines "
            "fall back per line to the detected formats or are kept whole as unparsed events"
        )
    if fmt.kind == "raw":
        out.append(
            "no known format recognised in the lines inside the envelope; each is one event"
            if detection.collected
            else "no known format recognised; each line is one event, but stack-trace and "
            "indented lines, which continue the line above"
        )
    if fmt.year_missing and not timed and (ended := tally.years.last_year(tally.year_shift)):
        why = (
            "as the log's first line says when it begins"
            if tally.heading and tally.heading.opens
            else "as the log's heading says it ends"
            if tally.heading
            else "the year nearest the lines that write theirs"
            if tally.years.dated is not None
            else "the latest year that puts no stamp after tomorrow"
        )
        out.append(
            f"timestamps carry no year; read as ending in {ended}, {why}, a new year opening "
            "wherever the dates go back by more than half a year"
        )
    zone = tally.heading.zone if tally.heading else ""
    if fmt.ts_kind == "local" and not timed and zone not in ("", tz, "UTC", "GMT"):
        out.append(
            f"the log's heading says its times are in {zone}; they are read in {tz}: ingest "
            "the log again with the timezone its machine ran in to read them there"
        )
    if tally.ambiguous_zone and not timed:
        out.append(
            f"the stamps name the zone {tally.ambiguous_zone}, an abbreviation of several zones; "
            f"they are read in {tz}: ingest the log again with the timezone its machine ran in"
        )
    if fmt.clock_sql and fmt.ts_kind == "none" and not timed:
        out.append(
            f"format {fmt.name!r} writes the time of day alone; "
            + (
                "no line, nor the file's name, names the day: its lines have no time"
                if stats["time_range"].start is None
                else "its lines take the day of the dated line above them, else the day the "
                "log's first lines or its file's name give, a day later at each midnight"
            )
        )
    elif clocked and stats["time_range"].start is None:
        out.append(
            f"envelope {clocked!r} writes the time of day alone, and no line, nor the file's "
            "name, names the day: its lines have no time"
        )
    elif fmt.ts_kind == "none" and not timed:
        out.append(
            f"format {fmt.name!r} has no timestamps; time range is unknown"
            if stats["time_range"].start is None
            else f"format {fmt.name!r} has no timestamps; the time range is that of the lines "
            "it does not fit that carry one (in another format, or opening with an ISO 8601 time)"
        )
    elif untimed:
        out.append(
            f"{untimed} parsed events carry no wall-clock time (their line has none, or an "
            "uptime or an unreadable stamp); they are left out of the time range and timelines"
        )
    if failures:
        out.append(f"{failures} lines did not match the format and are kept as raw events")
    if tally.invalid_utf8:
        out.append(f"{tally.invalid_utf8} lines had invalid UTF-8 (its bytes read as Windows-1252)")
    if tally.truncated:
        out.append(f"{tally.truncated} lines longer than 64 KiB were parsed on a prefix")
    return out
