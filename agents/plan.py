"""A plan: a bounded list of calls to the engine's query primitives, validated before it runs."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from agents.params import AnalysisParameters, EntityKind
from analyzer.errors import AppError, ErrorCode
from analyzer.logs.primitives import PRIMITIVES

MAX_STEPS = 8


@dataclass
class Step:
    """One primitive call: which, with what arguments, and what for (results are keyed by it)."""

    purpose: str
    primitive: str
    args: dict[str, Any]
    call_id: str = ""


@dataclass
class Plan:
    """Steps in order; at most MAX_STEPS."""

    steps: list[Step] = field(default_factory=list)

    def add(self, purpose: str, primitive: str, **args: Any) -> None:
        """Append a step (validated when the plan is checked)."""
        self.steps.append(Step(purpose, primitive, args))

    def summary(self) -> str:
        """The plan in one line, for the planning step's event."""
        return ", ".join(f"{s.primitive} ({s.purpose})" for s in self.steps)


def validate(plan: Plan, *, offset: int = 0) -> Plan:
    """Check every step against the primitive registry; number the calls."""
    if len(plan.steps) > MAX_STEPS:
        raise AppError(ErrorCode.VALIDATION_FAILED, f"a plan has at most {MAX_STEPS} steps")
    for index, step in enumerate(plan.steps, start=offset + 1):
        primitive = PRIMITIVES.get(step.primitive)
        if primitive is None:
            raise AppError(ErrorCode.VALIDATION_FAILED, f"unknown primitive {step.primitive!r}")
        primitive.args.model_validate(step.args)
        step.call_id = f"q{index}"
    return plan


def filters(params: AnalysisParameters, **override: Any) -> dict[str, Any]:
    """The Filters object for a question's parameters (time window, levels, sources, terms)."""
    start, end = window_of(params)
    include = [
        t
        for t in list(params.terms)
        + [e.value for e in params.entities if e.kind not in (EntityKind.NUMBER, EntityKind.STATUS)]
        if t not in params.anywhere
    ]
    statuses = [e.value.lower() for e in params.entities if e.kind == EntityKind.STATUS]
    value: dict[str, Any] = {
        "log_ids": params.log_ids or None,
        "templates": params.templates or None,
        "fields": {"http_status": status_pattern(statuses)} if statuses else None,
        "start": start,
        "end": end,
        "levels": params.levels or None,
        "sources": params.sources or None,
        "include": include,
        "anywhere": list(params.anywhere),
        "exclude": list(params.exclude_terms),
        "regex": params.regex,
    }
    value.update(override)
    return value


def status_pattern(statuses: list[str]) -> str:
    """An RE2 pattern for status codes and classes ("503", "5xx")."""
    return "|".join(s.replace("x", r"\d") for s in statuses)


def window_of(params: AnalysisParameters) -> tuple[datetime | None, datetime | None]:
    """The question's time window as (start, end); `around` becomes ± the radius."""
    if params.around is not None:
        radius = timedelta(seconds=params.radius_seconds)
        return params.around - radius, params.around + radius
    if params.window is not None:
        return params.window.start, params.window.end
    return None, None
