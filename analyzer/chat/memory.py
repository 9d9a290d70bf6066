"""MemoryService: older messages become a bounded summary, so context fits its budget."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from analyzer.db import results
from analyzer.db.conversations import estimate_tokens
from analyzer.db.models import Message

SUMMARY_LINE_CHARS = 160
SUMMARY_MAX_LINES = 40


@dataclass(frozen=True)
class Memory:
    """The summary of everything older than the recent window."""

    summary: str
    message_count: int
    token_count: int


class MemoryService:
    """Summarises messages that fell out of the recent window (extractive, no model needed)."""

    def __init__(self, *, window: int) -> None:
        self._window = window

    def recall(self, s: Session, *, conversation_id: str) -> Memory | None:
        """The memory covering messages older than the window, refreshed if it is stale."""
        total = (
            s.scalar(
                select(func.count())
                .select_from(Message)
                .where(Message.conversation_id == conversation_id)
            )
            or 0
        )
        older = total - self._window
        if older <= 0:
            return None
        snap = results.latest_snapshot(s, conversation_id=conversation_id)
        if snap is not None and snap.message_count >= older:
            return Memory(snap.summary, snap.message_count, snap.token_count)
        old = list(
            s.scalars(
                select(Message)
                .where(Message.conversation_id == conversation_id)
                .order_by(Message.created_at, Message.id)
                .limit(older)
            )
        )
        summary = summarise(old)
        tokens = estimate_tokens(summary)
        results.save_snapshot(
            s,
            conversation_id=conversation_id,
            covers_until=old[-1].created_at,
            message_count=len(old),
            summary=summary,
            token_count=tokens,
        )
        return Memory(summary, len(old), tokens)


def summarise(messages: list[Message]) -> str:
    """One short line per message, newest kept when there are too many."""
    lines = []
    for msg in messages:
        text = " ".join(msg.content.split())
        if len(text) > SUMMARY_LINE_CHARS:
            text = text[: SUMMARY_LINE_CHARS - 1] + "…"
        lines.append(f"- {msg.role}: {text}")
    dropped = max(0, len(lines) - SUMMARY_MAX_LINES)
    head = [f"- ({dropped} earlier messages omitted)"] if dropped else []
    return "\n".join(head + lines[dropped:])
