"""The one seam between agents and a language model: messages in, text or a model out."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, Protocol, TypeVar, runtime_checkable

from pydantic import BaseModel

Role = Literal["system", "user", "assistant", "tool"]
ModelT = TypeVar("ModelT", bound=BaseModel)


@dataclass(frozen=True)
class ChatMessage:
    """One message of a conversation with the model."""

    role: Role
    content: str

    def as_dict(self) -> dict[str, str]:
        """The wire shape of this message."""
        return {"role": self.role, "content": self.content}


@dataclass(frozen=True)
class CallContext:
    """Who asks and why: copied onto every ledger row of the call."""

    agent: str
    purpose: str | None = None
    user_id: str | None = None
    conversation_id: str | None = None
    message_id: str | None = None
    run_id: str | None = None
    step: str | None = None


@dataclass(frozen=True)
class Timings:
    """Client-measured and server-reported times of one answered attempt."""

    started_at: datetime
    first_token_at: datetime | None
    ended_at: datetime
    latency_ms: float
    ttft_ms: float | None
    server_total_ms: float | None = None
    server_load_ms: float | None = None
    server_prompt_eval_ms: float | None = None
    server_eval_ms: float | None = None
    tokens_per_second: float | None = None


@dataclass(frozen=True)
class LLMResponse:
    """A complete answer from the model and what it cost."""

    text: str
    model: str
    input_tokens: int | None
    output_tokens: int | None
    finish_reason: str | None
    timings: Timings | None = None
    model_assumed: bool = False
    call_id: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)


@runtime_checkable
class LLMClient(Protocol):
    """What agents may ask of a language model."""

    async def chat(
        self,
        messages: Sequence[ChatMessage],
        *,
        ctx: CallContext,
        options: Mapping[str, Any] | None = None,
    ) -> LLMResponse:
        """Answer the conversation in one piece."""
        ...

    def chat_stream(
        self, messages: Sequence[ChatMessage], *, ctx: CallContext
    ) -> AsyncIterator[str]:
        """Answer the conversation as text deltas."""
        ...

    async def structured(
        self, messages: Sequence[ChatMessage], schema: type[ModelT], *, ctx: CallContext
    ) -> ModelT:
        """Answer with JSON matching `schema`, validated."""
        ...

    async def reachable(self) -> bool:
        """Whether the model server answers at all."""
        ...
