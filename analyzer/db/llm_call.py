"""The LLM call ledger table: one row per attempt, written by the recorder's batch writer."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Float, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from analyzer.db.models import Base
from analyzer.db.types import JSONType, utcnow


class LlmCall(Base):
    """One attempt of one call to a language model, success or failure."""

    __tablename__ = "llm_calls"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    provider: Mapped[str] = mapped_column(String(32))
    server_address: Mapped[str | None] = mapped_column(String(255))
    model_requested: Mapped[str] = mapped_column(String(128))
    model: Mapped[str] = mapped_column(String(128))
    agent: Mapped[str] = mapped_column(String(32))
    purpose: Mapped[str | None] = mapped_column(String(64))
    user_id: Mapped[str | None] = mapped_column(String(32))
    conversation_id: Mapped[str | None] = mapped_column(String(32))
    message_id: Mapped[str | None] = mapped_column(String(32))
    run_id: Mapped[str | None] = mapped_column(String(32))
    step: Mapped[str | None] = mapped_column(String(64))
    request_params: Mapped[dict[str, Any]] = mapped_column(default=dict)
    input_messages: Mapped[list[dict[str, Any]] | None] = mapped_column(JSONType)
    output_text: Mapped[str | None] = mapped_column(Text)
    content_mode: Mapped[str] = mapped_column(String(16))
    input_tokens: Mapped[int | None] = mapped_column(Integer)
    output_tokens: Mapped[int | None] = mapped_column(Integer)
    tokens_estimated: Mapped[bool] = mapped_column(default=False)
    started_at: Mapped[datetime]
    first_token_at: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]
    latency_ms: Mapped[float | None] = mapped_column(Float)
    ttft_ms: Mapped[float | None] = mapped_column(Float)
    server_total_ms: Mapped[float | None] = mapped_column(Float)
    server_load_ms: Mapped[float | None] = mapped_column(Float)
    server_prompt_eval_ms: Mapped[float | None] = mapped_column(Float)
    server_eval_ms: Mapped[float | None] = mapped_column(Float)
    tokens_per_second: Mapped[float | None] = mapped_column(Float)
    finish_reason: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    error_type: Mapped[str | None] = mapped_column(String(64))
    error_message: Mapped[str | None] = mapped_column(Text)
    retry: Mapped[int] = mapped_column(Integer, default=0)
    cost_usd: Mapped[float | None] = mapped_column(Float)
    price_input_per_mtok: Mapped[float | None] = mapped_column(Float)
    price_output_per_mtok: Mapped[float | None] = mapped_column(Float)
    price_source: Mapped[str | None] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    __table_args__ = (
        Index("ix_llm_calls_started", "started_at"),
        Index("ix_llm_calls_conversation", "conversation_id", "started_at"),
        Index("ix_llm_calls_user", "user_id", "started_at"),
        Index("ix_llm_calls_run", "run_id"),
        Index("ix_llm_calls_model_agent", "model", "agent"),
    )
