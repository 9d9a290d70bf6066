"""Extracted fields: key=value, JSON fields, HTTP status and durations, with statistics."""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from analyzer.logs.coverage import Coverage, Filters, where
from analyzer.logs.store import LogStore

FIELD_NAME = r"^[A-Za-z_@][\w.@-]{0,63}$"
HTTP_STATUS = "http_status"
DURATION_MS = "duration_ms"
_UNIT_MS = (
    "CASE lower(s.u) WHEN 'ms' THEN 1 WHEN 'us' THEN 0.001 "
    "WHEN 'µs' THEN 0.001 WHEN 'ns' THEN 0.000001 WHEN 'm' THEN 60000 WHEN 'min' THEN 60000 "
    "ELSE 1000 END"
)
_DURATION_RX = r"(\d+(?:\.\d+)?)\s?(ms|us|µs|ns|s|sec|secs|seconds|min|m)\b"


def field_sql(name: str) -> str:
    """SQL expression (VARCHAR, NULL when absent) extracting a named field from an event."""
    if not re.match(FIELD_NAME, name):
        raise ValueError(f"invalid field name {name!r}")
    if name == HTTP_STATUS:
        return (
            "NULLIF(regexp_extract(message, "
            "'(?:\\bstatus[=: ]+|\\bcode[=: ]+|\" )([1-5]\\d\\d)\\b', 1), '')"
        )
    if name == DURATION_MS:
        parts = f"regexp_extract(message, '{_DURATION_RX}', ['n', 'u'])"
        unit = _UNIT_MS.replace("s.u", f"{parts}.u")
        return f"CAST(TRY_CAST(NULLIF({parts}.n, '') AS DOUBLE) * {unit} AS VARCHAR)"
    key = re.escape(name).replace("'", "''")
    kv = (
        f'NULLIF(regexp_extract(message, \'(?:^|[\\s,;{{(\\[])"?{key}"?\\s*[=:]\\s*'
        f"\"?([^\\s\",;}}\\])]+)', 1), '')"
    )
    return f"coalesce(CAST(attrs->>'$.\"{name}\"' AS VARCHAR), {kv})"


class FieldArgs(BaseModel):
    """Statistics of one extracted field (`http_status`, `duration_ms`, or any key)."""

    field: str = Field(pattern=FIELD_NAME)
    filters: Filters = Field(default_factory=Filters)
    top: int = Field(default=10, ge=1, le=100)


class ValueCount(BaseModel):
    """One value of a field and how many events carry it."""

    value: str
    count: int


class FieldStats(BaseModel):
    """Count of events with the field, numeric statistics when numeric, and top values."""

    field: str
    count: int
    numeric_count: int
    p50: float | None
    p95: float | None
    max: float | None
    min: float | None
    mean: float | None
    top_values: list[ValueCount]
    example_lines: list[tuple[str, int]]
    coverage: Coverage


def field_stats(store: LogStore, args: FieldArgs) -> FieldStats:
    """Statistics of a field over the filtered events."""
    clause, params = where(args.filters)
    table = store.materialize(
        f"SELECT log_id, line, v, TRY_CAST(v AS DOUBLE) AS x FROM "
        f"(SELECT log_id, line, {field_sql(args.field)} AS v FROM events WHERE {clause}) "
        "WHERE v IS NOT NULL",
        params,
    )
    row = store.rows(f"""SELECT count(v), count(x), quantile_cont(x, 0.5), quantile_cont(x, 0.95),
                                max(x), min(x), avg(x) FROM {table}""")[0]
    top = store.rows(
        f"SELECT v, count(*) FROM {table} GROUP BY v ORDER BY 2 DESC, v LIMIT ?", [args.top]
    )
    examples = store.rows(
        f"SELECT log_id, line FROM {table} ORDER BY x DESC NULLS LAST, log_id, line LIMIT 5"
    )
    cov = store.coverage(
        args.filters, matched=row[0], shown=len(top), total=row[0], what="events with the field"
    )
    return FieldStats(
        field=args.field,
        count=row[0],
        numeric_count=row[1],
        p50=row[2],
        p95=row[3],
        max=row[4],
        min=row[5],
        mean=row[6],
        top_values=[ValueCount(value=str(v), count=c) for v, c in top],
        example_lines=[(str(a), int(b)) for a, b in examples],
        coverage=cov,
    )
