"""Chat session rows: a conversation's working state between messages."""

from __future__ import annotations

from datetime import timedelta
from typing import Any, cast

from sqlalchemy import func, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from analyzer.db.models import ChatSession
from analyzer.db.types import utcnow


def live_session(session: Session, *, conversation_id: str) -> ChatSession | None:
    """The conversation's active, unexpired session, if any."""
    stmt = (
        select(ChatSession)
        .where(
            ChatSession.conversation_id == conversation_id,
            ChatSession.status == "active",
            ChatSession.expires_at > utcnow(),
        )
        .order_by(ChatSession.last_active_at.desc())
    )
    return session.scalars(stmt).first()


def expire_sessions(session: Session, *, conversation_id: str) -> int:
    """Mark the conversation's overdue active sessions expired."""
    stmt = (
        update(ChatSession)
        .where(
            ChatSession.conversation_id == conversation_id,
            ChatSession.status == "active",
            ChatSession.expires_at <= utcnow(),
        )
        .values(status="expired")
    )
    return cast(CursorResult[Any], session.execute(stmt)).rowcount or 0


def open_session(
    session: Session, *, conversation_id: str, user_id: str, ttl: timedelta, state: dict[str, Any]
) -> ChatSession:
    """Start a new session (after the previous one expired, or the first time)."""
    now = utcnow()
    row = ChatSession(
        conversation_id=conversation_id,
        user_id=user_id,
        state=state,
        created_at=now,
        last_active_at=now,
        expires_at=now + ttl,
    )
    session.add(row)
    session.flush()
    return row


def touch(session: Session, *, session_id: str, ttl: timedelta, state: dict[str, Any]) -> None:
    """Record activity: push the expiry forward and save the working state."""
    now = utcnow()
    session.execute(
        update(ChatSession)
        .where(ChatSession.id == session_id)
        .values(last_active_at=now, expires_at=now + ttl, state=state)
    )


def count_active_conversations(session: Session) -> int:
    """Conversations with an unexpired active session."""
    stmt = select(func.count(func.distinct(ChatSession.conversation_id))).where(
        ChatSession.status == "active", ChatSession.expires_at > utcnow()
    )
    return session.scalar(stmt) or 0
