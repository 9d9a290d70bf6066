"""One ledger row per attempt of a model call: the record, its row and its JSON line."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from typing import Any, Literal, Protocol

from analyzer.llm.protocol import CallContext, ChatMessage

Status = Literal["success", "error", "timeout", "cancelled"]
ContentMode = Literal["full", "redacted", "metadata_only"]
CONTENT_MODES: tuple[ContentMode, ...] = ("full", "redacted", "metadata_only")
DATETIME_FIELDS = ("started_at", "first_token_at", "ended_at", "created_at")


def utcnow() -> datetime:
    """The current wall-clock time, timezone-aware UTC."""
    return datetime.now(UTC)


def new_id() -> str:
    """A fresh record id, created before the call starts."""
    return uuid.uuid4().hex


@dataclass
class CallRecord:
    """Everything known about one attempt; `to_row()` gives the `llm_calls` columns."""

    provider: str
    model_requested: str
    agent: str
    id: str = field(default_factory=new_id)
    server_address: str | None = None
    model: str | None = None
    purpose: str | None = None
    user_id: str | None = None
    conversation_id: str | None = None
    message_id: str | None = None
    run_id: str | None = None
    step: str | None = None
    request_params: dict[str, Any] = field(default_factory=dict)
    input_messages: list[dict[str, Any]] | None = None
    output_text: str | None = None
    content_mode: ContentMode = "full"
    input_tokens: int | None = None
    output_tokens: int | None = None
    tokens_estimated: bool = False
    started_at: datetime = field(default_factory=utcnow)
    first_token_at: datetime | None = None
    ended_at: datetime | None = None
    latency_ms: float | None = None
    ttft_ms: float | None = None
    server_total_ms: float | None = None
    server_load_ms: float | None = None
    server_prompt_eval_ms: float | None = None
    server_eval_ms: float | None = None
    tokens_per_second: float | None = None
    finish_reason: str | None = None
    status: Status = "success"
    error_type: str | None = None
    error_message: str | None = None
    retry: int = 0
    cost_usd: float | None = None
    price_input_per_mtok: float | None = None
    price_output_per_mtok: float | None = None
    price_source: str | None = None
    created_at: datetime = field(default_factory=utcnow)
    # Not a column: True when the server named no model and the requested one was assumed.
    model_assumed: bool = field(default=False, compare=False)

    @classmethod
    def begin(
        cls,
        *,
        provider: str,
        model_requested: str,
        ctx: CallContext,
        messages: Sequence[ChatMessage],
        server_address: str | None = None,
        request_params: dict[str, Any] | None = None,
        retry: int = 0,
    ) -> CallRecord:
        """A record for an attempt about to start, stamped with its context."""
        return cls(
            provider=provider,
            model_requested=model_requested,
            agent=ctx.agent,
            server_address=server_address,
            purpose=ctx.purpose,
            user_id=ctx.user_id,
            conversation_id=ctx.conversation_id,
            message_id=ctx.message_id,
            run_id=ctx.run_id,
            step=ctx.step,
            request_params=dict(request_params or {}),
            input_messages=[m.as_dict() for m in messages],
            retry=retry,
        )

    def fail(self, status: Status, exc: BaseException) -> None:
        """Mark this attempt as ended by `exc`."""
        self.status = status
        self.error_type = type(exc).__name__
        self.error_message = str(exc)[:2000] or type(exc).__name__

    def to_row(self) -> dict[str, Any]:
        """The `llm_calls` columns of this record; `model` is never empty."""
        row = {name: getattr(self, name) for name in ROW_FIELDS}
        row["request_params"] = dict(self.request_params)
        if self.input_messages is not None:
            row["input_messages"] = [dict(m) for m in self.input_messages]
        if not row["model"]:
            row["model"] = self.model_requested
        return row


ROW_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(CallRecord) if f.name != "model_assumed")


class CallRecorder(Protocol):
    """Where a finished attempt is handed; must never block or raise."""

    def record(self, rec: CallRecord) -> None:
        """Take the record without waiting."""
        ...


def _encode(value: object) -> str:
    """JSON fallback for datetimes; anything else is unserialisable."""
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def row_to_json(row: dict[str, Any]) -> str:
    """One JSON line for a row (raises TypeError or ValueError when it cannot be encoded)."""
    return json.dumps(row, default=_encode, ensure_ascii=False, allow_nan=False)


def row_from_json(line: str) -> dict[str, Any]:
    """A row back from its JSON line, datetimes restored."""
    row: dict[str, Any] = json.loads(line)
    for name in DATETIME_FIELDS:
        if row.get(name) is not None:
            row[name] = datetime.fromisoformat(row[name])
    return row
