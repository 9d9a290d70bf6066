"""The Ollama implementation of `LLMClient`: timeouts, retries, streaming and one record per try."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, AsyncIterator, Mapping, Sequence
from contextlib import aclosing
from typing import Any

import httpx
import ollama

from analyzer.errors import AppError, ErrorCode
from analyzer.llm.attempt import Attempt, ServerStats
from analyzer.llm.protocol import CallContext, ChatMessage, LLMResponse, ModelT
from analyzer.llm.record import CallRecord, CallRecorder
from analyzer.llm.structured import ask_structured, json_schema

PROVIDER = "ollama"


class OllamaLLM:
    """Talks to an Ollama server through `ollama.AsyncClient`; records every attempt."""

    def __init__(
        self,
        *,
        host: str,
        model: str,
        num_ctx: int = 8192,
        connect_timeout_s: float = 5.0,
        read_timeout_s: float = 120.0,
        max_retries: int = 2,
        options: Mapping[str, Any] | None = None,
        keep_alive: str | None = None,
        recorder: CallRecorder | None = None,
        max_connections: int = 100,
    ) -> None:
        if not host or not model:
            raise ValueError("OllamaLLM needs a host and a model (the library would read the env)")
        self.host, self.model, self.num_ctx = host, model, num_ctx
        self.max_retries = max_retries
        self.read_timeout_s = read_timeout_s
        self._options = dict(options or {})
        self._keep_alive = keep_alive
        self._recorder = recorder
        timeout = httpx.Timeout(read_timeout_s, connect=connect_timeout_s)
        limits = httpx.Limits(max_connections=max_connections)
        self._client = ollama.AsyncClient(host=host, timeout=timeout, limits=limits)

    async def aclose(self) -> None:
        """Close the HTTP connections."""
        await self._client.close()  # type: ignore[no-untyped-call]

    async def chat(
        self,
        messages: Sequence[ChatMessage],
        *,
        ctx: CallContext,
        options: Mapping[str, Any] | None = None,
    ) -> LLMResponse:
        """Answer in one piece (streamed underneath so time to first token is measured)."""
        return await self._complete(messages, ctx, options, None)

    async def chat_stream(
        self, messages: Sequence[ChatMessage], *, ctx: CallContext
    ) -> AsyncIterator[str]:
        """Text deltas; a timeout is retried only while nothing has been yielded yet."""
        for retry in range(self.max_retries + 1):
            yielded = False
            attempt = self._begin(messages, ctx, None, None, retry)
            try:
                async with aclosing(self._run(attempt, messages, None, None)) as deltas:
                    async for delta in deltas:
                        yielded = True
                        yield delta
                return
            except AppError as exc:
                if not self._retryable(exc, retry) or yielded:
                    raise

    async def structured(
        self, messages: Sequence[ChatMessage], schema: type[ModelT], *, ctx: CallContext
    ) -> ModelT:
        """A reply constrained by the schema as `format`, validated, repaired at most once."""
        fmt = json_schema(schema)

        async def ask(msgs: Sequence[ChatMessage], call_ctx: CallContext) -> str:
            return (await self._complete(msgs, call_ctx, None, fmt)).text

        return await ask_structured(ask, messages, schema, ctx)

    async def reachable(self) -> bool:
        """Whether the server lists its models."""
        try:
            await self._client.list()
        except (httpx.HTTPError, ollama.ResponseError, ConnectionError, ValueError):
            return False
        return True

    async def _complete(
        self,
        messages: Sequence[ChatMessage],
        ctx: CallContext,
        options: Mapping[str, Any] | None,
        fmt: dict[str, object] | None,
    ) -> LLMResponse:
        """Run attempts until one answers, retrying timeouts at most `max_retries` times."""
        for retry in range(self.max_retries + 1):
            attempt = self._begin(messages, ctx, options, fmt, retry)
            try:
                async with aclosing(self._run(attempt, messages, options, fmt)) as deltas:
                    async for _ in deltas:
                        pass
                return attempt.response()
            except AppError as exc:
                if not self._retryable(exc, retry):
                    raise
        raise AppError(ErrorCode.LLM_TIMEOUT)  # unreachable: the last try re-raises

    def _retryable(self, exc: AppError, retry: int) -> bool:
        """Whether this failure is a timeout with retries left."""
        return exc.code == ErrorCode.LLM_TIMEOUT and retry < self.max_retries

    def _request_options(self, options: Mapping[str, Any] | None) -> dict[str, Any]:
        """Options for the server; `num_ctx` is always sent."""
        return {**self._options, **(options or {}), "num_ctx": self.num_ctx}

    def _begin(
        self,
        messages: Sequence[ChatMessage],
        ctx: CallContext,
        options: Mapping[str, Any] | None,
        fmt: dict[str, object] | None,
        retry: int,
    ) -> Attempt:
        """A timed attempt with its record (id created now, before the call)."""
        params: dict[str, Any] = {"options": self._request_options(options), "stream": True}
        if fmt is not None:
            params["format"] = fmt
        if self._keep_alive is not None:
            params["keep_alive"] = self._keep_alive
        rec = CallRecord.begin(
            provider=PROVIDER,
            model_requested=self.model,
            ctx=ctx,
            messages=messages,
            server_address=self.host,
            request_params=params,
            retry=retry,
        )
        return Attempt(rec, self._recorder)

    async def _run(
        self,
        attempt: Attempt,
        messages: Sequence[ChatMessage],
        options: Mapping[str, Any] | None,
        fmt: dict[str, object] | None,
    ) -> AsyncGenerator[str, None]:
        """One attempt as text deltas; records it however it ends and maps errors to codes."""
        stream: AsyncIterator[ollama.ChatResponse] | None = None
        try:
            stream = await self._client.chat(
                model=self.model,
                messages=[m.as_dict() for m in messages],
                stream=True,
                format=fmt,
                options=self._request_options(options),
                keep_alive=self._keep_alive,
            )
            async for chunk in stream:
                attempt.rec.model = chunk.model or attempt.rec.model
                text = chunk.message.content or ""
                if text:
                    attempt.on_delta(text)
                    yield text
                if chunk.done:
                    attempt.on_final(_stats(chunk))
            if not attempt.complete:
                raise httpx.RemoteProtocolError("stream ended before the final chunk")
        except (asyncio.CancelledError, GeneratorExit) as exc:
            attempt.finish("cancelled", exc)
            raise
        except Exception as exc:
            error = self._failed(attempt, exc)
            if error is exc:
                raise
            raise error from exc
        finally:
            await _close(stream)
        attempt.finish("success")

    def _failed(self, attempt: Attempt, exc: Exception) -> Exception:
        """Record a failed attempt and return the error to raise in its place."""
        if isinstance(exc, httpx.TimeoutException):
            attempt.finish("timeout", exc)
            detail = f"no reply from {self.model} within {self.read_timeout_s}s"
            tries = attempt.rec.retry + 1
            return AppError(ErrorCode.LLM_TIMEOUT, f"{detail} (attempt {tries})")
        attempt.finish("error", exc)
        if isinstance(exc, ollama.ResponseError):
            detail, extra = f"model server error: {exc.error}", {"upstream_status": exc.status_code}
            return AppError(ErrorCode.LLM_UNAVAILABLE, detail, extra=extra)
        if isinstance(exc, httpx.HTTPError | ConnectionError):
            return AppError(ErrorCode.LLM_UNAVAILABLE, f"cannot reach the model server: {exc}")
        if isinstance(exc, ValueError):
            detail = f"unreadable reply from the server: {exc}"
            return AppError(ErrorCode.LLM_OUTPUT_INVALID, detail)
        return exc


def _stats(chunk: ollama.ChatResponse) -> ServerStats:
    """The final chunk's statistics."""
    return ServerStats(
        model=chunk.model,
        done_reason=chunk.done_reason,
        prompt_eval_count=chunk.prompt_eval_count,
        eval_count=chunk.eval_count,
        total_duration=chunk.total_duration,
        load_duration=chunk.load_duration,
        prompt_eval_duration=chunk.prompt_eval_duration,
        eval_duration=chunk.eval_duration,
    )


async def _close(stream: AsyncIterator[Any] | None) -> None:
    """Close the server stream (and its HTTP response) if the generator supports it."""
    aclose = getattr(stream, "aclose", None)
    if aclose is not None:
        await aclose()
