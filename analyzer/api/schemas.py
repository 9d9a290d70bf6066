"""Request and response bodies: one schema family per resource."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Query
from pydantic import BaseModel, ConfigDict, Field

from analyzer.chat.runs import Submitted

T = TypeVar("T")


# a listing's page and page size; the bound keeps (page - 1) * limit a 64-bit offset
PageQ = Annotated[int, Query(ge=1, le=1_000_000)]
LimitQ = Annotated[int, Query(ge=1, le=200)]


class PageOut(BaseModel, Generic[T]):
    """A page of a listing."""

    items: list[T]
    page: int
    limit: int
    total: int


class ConversationCreate(BaseModel):
    """POST /api/conversations."""

    model_config = ConfigDict(extra="forbid")
    title: str | None = Field(None, max_length=200)
    log_ids: list[str] = Field(default_factory=list, max_length=50)


class ConversationPatch(BaseModel):
    """PATCH /api/conversations/{id}: rename, attach or detach logs."""

    model_config = ConfigDict(extra="forbid")
    title: str | None = Field(None, min_length=1, max_length=200)
    attach_log_ids: list[str] = Field(default_factory=list, max_length=50)
    detach_log_ids: list[str] = Field(default_factory=list, max_length=50)


class ConversationOut(BaseModel):
    """A conversation."""

    model_config = ConfigDict(from_attributes=True)
    id: str
    title: str | None
    created_at: datetime
    updated_at: datetime
    log_ids: list[str] = Field(default_factory=list)
    active_run_id: str | None = None


class MessageCreate(BaseModel):
    """POST /api/conversations/{id}/messages."""

    model_config = ConfigDict(extra="forbid")
    content: str
    log_ids: list[str] = Field(default_factory=list, max_length=50)


class RunBrief(BaseModel):
    """A run as a message lists it: enough to follow it, show how it ended, or retry it."""

    model_config = ConfigDict(from_attributes=True)
    id: str
    status: str
    retry_of: str | None
    last_seq: int
    error: dict[str, Any] | None
    created_at: datetime
    finished_at: datetime | None


class MessageOut(BaseModel):
    """A message; a user message carries the latest run started for it (None for others)."""

    model_config = ConfigDict(from_attributes=True)
    id: str
    conversation_id: str
    role: str
    content: str
    token_count: int
    run_id: str | None
    created_at: datetime
    latest_run: RunBrief | None = None


class Accepted(BaseModel):
    """202: the run is queued; follow it at events_url."""

    message_id: str
    run_id: str
    conversation_id: str
    events_url: str
    run_url: str

    @classmethod
    def of(cls, sub: Submitted) -> Accepted:
        """The answer to posting a message or retrying a run: where to follow the new run."""
        return cls(
            message_id=sub.message_id,
            run_id=sub.run_id,
            conversation_id=sub.conversation_id,
            events_url=f"/api/runs/{sub.run_id}/events",
            run_url=f"/api/runs/{sub.run_id}",
        )


class RunOut(BaseModel):
    """A run's snapshot."""

    id: str
    conversation_id: str
    message_id: str
    reply_message_id: str | None
    retry_of: str | None
    status: str
    intent: str | None
    last_seq: int
    error: dict[str, Any] | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    steps: list[dict[str, Any]]
    warnings: list[dict[str, Any]]
    result: dict[str, Any] | None


class MeOut(BaseModel):
    """The caller."""

    id: str
    name: str
    role: str
