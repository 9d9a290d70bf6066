"""The run event vocabulary: names are a tested public contract (DESIGN.md, Run events)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field


class EventType(StrEnum):
    """Every event type a run stream may carry, in the order DESIGN.md lists them."""

    RUN_CREATED = "run.created"
    RUN_IN_PROGRESS = "run.in_progress"
    INTENT_RESOLVED = "intent.resolved"
    CONTEXT_BUILT = "context.built"
    STEP_CREATED = "step.created"
    STEP_DELTA = "step.delta"
    STEP_COMPLETED = "step.completed"
    STEP_FAILED = "step.failed"
    TOOL_CALLED = "tool.called"
    TOOL_RESULT = "tool.result"
    MESSAGE_CREATED = "message.created"
    MESSAGE_DELTA = "message.delta"
    MESSAGE_COMPLETED = "message.completed"
    RESULT_CREATED = "result.created"
    WARNING = "warning"
    RUN_COMPLETED = "run.completed"
    RUN_FAILED = "run.failed"
    RUN_CANCELLED = "run.cancelled"
    RUN_INTERRUPTED = "run.interrupted"
    DONE = "done"


TERMINAL_TYPES = frozenset(
    {
        EventType.RUN_COMPLETED,
        EventType.RUN_FAILED,
        EventType.RUN_CANCELLED,
        EventType.RUN_INTERRUPTED,
    }
)


class RunStatus(StrEnum):
    """Lifecycle of a run; the last four are terminal."""

    QUEUED = "queued"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"
    INTERRUPTED = "interrupted"


ACTIVE_STATUSES = frozenset({RunStatus.QUEUED, RunStatus.IN_PROGRESS})

TERMINAL_STATUS_EVENT = {
    RunStatus.COMPLETED: EventType.RUN_COMPLETED,
    RunStatus.FAILED: EventType.RUN_FAILED,
    RunStatus.CANCELLED: EventType.RUN_CANCELLED,
    RunStatus.INTERRUPTED: EventType.RUN_INTERRUPTED,
}


class Intent(StrEnum):
    """What the IntentRouter decided a message is."""

    ANALYSIS = "analysis"
    FOLLOW_UP = "follow_up"
    CHAT = "chat"
    CLARIFICATION = "clarification"


class Emit(BaseModel):
    """An event as a producer (agent, router, run manager) emits it, before it has a seq."""

    type: EventType
    payload: dict[str, Any] = Field(default_factory=dict)
    agent: str | None = None


class RunEvent(BaseModel):
    """The stored and streamed envelope: `data:` of every SSE event."""

    seq: int
    type: EventType
    run_id: str
    conversation_id: str
    created_at: datetime
    agent: str | None = None
    payload: dict[str, Any] = Field(default_factory=dict)

    @property
    def terminal(self) -> bool:
        """Whether this event ends the run (the `done` event follows it)."""
        return self.type in TERMINAL_TYPES


def step_created(agent: str, step_id: str, title: str) -> Emit:
    """An agent starts a step."""
    return Emit(
        type=EventType.STEP_CREATED, agent=agent, payload={"step_id": step_id, "title": title}
    )


def step_completed(agent: str, step_id: str, summary: str, duration_ms: float) -> Emit:
    """An agent finished a step."""
    payload = {"step_id": step_id, "summary": summary, "duration_ms": round(duration_ms, 1)}
    return Emit(type=EventType.STEP_COMPLETED, agent=agent, payload=payload)


def warning(code: str, message: str, agent: str | None = None) -> Emit:
    """Something the person should know (e.g. no language model, built-in analyzer used)."""
    return Emit(type=EventType.WARNING, agent=agent, payload={"code": code, "message": message})


def message_delta(text: str, agent: str | None = "report") -> Emit:
    """A piece of the assistant's answer."""
    return Emit(type=EventType.MESSAGE_DELTA, agent=agent, payload={"text": text})
