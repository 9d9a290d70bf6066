"""Admin routes over the LLM call ledger: list, search, stats, overview, export, conversations."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from analyzer.api.deps import AdminDep, ServicesDep
from analyzer.db.ledger_conversation import conversation_view
from analyzer.db.ledger_export import export_lines
from analyzer.db.ledger_overview import overview
from analyzer.db.ledger_query import (
    CallFilter,
    call_dict,
    decode_cursor,
    get_call,
    list_calls,
    summary_dict,
)
from analyzer.db.ledger_stats import StatsQuery, call_stats
from analyzer.errors import AppError, ErrorCode

router = APIRouter(prefix="/api/admin", tags=["admin"])

MAX_HOURS = 24 * 366 * 10
MEDIA_TYPES = {"jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8"}
STRICT = ConfigDict(extra="forbid", protected_namespaces=())
TEXT = {"type": "string"}


class CallQuery(BaseModel):
    """Filters shared by listing and export; unknown fields are refused (422)."""

    model_config = STRICT
    model: str | None = None
    agent: str | None = None
    status: Literal["success", "error", "timeout", "cancelled"] | None = None
    user_id: str | None = None
    conversation_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    q: str | None = Field(None, max_length=200)

    @field_validator("since", "until")
    @classmethod
    def _utc(cls, value: datetime | None) -> datetime | None:
        return value.replace(tzinfo=UTC) if value and value.tzinfo is None else value

    @model_validator(mode="after")
    def _ordered(self) -> CallQuery:
        if self.since and self.until and self.since >= self.until:
            raise ValueError("since must be before until")
        return self

    def filter(self) -> CallFilter:
        """The database filter."""
        return CallFilter(**self.model_dump(include=set(CallFilter.__dataclass_fields__)))


class ListQuery(CallQuery):
    """Listing: filters, a page size and the cursor from the previous page."""

    limit: int = Field(50, ge=1, le=200)
    cursor: str | None = None


class ExportQuery(CallQuery):
    """Export: filters and a format."""

    format: Literal["jsonl", "csv"] = "jsonl"


class StatsParams(BaseModel):
    """Which calls to summarise and how to group them."""

    model_config = STRICT
    scope: Literal["global", "user", "conversation"] = "global"
    id: str | None = None
    hours: float | None = Field(None, gt=0, le=MAX_HOURS)
    model: str | None = None
    agent: str | None = None
    group_by: Literal["model", "agent", "day"] | None = None

    @model_validator(mode="after")
    def _scoped(self) -> StatsParams:
        if self.scope != "global" and not self.id:
            raise ValueError(f"scope={self.scope} needs an id")
        return self


class OverviewParams(BaseModel):
    """The dashboard window."""

    model_config = STRICT
    hours: float = Field(24, gt=0, le=MAX_HOURS)


class LlmCallSummary(BaseModel):
    """A call as listings show it (no request or content)."""

    model_config = ConfigDict(protected_namespaces=())
    id: str
    provider: str
    server_address: str | None
    model_requested: str
    model: str
    agent: str
    purpose: str | None
    user_id: str | None
    conversation_id: str | None
    message_id: str | None
    run_id: str | None
    step: str | None
    content_mode: str
    input_tokens: int | None
    output_tokens: int | None
    tokens_estimated: bool
    started_at: datetime
    first_token_at: datetime | None
    ended_at: datetime | None
    latency_ms: float | None
    ttft_ms: float | None
    server_total_ms: float | None
    server_load_ms: float | None
    server_prompt_eval_ms: float | None
    server_eval_ms: float | None
    tokens_per_second: float | None
    finish_reason: str | None
    status: str
    error_type: str | None
    error_message: str | None
    retry: int
    cost_usd: float | None
    price_input_per_mtok: float | None
    price_output_per_mtok: float | None
    price_source: str | None
    created_at: datetime


class LlmCallOut(LlmCallSummary):
    """One call with its request parameters and content."""

    request_params: dict[str, Any]
    input_messages: list[dict[str, Any]] | None
    output_text: str | None


class CallPageOut(BaseModel):
    """A page of calls and the cursor of the next one."""

    items: list[LlmCallSummary]
    next_cursor: str | None


class Percentiles(BaseModel):
    """Nearest-rank percentiles in ms (None when no call has the measure)."""

    p50: float | None
    p95: float | None
    p99: float | None


class CallTotals(BaseModel):
    """Calls, errors, tokens, cost and latency of a set of calls."""

    calls: int
    errors: int
    error_rate: float
    by_status: dict[str, int]
    input_tokens: int
    output_tokens: int
    tokens_unknown: int = Field(description="calls whose provider reported no token counts")
    cost_usd: float
    latency_ms: Percentiles
    ttft_ms: Percentiles


class CallGroup(CallTotals):
    """Totals of one group (a model, an agent, a day)."""

    key: str


class StatsOut(BaseModel):
    """`GET /api/admin/llm-calls/stats`."""

    scope: str
    id: str | None
    hours: float | None
    since: datetime | None
    model: str | None
    agent: str | None
    group_by: str | None
    totals: CallTotals
    groups: list[CallGroup]


class HourOut(BaseModel):
    """Calls and errors in one UTC hour."""

    hour: str
    calls: int
    errors: int


class RecentErrorOut(BaseModel):
    """One of the latest failed calls."""

    id: str
    started_at: datetime
    model: str | None
    agent: str | None
    status: str
    error_type: str | None
    error_message: str | None
    conversation_id: str | None


class OverviewOut(BaseModel):
    """`GET /api/admin/overview`: the dashboard summary."""

    hours: float
    since: datetime
    until: datetime
    totals: CallTotals
    by_model: list[CallGroup]
    by_agent: list[CallGroup]
    hourly: list[HourOut]
    users: int
    conversations: int
    recent_errors: list[RecentErrorOut]


def _invalid(detail: str) -> AppError:
    return AppError(ErrorCode.VALIDATION_FAILED, detail)


@router.get("/llm-calls")
def llm_calls(
    admin: AdminDep, services: ServicesDep, params: Annotated[ListQuery, Query()]
) -> CallPageOut:
    """Calls matching the filters and search, newest first, a page at a time."""
    if params.cursor:
        try:
            decode_cursor(params.cursor)
        except ValueError as exc:
            raise _invalid("cursor is not valid; pass next_cursor from a previous page") from exc
    with services.db.tx() as s:
        page = list_calls(s, filters=params.filter(), limit=params.limit, cursor=params.cursor)
        items = [LlmCallSummary.model_validate(summary_dict(c)) for c in page.items]
    return CallPageOut(items=items, next_cursor=page.next_cursor)


@router.get("/llm-calls/stats")
def llm_call_stats(
    admin: AdminDep, services: ServicesDep, params: Annotated[StatsParams, Query()]
) -> StatsOut:
    """Calls, errors, tokens, cost and latency percentiles for a scope, optionally grouped."""
    query = StatsQuery(
        scope=params.scope,
        scope_id=params.id,
        hours=params.hours,
        model=params.model,
        agent=params.agent,
        group_by=params.group_by,
    )
    with services.db.tx() as s:
        return StatsOut.model_validate(call_stats(s, query=query))


@router.get(
    "/llm-calls/export",
    response_class=Response,
    responses={
        200: {
            "description": "the calls, one per line (JSONL) or row (CSV)",
            "content": {m.split(";")[0]: {"schema": TEXT} for m in MEDIA_TYPES.values()},
        }
    },
)
def llm_call_export(
    admin: AdminDep, services: ServicesDep, params: Annotated[ExportQuery, Query()]
) -> StreamingResponse:
    """Every matching call as JSONL or CSV, streamed, with user ids hashed."""
    lines = export_lines(services.db, filters=params.filter(), fmt=params.format)
    disposition = f'attachment; filename="llm-calls.{params.format}"'
    return StreamingResponse(
        lines, media_type=MEDIA_TYPES[params.format], headers={"Content-Disposition": disposition}
    )


@router.get("/llm-calls/{call_id}")
def llm_call(call_id: str, admin: AdminDep, services: ServicesDep) -> LlmCallOut:
    """One call with its content; 404 NOT_FOUND if unknown."""
    with services.db.tx() as s:
        call = get_call(s, call_id=call_id)
        if call is None:
            raise AppError(ErrorCode.NOT_FOUND, f"llm call {call_id} not found")
        return LlmCallOut.model_validate(call_dict(call))


@router.get("/overview")
def admin_overview(
    admin: AdminDep, services: ServicesDep, params: Annotated[OverviewParams, Query()]
) -> OverviewOut:
    """The dashboard summary of the last `hours` hours."""
    with services.db.tx() as s:
        return OverviewOut.model_validate(overview(s, hours=params.hours))


@router.get("/conversations/{conversation_id}")
def admin_conversation(
    conversation_id: str, admin: AdminDep, services: ServicesDep
) -> dict[str, Any]:
    """Any user's conversation: messages, runs, steps, queries, LLM calls and roll-ups."""
    with services.db.tx() as s:
        view = conversation_view(s, conversation_id=conversation_id)
    if view is None:
        raise AppError(
            ErrorCode.CONVERSATION_NOT_FOUND, f"conversation {conversation_id} not found"
        )
    return view
