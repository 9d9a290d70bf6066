"""Spikes and dips against a robust baseline, and templates that first appear after a time."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, Field

from analyzer.logs.counts import _patterns, auto_bucket, fitting_bucket, widened
from analyzer.logs.coverage import Coverage, Filters, naive_utc, where
from analyzer.logs.store import LogStore, utc


class SpikeArgs(BaseModel):
    """Buckets whose count departs from the series' median by `threshold` robust deviations."""

    by: Literal["level", "template", "total"] = "level"
    filters: Filters = Field(default_factory=Filters)
    bucket_seconds: int | None = Field(default=None, ge=1)
    threshold: float = Field(default=4.0, gt=0)
    min_count: int = Field(default=5, ge=1)
    limit: int = Field(default=50, ge=1, le=1000)


class Anomaly(BaseModel):
    """One spike or dip of one series in one bucket."""

    kind: Literal["spike", "dip"]
    key: str
    pattern: str | None
    bucket_start: datetime
    count: int
    baseline: float
    score: float
    example: tuple[str, int] | None


class SpikeResult(BaseModel):
    """Anomalies by descending |score|."""

    bucket_seconds: int
    anomalies: list[Anomaly]
    coverage: Coverage


def _series(store: LogStore, args: SpikeArgs, seconds: int) -> list[tuple[Any, ...]]:
    key = {
        "level": "coalesce(level, 'NONE')",
        "total": "'all'",
        "template": "log_id || ':' || template_id",
    }[args.by]
    clause, params = where(args.filters)
    return store.rows(
        f"""SELECT {key} AS k, time_bucket(INTERVAL {seconds} SECOND, ts) AS b, count(*),
                   arg_min(log_id, line), min(line)
            FROM events WHERE {clause} AND ts IS NOT NULL GROUP BY 1, 2""",
        params,
    )


MAX_BUCKETS = 10_000  # a series' buckets, empty ones included


def spikes(store: LogStore, args: SpikeArgs) -> SpikeResult:
    """Spike and dip detection per level, per template or on the total."""
    _, start, end = store.scope(args.filters)
    asked = args.bucket_seconds
    seconds = fitting_bucket(asked or auto_bucket(start, end), start, end, MAX_BUCKETS)
    rows = _series(store, args, seconds)
    # every bucket of the scope, empty ones too: a filtered series is zero between its events
    buckets = sorted({r[1] for r in rows} | set(_grid(store, start, end, seconds)))
    pos = {b: i for i, b in enumerate(buckets)}
    counts: dict[str, npt.NDArray[np.float64]] = {}
    examples: dict[tuple[str, object], tuple[str, int]] = {}
    for k, b, n, lg, ln in rows:
        counts.setdefault(str(k), np.zeros(len(buckets)))[pos[b]] = n
        examples[(str(k), b)] = (str(lg), int(str(ln)))
    patterns = _patterns(store) if args.by == "template" else {}
    found = [
        a
        for k, series in counts.items()
        for a in _detect(k, series, buckets, args, patterns.get(k), examples)
    ]
    found.sort(key=lambda a: -abs(a.score))
    shown = found[: args.limit]
    cov = store.coverage(
        args.filters,
        matched=int(sum(float(s.sum()) for s in counts.values())),
        shown=len(shown),
        total=len(found),
        what="anomalies",
    )
    cov.note = widened(cov.note, asked, seconds, MAX_BUCKETS)
    return SpikeResult(bucket_seconds=seconds, anomalies=shown, coverage=cov)


def _grid(store: LogStore, start: Any, end: Any, seconds: int) -> list[Any]:
    if start is None or end is None:  # (at most MAX_BUCKETS: `fitting_bucket`)
        return []
    rows = store.rows(
        f"""SELECT unnest(generate_series(time_bucket(INTERVAL {seconds} SECOND, ?::TIMESTAMP),
                                          time_bucket(INTERVAL {seconds} SECOND, ?::TIMESTAMP),
                                          INTERVAL {seconds} SECOND))""",
        [start, end],
    )
    return [r[0] for r in rows]


def _detect(
    key: str,
    series: npt.NDArray[np.float64],
    buckets: list[object],
    args: SpikeArgs,
    pattern: str | None,
    examples: dict[tuple[str, object], tuple[str, int]],
) -> list[Anomaly]:
    if len(series) < 3:
        return []
    median = float(np.median(series))
    mad = float(np.median(np.abs(series - median))) * 1.4826
    scale = max(mad, float(np.sqrt(max(median, 1.0))), 1.0)
    out: list[Anomaly] = []
    for i, n in enumerate(series):
        score = (float(n) - median) / scale
        spike = score >= args.threshold and n >= args.min_count
        dip = score <= -args.threshold and median >= args.min_count
        if spike or dip:
            out.append(
                Anomaly(
                    kind="spike" if spike else "dip",
                    key=key,
                    pattern=pattern,
                    bucket_start=utc(buckets[i]) or datetime.min,
                    count=int(n),
                    baseline=median,
                    score=round(score, 2),
                    example=examples.get((key, buckets[i])),
                )
            )
    return out


class NewTemplatesArgs(BaseModel):
    """Templates whose first occurrence is at or after `after`."""

    after: datetime
    filters: Filters = Field(default_factory=Filters)
    limit: int = Field(default=50, ge=1, le=1000)


class NewTemplate(BaseModel):
    """A template first seen after the point, with its count and first line."""

    log_id: str
    template_id: int
    pattern: str
    first_seen: datetime | None
    count: int
    first_line: int


class NewTemplatesResult(BaseModel):
    """New templates by first appearance."""

    templates: list[NewTemplate]
    coverage: Coverage


def new_templates(store: LogStore, args: NewTemplatesArgs) -> NewTemplatesResult:
    """Templates that never occur before `after` (within the filters) but do after it."""
    clause, params = where(args.filters.model_copy(update={"start": None, "end": None}))
    sql = f"""SELECT log_id, template_id, min(ts) AS first, count(*) AS n,
                     arg_min(line, ts) AS l0
              FROM events WHERE {clause} AND ts IS NOT NULL GROUP BY 1, 2
              HAVING min(ts) >= ?"""
    naive = naive_utc(args.after)
    rows = store.rows(
        f"""SELECT g.*, t.pattern FROM ({sql}) g JOIN templates t
                          USING (log_id, template_id) ORDER BY g.first, g.log_id LIMIT ?""",
        [*params, naive, args.limit],
    )
    total = store.rows(f"SELECT count(*) FROM ({sql})", [*params, naive])[0][0]
    items = [
        NewTemplate(
            log_id=r[0],
            template_id=r[1],
            first_seen=utc(r[2]),
            count=r[3],
            first_line=r[4],
            pattern=r[5],
        )
        for r in rows
    ]
    cov = store.coverage(
        args.filters,
        matched=sum(i.count for i in items),
        shown=len(items),
        total=total,
        what="new templates",
    )
    return NewTemplatesResult(templates=items, coverage=cov)
