"""Parsing one chunk: envelopes off, the primary format's SQL, then fallback formats for the
lines it missed, then what the envelopes said put back."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import timedelta
from functools import lru_cache
from typing import NamedTuple

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from analyzer.logs.clocks import CLOCK_DAY
from analyzer.logs.detect import (
    HEAD_CHARS,
    TIME_OF_DAY,
    Detection,
    by_specificity,
    stray_formats,
)
from analyzer.logs.duck import arrow
from analyzer.logs.envelopes import envelope_sql
from analyzer.logs.formats import LogFormat
from analyzer.logs.parsing import (
    chunk_sql,
    continues_any,
    fields_sql,
    finish_sql,
    fits_sql,
    json_keys_sql,
    lines_sql,
    names_level,
    plain_sql,
    unparsed_sql,
)
from analyzer.logs.reader import Chunk

SOURCE = "chunk_src"
WHOLE = "chunk_all"  # every line of the chunk and around it, for fallbacks reading neighbours


class Parsed(NamedTuple):
    """A chunk's parsed lines, how many of them the fallback formats parsed, and how many
    each other format read among the strays (`ChunkParser._strays`)."""

    lines: pa.Table
    rescued: int
    strays: Counter[str]


@dataclass(frozen=True)
class Fallback:
    """A fallback format: SQL splitting the lines it owns (`fields_sql` over the rows of
    SOURCE whose owner is `k`), and a SQL test on a line's `p` (`lines_sql`) telling whether
    it fits."""

    fields: str
    fits: str
    # a line no format fits continues an event of this format (`LogFormat.joins_unfit`)
    joins_unfit: bool = False
    # SQL for the lines whose text an event of this format already holds (`LogFormat.echoes`)
    echoes: str = ""
    # every line its header fits names its level (`parsing.names_level`)
    levels_named: bool = False

    @classmethod
    def of(cls, fmt: LogFormat, k: int, *, year: int, sparse: bool) -> Fallback:
        """The fallback format `fmt`, the `k`-th. A format reading the lines around its own
        (java.util.logging's level and message on the line after its header) splits every line
        of WHOLE, where those are, and keeps its own; a line right after one of its own that
        its `echoes` rule passes is named by `echoes`."""
        owned = f"(SELECT line FROM {SOURCE} WHERE k = {k})"
        # a header is tested on the line's start; a JSON record is valid only whole
        fits = fits_sql(fmt, "p" if fmt.kind == "json" else f"left(p, {HEAD_CHARS})")
        joins, named = fmt.joins_unfit and not sparse, names_level(fmt)
        if not fmt.reads_neighbours:
            table = f"(SELECT line, t, p FROM {SOURCE} WHERE k = {k})"
            fields = fields_sql(fmt, year=year, table=table, bounded=True)
            return cls(fields, fits, joins, levels_named=named)
        every = fields_sql(fmt, year=year, table=WHOLE)
        echoes = (
            f"SELECT line FROM (SELECT line, {fmt.echoes} AS e FROM ({every})) "
            f"WHERE e AND line - 1 IN {owned}"
            if fmt.echoes
            else ""
        )
        return cls(f"SELECT * FROM ({every}) WHERE line IN {owned}", fits, joins, echoes, named)


# the line before or after, which DuckDB streams (`formats`' docstring)
_STREAMED = re.compile(r"\b(?:lag|lead)\((?:[^()]|\([^()]*\))*\) OVER \(\)")


def holds_chunk(sql: str) -> bool:
    """Whether a query's window holds the whole chunk (an ordered or framed window, an
    aggregate over the chunk), not only the line before or after a line."""
    return "OVER (" in _STREAMED.sub("", sql)


@dataclass(frozen=True)
class JsonPrimary:
    """A primary format of JSON records, whose SQL is made for each chunk from the keys its
    records hold (`parsing.json_keys_sql`): a record's values under other keys are not looked
    for (a third of the time of a JSON log's parse)."""

    fmt: LogFormat
    year: int
    key_unparsed: bool
    payload_levels: bool

    def sql(self, cursor: duckdb.DuckDBPyConnection) -> str:
        """The chunk's primary query (the chunk registered as SOURCE)."""
        found = cursor.execute(json_keys_sql(SOURCE)).fetchone()
        return _json_primary(self, frozenset(found[0] or ()) if found else frozenset())


@lru_cache(maxsize=64)
def _json_primary(primary: JsonPrimary, keys: frozenset[str]) -> str:
    return chunk_sql(
        primary.fmt,
        year=primary.year,
        table=SOURCE,
        key_unparsed=primary.key_unparsed,
        payload_levels=primary.payload_levels,
        keys=keys,
    )


@dataclass(frozen=True)
class ChunkParser:
    """Parses chunks with a primary format; unmatched header lines get the fallback formats.

    The primary format parses every line in one query. The lines it misses (neither its
    headers nor stack-trace or blank continuation lines) are each given to the first fallback
    that fits, and all of them are finished (level, mining key) by one query: only the header
    split is planned per fallback format, which keeps a file of many formats cheap to parse.
    A line no format fits continues the event above it as that event's format says: by the
    primary's own rule under a primary event, by `joins_unfit` under a fallback's.
    """

    # the primary format's SQL, or, for JSON records, what makes it for each chunk
    primary: str | JsonPrimary
    fallbacks: tuple[Fallback, ...] = ()
    envelope: str | None = None
    # the names of the formats above, which strays (`_strays`) are not tried with again
    tried: frozenset[str] = frozenset()
    year: int = 0  # for year-less stamps, as `fields_sql` takes it
    # the primary's further lines are the lines its header does not fit (`joins_unfit`), not
    # lines of its own records (an alert's copy of the logged line): strays may be among them
    strays_continue: bool = False

    @classmethod
    def for_detection(cls, detection: Detection, *, year: int) -> ChunkParser:
        """SQL for the detected format and its fallbacks."""
        first, *others = (
            by_specificity(detection)
            if detection.mixed
            else (
                detection.format,
                *detection.fallbacks,
            )
        )
        if detection.sparse and first.joins_unfit:
            # a log of mostly free text: the lines no format fits are not the format's (but
            # where a line announces them: `carry.Announced`, over chunk borders)
            first = replace(first, continues="")
        fallbacks = tuple(
            Fallback.of(f, k, year=year, sparse=detection.sparse) for k, f in enumerate(others)
        )
        enveloped = bool(detection.envelopes)
        primary: str | JsonPrimary = (
            JsonPrimary(first, year, not fallbacks, enveloped)
            if first.kind == "json"
            else chunk_sql(
                first,
                year=year,
                table=SOURCE,
                key_unparsed=not fallbacks,
                payload_levels=enveloped,
                # an envelope naming the line's source (a service, a pod) wins over the
                # payload's logger, which then stays in the message
                keep_lead=any(e.names_source for e in detection.envelopes),
            )
        )
        envelope = envelope_sql(detection.envelopes, SOURCE, plain_sql("t")) if enveloped else None
        tried = frozenset(f.name for f in (first, *others))
        return cls(primary, fallbacks, envelope, tried, year, first.joins_unfit)

    @property
    def windowed(self) -> bool:
        """Whether a query of the parse holds its whole chunk (`holds_chunk`): such a log is
        cut in smaller chunks (`ingest._chunk_bytes`)."""
        primary = [self.primary] if isinstance(self.primary, str) else []
        return any(holds_chunk(sql) for sql in (*primary, *(fb.fields for fb in self.fallbacks)))

    def __call__(self, cursor: duckdb.DuckDBPyConnection, chunk: Chunk) -> Parsed:
        """Parsed lines of the chunk (in line order; the lines around it are read, not
        returned), how many the fallback formats parsed, and the strays'."""
        try:
            source = chunk.table
            cursor.register(SOURCE, source)
            opened = None
            if self.envelope is not None:
                opened = arrow(cursor, self.envelope)
                source = opened.select(["line", "t"])
                cursor.register(SOURCE, source)
            first, size = chunk.context, len(chunk.text)
            primary = self.primary if isinstance(self.primary, str) else self.primary.sql(cursor)
            lines = arrow(cursor, primary).slice(first, size)
            if any(fb.echoes or WHOLE in fb.fields for fb in self.fallbacks):
                cursor.register(WHOLE, source)
            source = source.slice(first, size)
            if opened is not None:
                opened = _with_source_change(opened).slice(first, size)
            rescued = 0
            if self.fallbacks:
                lines, rescued = self._rescue(cursor, source, lines)
            lines, strays = self._strays(cursor, source, lines)
            return Parsed(lines if opened is None else _enveloped(lines, opened), rescued, strays)
        finally:
            cursor.close()

    def _rescue(
        self, cursor: duckdb.DuckDBPyConnection, source: pa.Table, lines: pa.Table
    ) -> tuple[pa.Table, int]:
        """Re-parse the header lines the primary missed, each with the first fallback that fits
        it; the lines none fits are kept whole, keyed like any unparsed line, and continue the
        event above them as its format says (`_joined_by_owner`). The lines the primary's own
        rule took for continuation lines are tried too: another format's header is none."""
        ok = lines.column("ok").to_numpy(zero_copy_only=False)
        cont = lines.column("cont").to_numpy(zero_copy_only=False)
        missed = ~ok & ~cont
        # continuation lines by the primary's own rule, not the generic one
        taken = np.flatnonzero(~ok & cont)
        if len(taken):
            generic = continues_any(source.column("t").take(pa.array(taken)))
            missed[taken] = ~generic.to_numpy(zero_copy_only=False)
        todo = source.filter(pa.array(missed))
        if todo.num_rows == 0:
            return lines, 0
        cursor.register(SOURCE, todo)
        # each line made ready for parsing once (`lines_sql`), for the tests and every format
        tests = " ".join(f"WHEN {fb.fits} THEN {k}" for k, fb in enumerate(self.fallbacks))
        found = arrow(
            cursor, f"SELECT line, t, p, CASE {tests} ELSE -1 END AS k FROM {lines_sql(SOURCE)}"
        )
        owner = found.column("k")
        cursor.register(SOURCE, found)
        present = set(owner.unique().to_pylist())
        parts = [fb.fields for k, fb in enumerate(self.fallbacks) if k in present]
        if -1 in present:
            parts.append(unparsed_sql(f"(SELECT line, t, p FROM {SOURCE} WHERE k = -1)"))
        named = all(fb.levels_named for k, fb in enumerate(self.fallbacks) if k in present)
        got = self._finished(cursor, parts, levels_named=named)
        got = (
            got.sort_by("line")
            .append_column("fmt", owner)
            .append_column("was_cont", pa.array(cont[missed]))
        )
        kept = lines.filter(pa.array(~missed))
        rescued = pc.sum(got.column("ok")).as_py() or 0
        kept = kept.append_column(
            "fmt", pc.if_else(kept.column("ok"), pa.scalar(PRIMARY), pa.scalar(TRANSPARENT))
        ).append_column("was_cont", kept.column("cont"))
        merged = pa.concat_tables([kept, got.cast(kept.schema)]).sort_by("line")
        merged = _echoing(cursor, merged, self.fallbacks, present)
        joins = [fb.joins_unfit for fb in self.fallbacks]
        return _joined_by_owner(merged, joins).drop_columns(["fmt", "was_cont"]), rescued

    def _finished(
        self,
        cursor: duckdb.DuckDBPyConnection,
        parts: list[str],
        *,
        levels_named: bool,
        key_unparsed: bool = True,
    ) -> pa.Table:
        """The rows of the formats' splits (`fields_sql`s over SOURCE) stacked and finished by
        one query (`finish_sql`), as the lines other formats than the primary read are.

        The stack is a materialized CTE: else DuckDB pushes the finishing expressions (the
        level looked for in the message, the mining key) into every format's branch, and
        plans and compiles them once per format (a 15-format stack: 76 -> 44 ms of planning)."""
        stacked = " UNION ALL ".join(f"({part})" for part in parts)
        return arrow(
            cursor,
            finish_sql(
                f"WITH split AS MATERIALIZED ({stacked}) SELECT * FROM split",
                continuation=False,
                key_unparsed=key_unparsed,
                payload_levels=self.envelope is not None,
                levels_named=levels_named,
            ),
        )

    def _strays(
        self, cursor: duckdb.DuckDBPyConnection, source: pa.Table, lines: pa.Table
    ) -> tuple[pa.Table, Counter[str]]:
        """Re-parse the lines no format of the log fits with the most specific other format
        with a time that fits each (`detect.stray_formats`): a format too rare in the sample
        to be kept (an nginx container's few error lines among its access lines, sshd's among
        an application's). A line the log's format took for one of an event's further lines,
        as it takes every line its header does not fit, is tried too, as `_rescue` tries it,
        unless every format would (a stack frame, a blank line): read, it opens an event. A
        line keeps its row unless it is given a time."""
        # (a line the header fits that the format's own rule took for a further line of the
        # event above, a kernel report's under syslog's headers, is the format's: not tried)
        headed = pc.is_valid(lines.column("header")).to_numpy(zero_copy_only=False)
        unfit = np.flatnonzero(~lines.column("ok").to_numpy(zero_copy_only=False) & ~headed)
        if not len(unfit):
            return lines, Counter()
        text = source.column("t").take(pa.array(unfit))
        stamped = pc.match_substring_regex(text, _MAY_BE_STAMPED).to_numpy(zero_copy_only=False)
        unfit, text = unfit[stamped], text.filter(pa.array(stamped))
        tried = np.zeros(lines.num_rows, dtype=bool)
        tried[unfit] = True
        further = lines.column("cont").to_numpy(zero_copy_only=False)[unfit]
        # under a format whose own rule took the line for one of its event's (a header with a
        # date of its own opens one), only a line opening with a time of day is tried, with
        # the formats whose header holds no date: a logger's line stamped with the time alone
        only_time = np.zeros(lines.num_rows, dtype=bool)
        if not self.strays_continue:
            timed = pc.match_substring_regex(text, TIME_OF_DAY).to_numpy(zero_copy_only=False)
            dated = pc.match_substring_regex(text, _DATED).to_numpy(zero_copy_only=False)
            tried[unfit[further & ~timed & ~dated]] = False
            only_time[unfit[further & timed & ~dated]] = True
        elif further.any():
            generic = continues_any(text.filter(pa.array(further))).to_numpy(zero_copy_only=False)
            tried[unfit[further]] = ~generic
        todo = source.filter(pa.array(tried))
        if todo.num_rows == 0:
            return lines, Counter()
        found = stray_formats(todo.column("t").to_pylist(), self.tried)
        found = [
            None if f is not None and f.ts_kind != "none" and time_only else f
            for f, time_only in zip(found, only_time[tried], strict=True)
        ]
        formats = sorted({f for f in found if f is not None}, key=lambda f: f.name)
        if not formats:
            return lines, Counter()
        k = {f.name: i for i, f in enumerate(formats)}
        owner = pa.array([-1 if f is None else k[f.name] for f in found], pa.int32())
        cursor.register(SOURCE, todo.append_column("k", owner))
        parts = [
            fields_sql(f, year=self.year, table=f"(SELECT line, t FROM {SOURCE} WHERE k = {i})")
            for i, f in enumerate(formats)
        ]
        named = all(names_level(f) for f in formats)
        # (a line its header does not fit keeps its row: no key or level for it)
        got = self._finished(cursor, parts, levels_named=named, key_unparsed=False)
        lines_of = todo.column("line").to_pylist()
        got = got.filter(_kept_strays(got, zip(lines_of, found, strict=True)))
        if got.num_rows == 0:
            return lines, Counter()
        got = got.sort_by("line").cast(lines.schema)
        chosen = {line: f.name for line, f in zip(lines_of, found, strict=True) if f is not None}
        strays = Counter(chosen[line] for line in got.column("line").to_pylist())
        return _replaced(lines, got), strays


def _kept_strays(got: pa.Table, chosen: Iterable[tuple[int, LogFormat | None]]) -> pa.ChunkedArray:
    """Which of the strays' parsed rows open events: those their format's header fits, with a
    time, and with a level where the format may fit a line of another event's: a JSON or
    logfmt line with a time but none is a payload printed under an event (a request body's
    `"timestamp"`), a line stamped with only the time of day keeps none unless it names one."""
    timed, levelled = [], []
    for line, fmt in chosen:
        if fmt is not None and fmt.ts_kind != "none":
            timed.append(line)
        if fmt is not None and (fmt.kind != "regex" or fmt.ts_kind == "none"):
            levelled.append(line)
    line = got.column("line")
    has_time = pc.or_(pc.is_valid(got.column("ts")), pc.invert(pc.is_in(line, pa.array(timed))))
    has_level = pc.or_(
        pc.is_valid(got.column("level")), pc.invert(pc.is_in(line, pa.array(levelled)))
    )
    return pc.and_(pc.and_(got.column("ok"), has_time), has_level)


def _replaced(rows: pa.Table, new: pa.Table) -> pa.Table:
    """The rows (in line order) with those of `new`'s lines replaced by `new`'s (in line
    order, the same columns)."""
    mask = pc.is_in(rows.column("line"), new.column("line")).to_numpy(zero_copy_only=False)
    at = np.arange(rows.num_rows)
    at[np.flatnonzero(mask)] = rows.num_rows + np.arange(new.num_rows)
    return pa.concat_tables([rows, new]).take(pa.array(at))


def _echoing(
    cursor: duckdb.DuckDBPyConnection,
    rows: pa.Table,
    fallbacks: tuple[Fallback, ...],
    present: set[int],
) -> pa.Table:
    """The rows, with `echo` set on those whose text the fallback event above them already
    holds (`Fallback.echoes`)."""
    tests = [fb.echoes for k, fb in enumerate(fallbacks) if fb.echoes and k in present]
    if not tests:
        return rows
    found = arrow(cursor, " UNION ALL ".join(f"({t})" for t in tests))
    echo = pc.or_(rows.column("echo"), pc.is_in(rows.column("line"), found.column("line")))
    return rows.set_column(rows.schema.get_field_index("echo"), "echo", echo)


# a line that may open an event of a format with a time: not indented (a stack frame), and a
# time of day, a date or an epoch among its first characters (not an exception's
# `java.lang.IllegalStateException: `, nor a program's `1234 rows processed`), or anywhere in
# a JSON object or after a logfmt time key: RE2 over the lines at once, before the formats
# are tried on each line left in Python (Chromium's `0612/140223.224871` is a date and a time)
_DATE = r"\d{4}-\d{2}-\d|\d{4}/\d{6}|\d{10}"
_STAMP = rf"(?:\d:\d{{2}}:\d{{2}}|{_DATE})"
_MAY_BE_STAMPED = (
    rf"^\S.{{0,59}}?{_STAMP}|^\{{.*{_STAMP}.*\}}\s*$|^\S.*\b(?:time|ts|timestamp)=\S*?{_STAMP}"
)
# a line opening with a date among its first characters (Chromium's stderr line under an
# Electron app's own lines, which its format takes for one of an event's): a header's
_DATED = rf"^[^\s{{].{{0,59}}?(?:{_DATE})"
PRIMARY = -2  # a row's format in `_joined_by_owner`: the primary's header
TRANSPARENT = -3  # a stack-trace or blank continuation line, whatever its event's format


def _joined_by_owner(rows: pa.Table, joins: list[bool]) -> pa.Table:
    """The rows (in line order) with `cont` set on the lines no format fits (`fmt` -1) as the
    event above them says: under a fallback's header, that fallback's `joins`; under the
    primary's, or above the chunk's first header, the primary's own verdict (`was_cont`)."""
    fmt = rows.column("fmt").to_numpy()
    unfit = np.flatnonzero(fmt == -1)
    if not len(unfit):
        return rows
    # the format of the last header at or above each row (-1 above the first)
    marks = np.where((fmt >= 0) | (fmt == PRIMARY), fmt, -1)
    seen = np.where(marks != -1, np.arange(len(fmt)), -1)
    last = np.maximum.accumulate(seen)
    above = np.where(last >= 0, marks[np.maximum(last, 0)], -1)
    cont = rows.column("cont").to_numpy(zero_copy_only=False).copy()
    was = rows.column("was_cont").to_numpy(zero_copy_only=False)
    by_fallback = np.array(joins, dtype=bool)
    owner = above[unfit]
    cont[unfit] = np.where(owner >= 0, by_fallback[np.maximum(owner, 0)], was[unfit])
    return rows.set_column(rows.schema.get_field_index("cont"), "cont", pa.array(cont))


def _with_source_change(opened: pa.Table) -> pa.Table:
    """The envelopes' rows with `e_moved`: the envelope names another source (or process:
    `e_who`) than the line before it, or names one where the line before had none or the other
    way round (a line `docker compose` writes itself, `web-1 exited with code 2`, is no
    service's), unless the line is blank."""
    names = opened.column("e_who").combine_chunks()
    if not len(names):
        return opened.append_column("e_moved", pa.array([], pa.bool_()))
    before = pa.concat_arrays([pa.nulls(1, names.type), names.slice(0, len(names) - 1)])
    other = pc.fill_null(pc.not_equal(names, before), False)
    named = pc.is_valid(names)
    # (the first line: as after a line like it)
    was_named = pa.concat_arrays([named.slice(0, 1), named.slice(0, len(names) - 1)])
    moved = pc.or_(other, pc.not_equal(named, was_named))
    return opened.append_column("e_moved", pc.and_(moved, pc.not_equal(opened.column("t"), "")))


def _enveloped(lines: pa.Table, opened: pa.Table) -> pa.Table:
    """Parsed payloads completed with what their envelopes said (rows of both in line order).

    The envelope's time wins (RFC 3339, in UTC), but for a time of day alone (foreman's) over
    the payload's own stamp, and its service or pod; its stream stands in
    for a payload naming no source; its text leads the header; a line the runtime split
    continues the one before it (and is not mined on its own)."""
    env = opened.column
    split = env("e_cont")
    # an envelope's time of day alone (foreman's) gives way to the payload's own stamp
    e_ts = env("e_ts")
    clocked = pc.and_(
        pc.greater_equal(e_ts, pa.scalar(CLOCK_DAY, e_ts.type)),
        pc.less(e_ts, pa.scalar(CLOCK_DAY + timedelta(days=1), e_ts.type)),
    )
    stamped = pc.and_(pc.fill_null(clocked, False), pc.is_valid(lines.column("ts")))
    e_ts = pc.if_else(stamped, pa.scalar(None, e_ts.type), e_ts)
    # a line of another service than the line before it continues no event of that service's
    # (`docker compose logs` interleaves the services' lines): it opens one of its own
    kept = pc.and_(lines.column("cont"), pc.invert(env("e_moved")))
    completed = {
        "ts": pc.coalesce(e_ts, lines.column("ts")),
        "ym": pc.and_(lines.column("ym"), pc.is_null(e_ts)),
        "source": pc.coalesce(env("e_source"), lines.column("source"), env("e_stream")),
        "header": pc.binary_join_element_wise(
            env("e_header"), pc.coalesce(lines.column("header"), ""), ""
        ),
        "cont": pc.or_(kept, split),
        "key": pc.if_else(split, pa.scalar(None, pa.string()), lines.column("key")),
    }
    for name, column in completed.items():
        lines = lines.set_column(lines.schema.get_field_index(name), name, column)
    return lines
