"""Planning agent: a rule-based plan for each kind of question, and a second round from results."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from pydantic import BaseModel

from agents.params import AnalysisParameters, EntityKind, QuestionKind
from agents.plan import Plan, filters, validate, window_of
from analyzer.logs.anomalies import SpikeResult
from analyzer.logs.counts import CountResult, TimelineResult
from analyzer.logs.fields import FieldStats
from analyzer.logs.search import SearchResult

Results = dict[str, BaseModel]


class Planner:
    """One plan per kind of question; every plan is validated against the primitive registry."""

    def plan(self, p: AnalysisParameters) -> Plan:
        """The first round of calls."""
        plan = Plan()
        builder = getattr(self, f"_{p.kind.value}")
        builder(plan, p)
        return validate(plan)

    def follow_up(self, p: AnalysisParameters, results: Results, done: int) -> Plan:
        """A second round that needs the first round's results (bounded; may be empty)."""
        plan = Plan()
        if p.kind == QuestionKind.WHEN:
            last = _last_bucket(results.get("buckets"))
            if last is not None:
                plan.add("last", "search", filters=filters(p, start=last), limit=1000)
        if p.kind in (QuestionKind.COMPARE, QuestionKind.ANOMALIES):
            self._around_spike(plan, p, results)
        if p.kind == QuestionKind.CAUSE:
            self._before_anchor(plan, p, results)
        values = results.get("values")
        if isinstance(values, FieldStats) and not values.count and p.templates:
            # the chosen templates never carry the field: look in every line that matches
            loose = filters(p, templates=None)
            plan.add("values", "field_stats", field=p.field, filters=loose, top=20)
        if p.kind == QuestionKind.AROUND and "anchor" in results:
            self._beside_anchor(plan, p, results)
        if p.kind == QuestionKind.WHEN:
            peak = _peak(results.get("timeline"))
            if peak is not None:
                start, end = peak
                plan.add("peak_lines", "search", filters=filters(p, start=start, end=end), limit=5)
        return validate(plan, offset=done)

    def _count(self, plan: Plan, p: AnalysisParameters) -> None:
        by = p.group_by if p.group_by in ("level", "source", "template") else "level"
        if p.group_by in ("minute", "hour", "second", "day"):
            plan.add(
                "buckets",
                "count",
                by="bucket",
                bucket_seconds=_seconds(p.group_by),
                filters=filters(p),
            )
        plan.add("count", "count", by=by, filters=filters(p))
        plan.add("examples", "search", filters=filters(p), limit=3)
        plan.add("timeline", "timeline", filters=filters(p))

    def _top_patterns(self, plan: Plan, p: AnalysisParameters) -> None:
        plan.add("top", "top_templates", filters=filters(p), limit=p.limit)

    def _error_summary(self, plan: Plan, p: AnalysisParameters) -> None:
        levels = p.levels or None
        f = filters(p, levels=levels)
        plan.add("count", "count", by="level", filters=filters(p, levels=None))
        plan.add("top", "top_templates", filters=f if levels else filters(p), limit=p.limit)
        plan.add("timeline", "timeline", filters=f, by_level=True)
        if levels is None:
            # the patterns of the log's errors and warnings, when it has levels
            problems = filters(p, levels=PROBLEM_LEVELS)
            plan.add("problem_top", "top_templates", filters=problems, limit=p.limit)
            plan.add("problems", "search", filters=filters(p, regex=PROBLEM_REGEX), limit=5)

    def _when(self, plan: Plan, p: AnalysisParameters) -> None:
        plan.add("first", "search", filters=filters(p), limit=1)
        plan.add("buckets", "count", by="bucket", filters=filters(p), limit=10000)
        plan.add("timeline", "timeline", filters=filters(p))

    def _around(self, plan: Plan, p: AnalysisParameters) -> None:
        if p.relative_to in ANCHORED and p.window is None and p.around is None:
            plan.add("anchor", "search", filters=filters(p), limit=1)
            return
        start, _ = window_of(p)
        plan.add("count", "count", by="level", filters=filters(p))
        plan.add("top", "top_templates", filters=filters(p), limit=5)
        plan.add("problem_top", "top_templates", filters=filters(p, levels=PROBLEM_LEVELS), limit=6)
        if start is not None:
            plan.add("new", "new_templates", after=start, filters=filters(p, start=None), limit=6)
        plan.add("status", "field_stats", field="http_status", filters=filters(p), top=6)
        plan.add("problems", "search", filters=filters(p, regex=PROBLEM_REGEX), limit=5)
        plan.add("timeline", "timeline", filters=filters(p, start=None, end=None))

    def _entity(self, plan: Plan, p: AnalysisParameters) -> None:
        plan.add("lines", "search", filters=filters(p), limit=500)
        plan.add("count", "count", by="level", filters=filters(p))
        plan.add("top", "top_templates", filters=filters(p), limit=5)

    def _compare(self, plan: Plan, p: AnalysisParameters) -> None:
        if p.compare is not None:
            for side, window in zip("ab", p.compare, strict=True):
                f = filters(p, start=window.start, end=window.end)
                plan.add(f"count_{side}", "count", by="level", filters=f)
                plan.add(f"top_{side}", "top_templates", filters=f, limit=5)
            a, b = p.compare
            if a.start and a.end and b.start and b.end:
                plan.add(
                    "compare",
                    "compare_windows",
                    a_start=a.start,
                    a_end=a.end,
                    b_start=b.start,
                    b_end=b.end,
                    filters=filters(p, start=None, end=None),
                )
            plan.add("timeline", "timeline", filters=filters(p, start=None, end=None))
            return
        start, end = window_of(p)
        point = p.around or (start if start and not end else None)
        if point is not None and not p.relative_to:
            plan.add(
                "compare",
                "compare_windows",
                **_halves(point, p),
                filters=filters(p, start=None, end=None),
            )
            return
        plan.add("spikes", "spikes", by="total", filters=filters(p, start=None, end=None))

    def _anomalies(self, plan: Plan, p: AnalysisParameters) -> None:
        start, _ = window_of(p)
        if start is not None:
            plan.add("new", "new_templates", after=start, filters=filters(p, start=None), limit=10)
        plan.add("spikes", "spikes", by="total", filters=filters(p))
        plan.add("level_spikes", "spikes", by="level", filters=filters(p), limit=10)
        plan.add("template_spikes", "spikes", by="template", filters=filters(p), limit=10)
        plan.add("timeline", "timeline", filters=filters(p))

    def _status_latency(self, plan: Plan, p: AnalysisParameters) -> None:
        statuses = [e.value for e in p.entities if e.kind == EntityKind.STATUS]
        f = filters(p)
        plan.add("status", "field_stats", field="http_status", filters=f, top=20)
        plan.add("duration", "field_stats", field="duration_ms", filters=f)
        if statuses:
            plan.add("status_lines", "search", filters=f, limit=5)
        if p.entities or p.terms or p.templates:
            # how long something lasted: everything about the entity, not only one pattern
            named = filters(p, templates=None) if p.entities else f
            plan.add("lines", "search", filters=named, limit=1000)
        plan.add("timeline", "timeline", filters=f)

    def _cause(self, plan: Plan, p: AnalysisParameters) -> None:
        # the spike of what was asked about (e.g. the warnings), or its first occurrence, or
        # the time named; then what was new or going wrong just before it (second round)
        plan.add("spikes", "spikes", by="total", filters=filters(p, start=None, end=None))
        plan.add("first", "search", filters=filters(p), limit=1)
        plan.add("timeline", "timeline", filters=filters(p, start=None, end=None), by_level=True)

    def _beside_anchor(self, plan: Plan, p: AnalysisParameters, results: Results) -> None:
        found = results["anchor"]
        if not isinstance(found, SearchResult) or not found.hits or found.hits[0].ts is None:
            return
        at = found.hits[0].ts
        before = p.relative_to == "before:previous"
        start, end = (at - BESIDE, at) if before else (at + timedelta(microseconds=1), at + BESIDE)
        scope: dict[str, Any] = {
            "levels": None,
            "templates": None,
            "include": [],
            "fields": None,
            "regex": None,
        }
        wide = filters(p, start=start, end=end, **scope)
        plan.add("count", "count", by="level", filters=wide)
        plan.add("recent", "search", filters=wide, limit=5, last=before)
        plan.add(
            "problem_top", "top_templates", filters={**wide, "levels": PROBLEM_LEVELS}, limit=6
        )
        plan.add("new", "new_templates", after=start, filters={**wide, "start": None}, limit=6)
        plan.add("top", "top_templates", filters=wide, limit=5)
        plan.add(
            "problems", "search", filters={**wide, "regex": PROBLEM_REGEX}, limit=5, last=before
        )

    def _before_anchor(self, plan: Plan, p: AnalysisParameters, results: Results) -> None:
        anchor = cause_anchor(p, results)
        if anchor is None:
            return
        start, end = anchor - CAUSE_LOOKBACK, anchor + timedelta(minutes=1)
        wide = filters(
            p,
            start=start,
            end=end,
            levels=None,
            templates=None,
            include=[],
            fields=None,
            regex=None,
        )
        plan.add("new", "new_templates", after=start, filters={**wide, "start": None}, limit=40)
        plan.add(
            "before_problems",
            "top_templates",
            filters={**wide, "levels": PROBLEM_LEVELS},
            limit=6,
        )
        plan.add("problems", "search", filters={**wide, "regex": PROBLEM_REGEX}, limit=3)

    def _show_lines(self, plan: Plan, p: AnalysisParameters) -> None:
        plan.add("lines", "search", filters=filters(p), limit=min(p.limit * 5, 200))

    def _overview(self, plan: Plan, p: AnalysisParameters) -> None:
        plan.add("count", "count", by="level", filters=filters(p))
        plan.add("top", "top_templates", filters=filters(p), limit=5)
        plan.add("problems", "search", filters=filters(p, regex=PROBLEM_REGEX), limit=3)
        plan.add("timeline", "timeline", filters=filters(p), by_level=True)

    def _breakdown(self, plan: Plan, p: AnalysisParameters) -> None:
        if p.group_by == "source":
            plan.add("count", "count", by="source", filters=filters(p), limit=max(p.limit, 10))
        elif p.group_by == "bucket":
            seconds = int(p.field or 3600)
            plan.add(
                "count",
                "count",
                by="bucket",
                bucket_seconds=seconds,
                filters=filters(p),
                limit=10000,
            )
        else:
            plan.add("values", "field_stats", field=p.field, filters=filters(p), top=20)
        plan.add("timeline", "timeline", filters=filters(p))

    def _around_spike(self, plan: Plan, p: AnalysisParameters, results: Results) -> None:
        spike = _top_spike(results.get("spikes"))
        if spike is None:
            return
        start, end = spike
        before = start - max(end - start, timedelta(minutes=5)) * 3
        base = filters(p, start=None, end=None, levels=None)
        plan.add(
            "compare",
            "compare_windows",
            a_start=before,
            a_end=start,
            b_start=start,
            b_end=end,
            filters=base,
            min_ratio=2.0,
        )
        plan.add(
            "new",
            "new_templates",
            after=before,
            filters=filters(p, start=None, end=end, levels=None),
            limit=10,
        )
        plan.add(
            "spike_lines", "search", filters=filters(p, start=start, end=end, levels=None), limit=3
        )


PROBLEM_LEVELS = ["ERROR", "ERR", "WARN", "WARNING", "FATAL", "CRITICAL", "CRIT", "SEVERE", "ALERT"]
PROBLEM_REGEX = (
    r"(?i)\b(error|exception|fail|fatal|critical|panic|timeout|timed out|refused|"
    r"denied|unavailable|killed|oom|crash)"
)


CAUSE_LOOKBACK = timedelta(minutes=10)
BESIDE = timedelta(minutes=5)
ANCHORED = ("before:previous", "after:previous")


def cause_anchor(p: AnalysisParameters, results: Results) -> datetime | None:
    """The moment a cause is looked for before: the spike, the time asked about, or the first
    occurrence of what was asked about."""
    spike = _top_spike(results.get("spikes"))
    if spike is not None:
        return spike[0]
    start, end = window_of(p)
    if p.around is not None:
        return p.around
    if start is not None:
        return start
    first = results.get("first")
    if isinstance(first, SearchResult) and first.hits and first.hits[0].ts is not None:
        return first.hits[0].ts
    return end


def _seconds(unit: str | None) -> int:
    return {"second": 1, "minute": 60, "hour": 3600, "day": 86400}.get(unit or "", 60)


def _halves(point: datetime, p: AnalysisParameters) -> dict[str, Any]:
    span = timedelta(seconds=max(p.radius_seconds, 1800))
    return {"a_start": point - span, "a_end": point, "b_start": point, "b_end": point + span}


def _last_bucket(result: BaseModel | None) -> datetime | None:
    if not isinstance(result, CountResult):
        return None
    keys = [g.key for g in result.groups if g.key and g.count > 0]
    return datetime.fromisoformat(max(keys)).replace(tzinfo=UTC) if keys else None


def _peak(result: BaseModel | None) -> tuple[datetime, datetime] | None:
    if not isinstance(result, TimelineResult) or not result.buckets:
        return None
    top = max(result.buckets, key=lambda b: b.count)
    return top.start, top.start + timedelta(seconds=result.bucket_seconds)


def _top_spike(result: BaseModel | None) -> tuple[datetime, datetime] | None:
    if not isinstance(result, SpikeResult):
        return None
    spikes = [a for a in result.anomalies if a.kind == "spike"]
    if not spikes:
        return None
    first = min(spikes[:5], key=lambda a: a.bucket_start)
    size = timedelta(seconds=result.bucket_seconds)
    run = sorted(a.bucket_start for a in spikes if a.bucket_start >= first.bucket_start)
    end = first.bucket_start + size
    for start in run:
        if start <= end:
            end = start + size
    return first.bucket_start, end
