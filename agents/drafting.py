"""What every recipe needs: results by purpose, checks, evidence lines, phrases, charts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import BaseModel

from agents.findings import Check, CiteFn, Evidence
from agents.params import AnalysisParameters
from agents.plan import Step
from analyzer.logs.counts import TimelineResult

LineReader = Callable[[str, int], str]


@dataclass
class Workbench:
    """One question's results, the steps that produced them, and how to read and cite lines."""

    params: AnalysisParameters
    results: dict[str, BaseModel]
    steps: dict[str, Step]
    read_line: LineReader
    cite: CiteFn

    def get(self, purpose: str, kind: type[Any]) -> Any:
        """The result of a step, if it ran and has the expected type."""
        result = self.results.get(purpose)
        return result if isinstance(result, kind) else None

    def check(self, purpose: str, path: str, expected: Any) -> Check:
        """A check that re-runs the step `purpose` and compares one value."""
        step = self.steps[purpose]
        return Check(step.primitive, step.args, path, _json(expected))

    def evidence(self, log_id: str, line: int, *must: str) -> Evidence:
        """A cited line with its text as the raw file has it."""
        return Evidence(log_id, line, self.read_line(log_id, line), tuple(m for m in must if m))

    def coverage(self, purpose: str) -> dict[str, Any]:
        """The coverage of a step's result, for the answer's coverage section."""
        result = self.results.get(purpose)
        cov = getattr(result, "coverage", None)
        return cov.model_dump(mode="json") if isinstance(cov, BaseModel) else {}


def subject(p: AnalysisParameters) -> str:
    """How the events asked about are named in an answer ("ERROR events from dfs.DataNode")."""
    what = "/".join(p.levels) + " events" if p.levels else "events"
    if p.templates and p.topic:
        what += f" about “{' '.join(p.topic)}”"
    if p.sources:
        what += " from " + ", ".join(p.sources)
    named = [e.value for e in p.entities] + [
        f'"{t}"' for t in p.terms if t not in {e.value for e in p.entities}
    ]
    if named:
        what += " mentioning " + ", ".join(named)
    return what


def window_phrase(p: AnalysisParameters) -> str:
    """ " between … and …", " around …", or "" (whole log)."""
    if p.around is not None:
        return f" around {p.around:%Y-%m-%d %H:%M:%S} UTC (±{p.radius_seconds // 60} min)"
    if p.window is None:
        return ""
    start, end = p.window.start, p.window.end
    if start and end:
        return f" between {start:%Y-%m-%d %H:%M:%S} and {end:%Y-%m-%d %H:%M:%S} UTC"
    if start:
        return f" after {start:%Y-%m-%d %H:%M:%S} UTC"
    return f" before {end:%Y-%m-%d %H:%M:%S} UTC" if end else ""


def timeline_chart(
    bench: Workbench, purpose: str = "timeline", title: str = ""
) -> list[dict[str, Any]]:
    """A chart of a timeline result, with the question's window marked."""
    result = bench.get(purpose, TimelineResult)
    if result is None or not result.buckets:
        return []
    levels = sorted({lv for b in result.buckets for lv in b.levels})
    series = [{"name": "events", "values": [b.count for b in result.buckets]}]
    if levels:
        series = [
            {"name": lv, "values": [b.levels.get(lv, 0) for b in result.buckets]} for lv in levels
        ]
    marks = []
    p = bench.params
    start, end = _marked(p)
    if start or end:
        marks.append({"start": _iso(start), "end": _iso(end), "label": "asked about"})
    return [
        {
            "kind": "timeline",
            "title": title or f"{subject(p)} over time",
            "bucket_seconds": result.bucket_seconds,
            "buckets": [b.start.isoformat() for b in result.buckets],
            "series": series,
            "marks": marks,
        }
    ]


def _marked(p: AnalysisParameters) -> tuple[datetime | None, datetime | None]:
    from agents.plan import window_of

    return window_of(p)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _json(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z") if value.tzinfo else value.isoformat()
    return value


def plural(n: int, word: str) -> str:
    """'1 event', '3 events'."""
    return f"{n:,} {word}" + ("" if n == 1 else "s")
