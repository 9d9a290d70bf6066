"""Aggregates: counts grouped by a dimension, top templates, and the timeline histogram."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Literal

from pydantic import BaseModel, Field

from analyzer.logs.coverage import Coverage, Filters, where, window_filters
from analyzer.logs.extract import FIELD_NAME, field_sql
from analyzer.logs.store import LogStore, utc

GroupBy = Literal["level", "source", "template", "field", "bucket", "log"]
BUCKETS = [
    1,
    5,
    10,
    30,
    60,
    300,
    600,
    1800,
    3600,
    3 * 3600,
    6 * 3600,
    12 * 3600,
    86400,
    7 * 86400,
    30 * 86400,
]


class CountArgs(BaseModel):
    """Count events grouped by level, source, template, an extracted field or a time bucket."""

    by: GroupBy = "level"
    field: str | None = Field(default=None, pattern=FIELD_NAME)
    bucket_seconds: int | None = Field(default=None, ge=1)
    filters: Filters = Field(default_factory=Filters)
    limit: int = Field(default=50, ge=1, le=10000)


class GroupCount(BaseModel):
    """One group: its key (and, for templates, the pattern), count and first example line."""

    key: str | None
    count: int
    pattern: str | None = None
    example: tuple[str, int] | None = None


class CountResult(BaseModel):
    """Groups by descending count (by time for buckets)."""

    by: str
    groups: list[GroupCount]
    coverage: Coverage


MAX_TIMELINE_BUCKETS = 100_000


def fitting_bucket(seconds: int, start: datetime | None, end: datetime | None, most: int) -> int:
    """`seconds`, or, when that cuts the span into more than `most` buckets, the smallest round
    size (`BUCKETS`) above it that does not: a histogram cut short would count only its first
    buckets' events."""
    if start is None or end is None:
        return seconds
    span = (end - start).total_seconds()
    if span / seconds + 2 <= most:
        return seconds
    fits = (b for b in BUCKETS if b > seconds and span / b + 2 <= most)
    return next(fits, int(span // (most - 2)) + 1)


def widened(note: str, asked: int | None, seconds: int, most: int) -> str:
    """A coverage note saying that the asked bucket size was widened (`fitting_bucket`)."""
    if asked is None or asked == seconds:
        return note
    return f"{note}; buckets of {asked} s widened to {seconds} s (at most {most:,} buckets)"


def auto_bucket(start: datetime | None, end: datetime | None, target: int = 60) -> int:
    """A round bucket size in seconds giving at most about `target` buckets."""
    if start is None or end is None:
        return 3600
    span = max((end - start).total_seconds(), 1)
    return next((b for b in BUCKETS if span / b <= target), BUCKETS[-1])


def _key_sql(store: LogStore, args: CountArgs) -> str:
    if args.by == "level":
        return "coalesce(level, 'NONE')"
    if args.by == "source":
        return "source"
    if args.by == "log":
        return "log_id"
    if args.by == "template":
        return "(log_id, template_id)"
    if args.by == "field":
        if not args.field:
            raise ValueError("by=field needs a field name")
        return field_sql(args.field)
    seconds = args.bucket_seconds or auto_bucket(*_span(store, args.filters))
    return f"CAST(time_bucket(INTERVAL {int(seconds)} SECOND, ts) AS VARCHAR)"


def _span(store: LogStore, filters: Filters) -> tuple[datetime | None, datetime | None]:
    if filters == window_filters(filters):
        _, first, last = store.scope(filters)
        return first, last
    clause, params = where(filters)
    row = store.rows(f"SELECT min(ts), max(ts) FROM events WHERE {clause}", params)[0]
    return row[0], row[1]


def count_by(store: LogStore, args: CountArgs) -> CountResult:
    """Event counts per group, with the first line of each group as an example."""
    clause, params = where(args.filters)
    key = _key_sql(store, args)
    order = "key NULLS LAST" if args.by == "bucket" else "n DESC, key"
    sql = f"""SELECT {key} AS key, count(*) AS n, arg_min(log_id, line) AS lg, min(line) AS ln
              FROM events WHERE {clause} GROUP BY 1
              {"HAVING key IS NOT NULL" if args.by == "field" else ""}"""
    rows = store.rows(
        f"""SELECT key, n, lg, ln, count(*) OVER (), sum(n) OVER ()
                          FROM ({sql}) ORDER BY {order} LIMIT ?""",
        [*params, args.limit],
    )
    total_groups, matched = (rows[0][4], int(rows[0][5])) if rows else (0, 0)
    patterns = _patterns(store) if args.by == "template" else {}
    groups = [
        GroupCount(key=_key(k), count=n, example=(lg, ln), pattern=patterns.get(_key(k) or ""))
        for k, n, lg, ln, _, _ in rows
    ]
    cov = store.coverage(
        args.filters, matched=int(matched), shown=len(groups), total=total_groups, what="groups"
    )
    return CountResult(by=args.by, groups=groups, coverage=cov)


def _key(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict):  # a (log_id, template_id) struct
        return ":".join(str(v) for v in value.values())
    return str(value)


def _patterns(store: LogStore) -> dict[str, str]:
    rows = store.rows("SELECT log_id || ':' || template_id, pattern FROM templates")
    return {str(k): str(p) for k, p in rows}


class TopTemplatesArgs(BaseModel):
    """The most frequent templates among the filtered events."""

    filters: Filters = Field(default_factory=Filters)
    limit: int = Field(default=20, ge=1, le=1000)


class TemplateCount(BaseModel):
    """A template with its count, time span and example lines within the filter."""

    log_id: str
    template_id: int
    pattern: str
    count: int
    first_seen: datetime | None
    last_seen: datetime | None
    examples: list[int]


class TopTemplatesResult(BaseModel):
    """Templates by descending count."""

    templates: list[TemplateCount]
    coverage: Coverage


def top_templates(store: LogStore, args: TopTemplatesArgs) -> TopTemplatesResult:
    """Most frequent templates among the filtered events."""
    clause, params = where(args.filters)
    sql = f"""SELECT log_id, template_id, count(*) AS n, min(ts) AS a, max(ts) AS b,
                     min(line, 5) AS ex
              FROM events WHERE {clause} GROUP BY log_id, template_id"""
    rows = store.rows(
        f"""SELECT g.log_id, g.template_id, t.pattern, g.n, g.a, g.b, g.ex,
                   count(*) OVER (), sum(g.n) OVER ()
            FROM ({sql}) g JOIN templates t USING (log_id, template_id)
            ORDER BY g.n DESC, g.log_id, g.template_id LIMIT ?""",
        [*params, args.limit],
    )
    total, matched = (rows[0][7], int(rows[0][8])) if rows else (0, 0)
    items = [
        TemplateCount(
            log_id=r[0],
            template_id=r[1],
            pattern=r[2],
            count=r[3],
            first_seen=utc(r[4]),
            last_seen=utc(r[5]),
            examples=list(r[6]),
        )
        for r in rows
    ]
    cov = store.coverage(
        args.filters, matched=int(matched), shown=len(items), total=total, what="templates"
    )
    return TopTemplatesResult(templates=items, coverage=cov)


class TimelineArgs(BaseModel):
    """Histogram of events over time, optionally split by level (auto bucket when unset; one
    too small for the span is widened, and the result names the size used)."""

    filters: Filters = Field(default_factory=Filters)
    bucket_seconds: int | None = Field(default=None, ge=1)
    by_level: bool = False


class TimelineBucket(BaseModel):
    """Events in [start, start + bucket) (per level when split)."""

    start: datetime
    count: int
    levels: dict[str, int] = Field(default_factory=dict)


class TimelineResult(BaseModel):
    """The histogram with its bucket size."""

    bucket_seconds: int
    buckets: list[TimelineBucket]
    coverage: Coverage


def timeline(store: LogStore, args: TimelineArgs) -> TimelineResult:
    """Event counts per time bucket, gaps included as zero buckets."""
    start, end = _span(store, args.filters)
    most = MAX_TIMELINE_BUCKETS
    seconds = fitting_bucket(args.bucket_seconds or auto_bucket(start, end), start, end, most)
    clause, params = where(args.filters)
    rows = store.rows(
        f"""SELECT time_bucket(INTERVAL {int(seconds)} SECOND, ts) AS b,
                   coalesce(level, 'NONE'), count(*)
            FROM events WHERE {clause} AND ts IS NOT NULL GROUP BY 1, 2 ORDER BY b""",
        params,
    )
    by_start: dict[datetime, TimelineBucket] = {}
    for b, level, n in rows:
        bucket = by_start.setdefault(b, TimelineBucket(start=b, count=0))
        bucket.count += n
        if args.by_level:
            bucket.levels[level] = n
    buckets = _fill(by_start, seconds)
    matched = sum(b.count for b in buckets)
    cov = store.coverage(
        args.filters, matched=matched, shown=len(buckets), total=len(buckets), what="buckets"
    )
    cov.note = widened(cov.note, args.bucket_seconds, seconds, most)
    return TimelineResult(bucket_seconds=seconds, buckets=buckets, coverage=cov)


def _fill(by_start: dict[datetime, TimelineBucket], seconds: int) -> list[TimelineBucket]:
    if not by_start:
        return []
    first, last = min(by_start), max(by_start)
    out: list[TimelineBucket] = []
    step = timedelta(seconds=seconds)
    at = first
    while at <= last:  # at most MAX_TIMELINE_BUCKETS (`fitting_bucket`)
        found = by_start.get(at) or TimelineBucket(start=at, count=0)
        out.append(found.model_copy(update={"start": utc(at)}))
        at += step
    return out
