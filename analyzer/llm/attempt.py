"""Measuring one attempt of a model call on the client and turning it into a ledger record."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from analyzer.llm.protocol import LLMResponse, Timings
from analyzer.llm.record import CallRecord, CallRecorder, Status, utcnow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ServerStats:
    """What the server reported in its final chunk (durations in nanoseconds)."""

    model: str | None = None
    done_reason: str | None = None
    prompt_eval_count: int | None = None
    eval_count: int | None = None
    total_duration: int | None = None
    load_duration: int | None = None
    prompt_eval_duration: int | None = None
    eval_duration: int | None = None


def _ms(nanoseconds: int | None) -> float | None:
    """Nanoseconds to milliseconds, keeping None."""
    return None if nanoseconds is None else nanoseconds / 1e6


class Attempt:
    """Times one attempt (monotonic clock for durations, UTC for stamps) and fills its record."""

    def __init__(self, rec: CallRecord, recorder: CallRecorder | None) -> None:
        self.rec = rec
        self.parts: list[str] = []
        self._recorder = recorder
        self._t0 = time.monotonic()
        self._t_first: float | None = None
        self._done = False

    @property
    def text(self) -> str:
        """The text received so far."""
        return "".join(self.parts)

    def on_delta(self, text: str) -> None:
        """Note a piece of the reply; the first non-empty one stamps the first token."""
        if text and self._t_first is None:
            self._t_first = time.monotonic()
            self.rec.first_token_at = utcnow()
        self.parts.append(text)

    def on_final(self, stats: ServerStats) -> None:
        """Copy the server's counts, durations, model and finish reason onto the record."""
        rec = self.rec
        rec.model = stats.model or rec.model
        rec.finish_reason = stats.done_reason
        rec.input_tokens = stats.prompt_eval_count
        rec.output_tokens = stats.eval_count
        rec.server_total_ms = _ms(stats.total_duration)
        rec.server_load_ms = _ms(stats.load_duration)
        rec.server_prompt_eval_ms = _ms(stats.prompt_eval_duration)
        rec.server_eval_ms = _ms(stats.eval_duration)
        self._done = True

    @property
    def complete(self) -> bool:
        """Whether the final chunk arrived."""
        return self._done

    def finish(self, status: Status, exc: BaseException | None = None) -> CallRecord:
        """Stamp the end, compute latencies and rates, and hand the record to the recorder."""
        rec, now = self.rec, time.monotonic()
        rec.ended_at = utcnow()
        rec.latency_ms = (now - self._t0) * 1000
        rec.ttft_ms = None if self._t_first is None else (self._t_first - self._t0) * 1000
        rec.output_text = self.text if self.parts or status == "success" else None
        rec.tokens_per_second = self._rate(now)
        rec.status = status
        if exc is not None:
            rec.fail(status, exc)
        if not rec.model:
            rec.model, rec.model_assumed = rec.model_requested, status == "success"
        if self._recorder is not None:
            self._recorder.record(rec)
        return rec

    def _rate(self, now: float) -> float | None:
        """Output tokens per second: the server's eval time if given, else since first token."""
        tokens, rec = self.rec.output_tokens, self.rec
        if not tokens:
            return None
        if rec.server_eval_ms:
            return tokens / (rec.server_eval_ms / 1000)
        if self._t_first is not None and now > self._t_first:
            return tokens / (now - self._t_first)
        return None

    def response(self) -> LLMResponse:
        """The answer of a finished, successful attempt."""
        rec = self.rec
        timings = Timings(
            started_at=rec.started_at,
            first_token_at=rec.first_token_at,
            ended_at=rec.ended_at or utcnow(),
            latency_ms=rec.latency_ms or 0.0,
            ttft_ms=rec.ttft_ms,
            server_total_ms=rec.server_total_ms,
            server_load_ms=rec.server_load_ms,
            server_prompt_eval_ms=rec.server_prompt_eval_ms,
            server_eval_ms=rec.server_eval_ms,
            tokens_per_second=rec.tokens_per_second,
        )
        return LLMResponse(
            text=self.text,
            model=rec.model or rec.model_requested,
            input_tokens=rec.input_tokens,
            output_tokens=rec.output_tokens,
            finish_reason=rec.finish_reason,
            timings=timings,
            model_assumed=rec.model_assumed,
            call_id=rec.id,
        )
