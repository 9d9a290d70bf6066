"""Reading the ledger: filters, newest-first listing with an opaque (started_at, id) cursor."""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, or_, select
from sqlalchemy.orm import Session

from analyzer.db.ledger import COLUMNS
from analyzer.db.ledger_search import search_condition
from analyzer.db.llm_call import LlmCall

STATUSES = ("success", "error", "timeout", "cancelled")
ERROR_STATUSES = ("error", "timeout")


@dataclass(frozen=True)
class CallFilter:
    """Which calls to read; every field is optional and they combine with AND."""

    model: str | None = None
    agent: str | None = None
    status: str | None = None
    user_id: str | None = None
    conversation_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    q: str | None = None


@dataclass(frozen=True)
class CallPage:
    """One page of calls, newest first, and the cursor of the next page (None at the end)."""

    items: list[LlmCall]
    next_cursor: str | None


def _equalities(f: CallFilter) -> list[ColumnElement[bool]]:
    pairs = (
        (LlmCall.model, f.model),
        (LlmCall.agent, f.agent),
        (LlmCall.status, f.status),
        (LlmCall.user_id, f.user_id),
        (LlmCall.conversation_id, f.conversation_id),
    )
    return [col == value for col, value in pairs if value is not None]


def conditions(f: CallFilter, dialect: str) -> list[ColumnElement[bool]]:
    """The WHERE clauses of a filter (`since` inclusive, `until` exclusive)."""
    clauses = _equalities(f)
    if f.since is not None:
        clauses.append(LlmCall.started_at >= f.since)
    if f.until is not None:
        clauses.append(LlmCall.started_at < f.until)
    found = search_condition(f.q, dialect) if f.q else None
    if found is not None:
        clauses.append(found)
    return clauses


def filtered(session: Session, f: CallFilter) -> Select[LlmCall]:
    """SELECT calls matching a filter, newest first (ties broken by id)."""
    dialect = session.get_bind().dialect.name
    stmt = select(LlmCall).where(*conditions(f, dialect))
    return stmt.order_by(LlmCall.started_at.desc(), LlmCall.id.desc())


def encode_cursor(started_at: datetime, call_id: str) -> str:
    """An opaque cursor pointing just after this call."""
    raw = json.dumps([started_at.astimezone(UTC).isoformat(), call_id]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, str]:
    """The (started_at, id) inside a cursor; ValueError when it is not one of ours."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        stamp, call_id = json.loads(raw)
        when = datetime.fromisoformat(stamp)
    except (binascii.Error, ValueError, TypeError) as exc:
        raise ValueError("invalid cursor") from exc
    if when.tzinfo is None or not isinstance(call_id, str):
        raise ValueError("invalid cursor")
    return when, call_id


def _after(cursor: str) -> ColumnElement[bool]:
    when, call_id = decode_cursor(cursor)
    return or_(LlmCall.started_at < when, and_(LlmCall.started_at == when, LlmCall.id < call_id))


def list_calls(
    session: Session, *, filters: CallFilter, limit: int, cursor: str | None = None
) -> CallPage:
    """One page of matching calls, newest first; pass `next_cursor` back for the next page."""
    stmt = filtered(session, filters)
    if cursor:
        stmt = stmt.where(_after(cursor))
    rows = list(session.scalars(stmt.limit(limit + 1)))
    items = rows[:limit]
    more = len(rows) > limit
    next_cursor = encode_cursor(items[-1].started_at, items[-1].id) if more else None
    return CallPage(items=items, next_cursor=next_cursor)


def get_call(session: Session, *, call_id: str) -> LlmCall | None:
    """One call by id, or None."""
    return session.get(LlmCall, call_id)


def call_dict(call: LlmCall) -> dict[str, Any]:
    """Every column of a call, by name."""
    return {name: getattr(call, name) for name in COLUMNS}


CONTENT_COLUMNS = ("request_params", "input_messages", "output_text")
SUMMARY_COLUMNS: tuple[str, ...] = tuple(c for c in COLUMNS if c not in CONTENT_COLUMNS)


def summary_dict(call: LlmCall) -> dict[str, Any]:
    """A call's columns without its request and content (for listings)."""
    return {name: getattr(call, name) for name in SUMMARY_COLUMNS}
