"""Extracted fields: key=value, JSON fields, HTTP status and durations, with statistics."""

from __future__ import annotations

from pydantic import BaseModel, Field

from analyzer.logs.coverage import Coverage, Filters, where
from analyzer.logs.extract import FIELD_NAME, field_sql
from analyzer.logs.store import LogStore


class FieldArgs(BaseModel):
    """Statistics of one extracted field (`http_status`, `duration_ms`, or any key)."""

    field: str = Field(pattern=FIELD_NAME)
    filters: Filters = Field(default_factory=Filters)
    top: int = Field(default=10, ge=1, le=100)


class ValueCount(BaseModel):
    """One value of a field and how many events carry it."""

    value: str
    count: int
    example: tuple[str, int] | None = None


class FieldStats(BaseModel):
    """Count of events with the field, numeric statistics when numeric, and top values."""

    field: str
    count: int
    distinct: int = 0
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
    # MATERIALIZED: a plain subquery's `v` is inlined into the filter and the cast, and its
    # regexes then run three times over every event
    table = store.materialize(
        f"WITH f AS MATERIALIZED (SELECT log_id, line, {field_sql(args.field)} AS v "
        f"FROM events WHERE {clause}) "
        "SELECT log_id, line, v, TRY_CAST(v AS DOUBLE) AS x FROM f WHERE v IS NOT NULL",
        params,
    )
    row = store.rows(f"""SELECT count(v), count(x), quantile_cont(x, 0.5), quantile_cont(x, 0.95),
                                max(x), min(x), avg(x), count(DISTINCT v) FROM {table}""")[0]
    top = store.rows(
        f"SELECT v, count(*), arg_min(log_id, line), min(line) FROM {table} "
        "GROUP BY v ORDER BY 2 DESC, v LIMIT ?",
        [args.top],
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
        distinct=row[7],
        numeric_count=row[1],
        p50=row[2],
        p95=row[3],
        max=row[4],
        min=row[5],
        mean=row[6],
        top_values=[
            ValueCount(value=str(v), count=c, example=(str(lg), int(ln))) for v, c, lg, ln in top
        ],
        example_lines=[(str(a), int(b)) for a, b in examples],
        coverage=cov,
    )
