"""What the orchestrator is given and how it answers: the seam between chat and agents."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from analyzer.events import Emit, Intent


@dataclass(frozen=True)
class LogRef:
    """An attached log as the agents see it: its id, name, state and profile."""

    log_id: str
    filename: str
    status: str
    profile: dict[str, Any] | None = None
    store_dir: str | None = None


@dataclass(frozen=True)
class ContextMessage:
    """A message of the conversation given to the agents."""

    role: str
    content: str


@dataclass
class Context:
    """Everything an agent may know besides the question, within a token budget."""

    messages: list[ContextMessage] = field(default_factory=list)
    memory: str | None = None
    previous_parameters: dict[str, Any] | None = None
    logs: list[LogRef] = field(default_factory=list)
    token_budget: int = 0
    tokens_used: int = 0
    truncated: bool = False
    messages_total: int = 0

    def summary(self) -> dict[str, Any]:
        """The `context.built` payload."""
        return {
            "log_ids": [log.log_id for log in self.logs],
            "messages_used": len(self.messages),
            "messages_total": self.messages_total,
            "memory_used": self.memory is not None,
            "previous_parameters": self.previous_parameters is not None,
            "token_budget": self.token_budget,
            "tokens_used": self.tokens_used,
            "truncated": self.truncated,
        }


@dataclass(frozen=True)
class RunRequest:
    """One question to answer."""

    run_id: str
    conversation_id: str
    user_id: str
    message_id: str
    question: str
    intent: Intent
    context: Context


class Orchestrator(Protocol):
    """Turns a request into a stream of events; the answer is its message.delta text."""

    def run(self, request: RunRequest) -> AsyncIterator[Emit]:
        """Yield the run's events (never seq'd: the RunManager numbers and stores them)."""
        ...
