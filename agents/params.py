"""Analysis parameters: how a question was read, validated, and shown back to the person."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, Field


class QuestionKind(StrEnum):
    """The kinds of question the planner has a plan for."""

    COUNT = "count"
    TOP_PATTERNS = "top_patterns"
    ERROR_SUMMARY = "error_summary"
    WHEN = "when"
    AROUND = "around"
    ENTITY = "entity"
    COMPARE = "compare"
    ANOMALIES = "anomalies"
    STATUS_LATENCY = "status_latency"
    CAUSE = "cause"
    SHOW_LINES = "show_lines"
    OVERVIEW = "overview"
    BREAKDOWN = "breakdown"


class Measure(StrEnum):
    """What number the person wants."""

    COUNT = "count"
    TOP = "top"
    RATE = "rate"
    DURATION = "duration"
    FIRST = "first"
    LAST = "last"
    PEAK = "peak"
    LIST = "list"
    DISTINCT = "distinct"


class EntityKind(StrEnum):
    """Things a question can be about."""

    BLOCK = "block"
    IP = "ip"
    USER = "user"
    REQUEST = "request"
    QUOTED = "quoted"
    NUMBER = "number"
    TOKEN = "token"
    STATUS = "status"


class Entity(BaseModel):
    """One entity named in the question."""

    kind: EntityKind
    value: str


class TimeWindow(BaseModel):
    """A time range in UTC (either end may be open) and how it was read."""

    start: datetime | None = None
    end: datetime | None = None
    label: str = ""


class AnalysisParameters(BaseModel):
    """Everything the planner needs, and what the answer's "how I read your question" shows."""

    kind: QuestionKind = QuestionKind.OVERVIEW
    measure: Measure = Measure.COUNT
    log_ids: list[str] = Field(default_factory=list)
    window: TimeWindow | None = None
    around: datetime | None = None
    radius_seconds: int = 300
    relative_to: str | None = None
    levels: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    terms: list[str] = Field(default_factory=list)
    anywhere: list[str] = Field(default_factory=list)
    exclude_terms: list[str] = Field(default_factory=list)
    regex: str | None = None
    topic: list[str] = Field(default_factory=list)
    templates: list[str] = Field(default_factory=list)
    patterns: list[str] = Field(default_factory=list)
    group_by: str | None = None
    field: str | None = None
    compare: tuple[TimeWindow, TimeWindow] | None = None
    limit: int = Field(10, ge=1, le=200)
    notes: list[str] = Field(default_factory=list)
    unmatched: list[str] = Field(default_factory=list)

    def describe(self) -> list[str]:
        """One line per parameter that was set, for the answer's reading panel."""
        lines = [f"kind: {self.kind.value}", f"measure: {self.measure.value}"]
        if self.window is not None:
            lines.append(f"time window: {self.window.label or _span(self.window)}")
        if self.around is not None:
            lines.append(f"around: {self.around.isoformat()} ± {self.radius_seconds}s")
        for name in ("levels", "sources", "terms", "exclude_terms"):
            values = getattr(self, name)
            if values:
                lines.append(f"{name.replace('_', ' ')}: {', '.join(values)}")
        if self.patterns:
            shown = ", ".join(f"`{p}`" for p in self.patterns[:3])
            more = f" and {len(self.patterns) - 3} more" if len(self.patterns) > 3 else ""
            lines.append(f"about ({', '.join(self.topic)}): {shown}{more}")
        if self.entities:
            lines.append(
                "entities: " + ", ".join(f"{e.kind.value} {e.value}" for e in self.entities)
            )
        if self.group_by:
            lines.append(f"grouped by: {self.field or self.group_by}")
        return lines + self.notes


def _span(window: TimeWindow) -> str:
    start = window.start.isoformat() if window.start else "the beginning"
    end = window.end.isoformat() if window.end else "the end"
    return f"{start} to {end}"
