"""A scripted `LLMClient` for agent tests: replies are queued, questions are kept."""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from analyzer.errors import AppError, ErrorCode
from analyzer.llm.attempt import Attempt, ServerStats
from analyzer.llm.protocol import CallContext, ChatMessage, LLMResponse, ModelT
from analyzer.llm.record import CallRecord, CallRecorder, Status
from analyzer.llm.structured import ask_structured

Reply = str | BaseException | Mapping[str, Any] | BaseModel
_WORDS = re.compile(r"\S+\s*|\s+")


class ScriptExhausted(AssertionError):
    """The code under test asked the scripted model more often than the test expected."""


@dataclass(frozen=True)
class ScriptedCall:
    """One question the scripted model was asked."""

    kind: str
    messages: tuple[ChatMessage, ...]
    ctx: CallContext
    options: Mapping[str, Any] = field(default_factory=dict)


class ScriptedLLM:
    """Answers from a queue: text, a JSON object, or an exception to raise."""

    provider = "scripted"

    def __init__(
        self,
        *replies: Reply,
        model: str = "scripted-model",
        input_tokens: int | None = 12,
        output_tokens: int | None = 34,
        recorder: CallRecorder | None = None,
        reachable: bool = True,
    ) -> None:
        self.model = model
        self.input_tokens, self.output_tokens = input_tokens, output_tokens
        self.is_reachable = reachable
        self.calls: list[ScriptedCall] = []
        self._replies: deque[Reply] = deque(replies)
        self._recorder = recorder

    def enqueue(self, *replies: Reply) -> ScriptedLLM:
        """Queue replies, answered in order."""
        self._replies.extend(replies)
        return self

    @property
    def pending(self) -> int:
        """Replies not yet used."""
        return len(self._replies)

    async def chat(
        self,
        messages: Sequence[ChatMessage],
        *,
        ctx: CallContext,
        options: Mapping[str, Any] | None = None,
    ) -> LLMResponse:
        """The next reply in one piece."""
        attempt = self._begin("chat", messages, ctx, options)
        text = self._next_text(attempt)
        attempt.on_delta(text)
        attempt.on_final(self._stats())
        attempt.finish("success")
        return attempt.response()

    async def chat_stream(
        self, messages: Sequence[ChatMessage], *, ctx: CallContext
    ) -> AsyncIterator[str]:
        """The next reply, word by word."""
        attempt = self._begin("chat_stream", messages, ctx, None)
        text = self._next_text(attempt)
        try:
            for piece in _WORDS.findall(text):
                attempt.on_delta(piece)
                yield piece
        except GeneratorExit as exc:
            attempt.finish("cancelled", exc)
            raise
        attempt.on_final(self._stats())
        attempt.finish("success")

    async def structured(
        self, messages: Sequence[ChatMessage], schema: type[ModelT], *, ctx: CallContext
    ) -> ModelT:
        """The next reply validated as `schema`, with the same one repair as the real client."""

        async def ask(msgs: Sequence[ChatMessage], call_ctx: CallContext) -> str:
            return (await self.chat(msgs, ctx=call_ctx)).text

        return await ask_structured(ask, messages, schema, ctx)

    async def reachable(self) -> bool:
        """What the test set."""
        return self.is_reachable

    def _begin(
        self,
        kind: str,
        messages: Sequence[ChatMessage],
        ctx: CallContext,
        options: Mapping[str, Any] | None,
    ) -> Attempt:
        """Remember the question and start a timed, recorded attempt."""
        self.calls.append(ScriptedCall(kind, tuple(messages), ctx, dict(options or {})))
        rec = CallRecord.begin(
            provider=self.provider,
            model_requested=self.model,
            ctx=ctx,
            messages=messages,
            request_params={"options": dict(options or {})},
        )
        return Attempt(rec, self._recorder)

    def _next_text(self, attempt: Attempt) -> str:
        """The next reply as text; an exception reply is recorded and raised."""
        if not self._replies:
            exc = ScriptExhausted(f"no scripted reply left for call {len(self.calls)}")
            attempt.finish("error", exc)
            raise exc
        reply = self._replies.popleft()
        if isinstance(reply, BaseException):
            attempt.finish(_status_of(reply), reply)
            raise reply
        if isinstance(reply, BaseModel):
            return reply.model_dump_json()
        return reply if isinstance(reply, str) else json.dumps(dict(reply))

    def _stats(self) -> ServerStats:
        """The configured counts, as a server would report them."""
        return ServerStats(
            model=self.model,
            done_reason="stop",
            prompt_eval_count=self.input_tokens,
            eval_count=self.output_tokens,
        )


def _status_of(exc: BaseException) -> Status:
    """The ledger status an exception reply stands for."""
    if isinstance(exc, AppError) and exc.code == ErrorCode.LLM_TIMEOUT:
        return "timeout"
    if isinstance(exc, TimeoutError):
        return "timeout"
    return "error"
