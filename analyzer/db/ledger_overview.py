"""The admin dashboard's summary of the last N hours of model calls."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from analyzer.db.ledger_query import ERROR_STATUSES, CallFilter
from analyzer.db.ledger_stats import KEYS, grouped, hour_key, stat_rows, tally, window_start
from analyzer.db.llm_call import LlmCall
from analyzer.db.types import utcnow

RECENT_ERRORS = 10
ERROR_TEXT_CHARS = 300


def recent_errors(session: Session, *, since: datetime, limit: int) -> list[dict[str, Any]]:
    """The latest failed calls (error or timeout) since a time."""
    stmt = (
        select(LlmCall)
        .where(LlmCall.started_at >= since, LlmCall.status.in_(ERROR_STATUSES))
        .order_by(LlmCall.started_at.desc(), LlmCall.id.desc())
        .limit(limit)
    )
    return [
        {
            "id": c.id,
            "started_at": c.started_at,
            "model": c.model,
            "agent": c.agent,
            "status": c.status,
            "error_type": c.error_type,
            "error_message": (c.error_message or "")[:ERROR_TEXT_CHARS] or None,
            "conversation_id": c.conversation_id,
        }
        for c in session.scalars(stmt)
    ]


def overview(session: Session, *, hours: float, now: datetime | None = None) -> dict[str, Any]:
    """Totals, per-model, per-agent and hourly figures, active users and recent errors."""
    now = now or utcnow()
    since = window_start(hours, now)
    assert since is not None
    rows = stat_rows(session, CallFilter(since=since))
    return {
        "hours": hours,
        "since": since,
        "until": now,
        "totals": tally(rows).summary(),
        "by_model": grouped(rows, KEYS["model"]),
        "by_agent": grouped(rows, KEYS["agent"]),
        "hourly": [
            {"hour": g["key"], "calls": g["calls"], "errors": g["errors"]}
            for g in grouped(rows, hour_key)
        ],
        "users": len({r.user_id for r in rows if r.user_id}),
        "conversations": len({r.conversation_id for r in rows if r.conversation_id}),
        "recent_errors": recent_errors(session, since=since, limit=RECENT_ERRORS),
    }
