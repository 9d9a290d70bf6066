"""Comparison of two time windows: new, gone, increased and decreased templates."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from analyzer.logs.coverage import Coverage, Filters, naive_utc, where
from analyzer.logs.store import LogStore


class CompareArgs(BaseModel):
    """Window A [a_start, a_end) against window B [b_start, b_end); rates per hour."""

    a_start: datetime
    a_end: datetime
    b_start: datetime
    b_end: datetime
    filters: Filters = Field(default_factory=Filters)
    min_ratio: float = Field(default=2.0, gt=1.0)
    limit: int = Field(default=20, ge=1, le=1000)


class TemplateChange(BaseModel):
    """A template's counts and hourly rates in both windows."""

    log_id: str
    template_id: int
    pattern: str
    count_a: int
    count_b: int
    rate_a: float
    rate_b: float
    example_line: int


class CompareResult(BaseModel):
    """Templates new in B, gone from B, and those whose rate rose or fell by min_ratio."""

    new: list[TemplateChange]
    gone: list[TemplateChange]
    increased: list[TemplateChange]
    decreased: list[TemplateChange]
    coverage: Coverage


def _hours(start: datetime, end: datetime) -> float:
    return max((end - start).total_seconds() / 3600, 1 / 3600)


def compare_windows(store: LogStore, args: CompareArgs) -> CompareResult:
    """Template-level differences between two time windows."""
    scope = args.filters.model_copy(update={"start": None, "end": None})
    clause, params = where(scope)
    a0, a1, b0, b1 = (naive_utc(t) for t in (args.a_start, args.a_end, args.b_start, args.b_end))
    rows = store.rows(
        f"""SELECT g.*, t.pattern FROM (
              SELECT log_id, template_id,
                     count(*) FILTER (ts >= ? AND ts < ?) AS na,
                     count(*) FILTER (ts >= ? AND ts < ?) AS nb, min(line) AS l0
              FROM events WHERE {clause} AND ((ts >= ? AND ts < ?) OR (ts >= ? AND ts < ?))
              GROUP BY 1, 2) g JOIN templates t USING (log_id, template_id)""",
        [a0, a1, b0, b1, *params, a0, a1, b0, b1],
    )
    ha, hb = _hours(a0, a1), _hours(b0, b1)
    changes = [
        TemplateChange(
            log_id=r[0],
            template_id=r[1],
            count_a=r[2],
            count_b=r[3],
            rate_a=round(r[2] / ha, 3),
            rate_b=round(r[3] / hb, 3),
            example_line=r[4],
            pattern=r[5],
        )
        for r in rows
    ]
    new = sorted((c for c in changes if c.count_a == 0), key=lambda c: -c.count_b)
    gone = sorted((c for c in changes if c.count_b == 0), key=lambda c: -c.count_a)
    both = [c for c in changes if c.count_a and c.count_b]

    def rise(c: TemplateChange) -> float:
        # the counts' exact rates, not the shown ones: a rate rounds to 0.0 past 2,000 hours
        # (one event in a quarter), which divided by zero
        return (c.count_b / hb) / (c.count_a / ha)

    up = sorted((c for c in both if rise(c) >= args.min_ratio), key=lambda c: -rise(c))
    down = sorted((c for c in both if 1 / rise(c) >= args.min_ratio), key=rise)
    n = args.limit
    shown = sum(min(len(x), n) for x in (new, gone, up, down))
    matched = sum(c.count_a + c.count_b for c in changes)
    cov = store.coverage(
        scope,
        matched=matched,
        shown=shown,
        total=len(new) + len(gone) + len(up) + len(down),
        what="changes",
    )
    return CompareResult(
        new=new[:n], gone=gone[:n], increased=up[:n], decreased=down[:n], coverage=cov
    )
