"""Conversations, their attached logs, and their messages."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from analyzer.db.models import Conversation, ConversationLog, LogFile, Message
from analyzer.db.pages import Page, paginate
from analyzer.db.types import new_id, utcnow
from analyzer.errors import AppError, ErrorCode

TITLE_CHARS = 80


def title_from(text: str) -> str:
    """A conversation title from the first user message: its first line, shortened."""
    line = " ".join(text.strip().split())
    return line if len(line) <= TITLE_CHARS else line[: TITLE_CHARS - 1].rstrip() + "…"


def create_conversation(session: Session, *, user_id: str, title: str | None) -> Conversation:
    """Create an empty conversation for a user."""
    conv = Conversation(user_id=user_id, title=title)
    session.add(conv)
    session.flush()
    return conv


def get_conversation(session: Session, *, conversation_id: str, user_id: str) -> Conversation:
    """A live conversation owned by this user, or CONVERSATION_NOT_FOUND (never 403)."""
    conv = session.get(Conversation, conversation_id)
    if conv is None or conv.user_id != user_id or conv.deleted_at is not None:
        raise AppError(
            ErrorCode.CONVERSATION_NOT_FOUND, f"conversation {conversation_id} not found"
        )
    return conv


def list_conversations(
    session: Session, *, user_id: str, page: int, limit: int, query: str | None = None
) -> Page[Conversation]:
    """The user's live conversations, most recently active first, optionally by title."""
    stmt = select(Conversation).where(
        Conversation.user_id == user_id, Conversation.deleted_at.is_(None)
    )
    if query:
        stmt = stmt.where(func.lower(Conversation.title).contains(query.lower(), autoescape=True))
    stmt = stmt.order_by(Conversation.updated_at.desc(), Conversation.id)
    return paginate(session, stmt, page=page, limit=limit)


def soft_delete(session: Session, *, conversation: Conversation) -> None:
    """Hide a conversation; its rows stay for the ledger's and admins' records."""
    conversation.deleted_at = utcnow()


def attach_logs(session: Session, *, conversation: Conversation, log_ids: list[str]) -> None:
    """Attach the user's ready or ingesting logs; unknown or foreign ids are LOG_NOT_FOUND."""
    for log_id in dict.fromkeys(log_ids):
        log = session.get(LogFile, log_id)
        if log is None or log.user_id != conversation.user_id or log.deleted_at is not None:
            raise AppError(ErrorCode.LOG_NOT_FOUND, f"log {log_id!r} not found")
        if session.get(ConversationLog, (conversation.id, log_id)) is None:
            session.add(ConversationLog(conversation_id=conversation.id, log_id=log_id))
    session.flush()


def detach_logs(session: Session, *, conversation: Conversation, log_ids: list[str]) -> None:
    """Detach logs from a conversation."""
    session.execute(
        delete(ConversationLog).where(
            ConversationLog.conversation_id == conversation.id,
            ConversationLog.log_id.in_(log_ids),
        )
    )


def attached_logs(session: Session, *, conversation_id: str) -> list[LogFile]:
    """Live logs attached to a conversation, in attachment order."""
    stmt = (
        select(LogFile)
        .join(ConversationLog, ConversationLog.log_id == LogFile.id)
        .where(ConversationLog.conversation_id == conversation_id, LogFile.deleted_at.is_(None))
        .order_by(ConversationLog.attached_at, LogFile.id)
    )
    return list(session.scalars(stmt))


def add_message(
    session: Session,
    *,
    conversation: Conversation,
    role: str,
    content: str,
    run_id: str | None = None,
    message_id: str | None = None,
) -> Message:
    """Append a message; the first user message names an untitled conversation."""
    msg = Message(
        id=message_id or new_id(),
        conversation_id=conversation.id,
        role=role,
        content=content,
        token_count=estimate_tokens(content),
        run_id=run_id,
        created_at=utcnow(),
    )
    session.add(msg)
    if role == "user" and not conversation.title:
        conversation.title = title_from(content)
    conversation.updated_at = msg.created_at
    session.flush()
    return msg


def list_messages(
    session: Session, *, conversation_id: str, page: int, limit: int
) -> Page[Message]:
    """Messages oldest first, one page at a time."""
    stmt = (
        select(Message)
        .where(Message.conversation_id == conversation_id)
        .order_by(Message.created_at, Message.id)
    )
    return paginate(session, stmt, page=page, limit=limit)


def recent_messages(session: Session, *, conversation_id: str, limit: int) -> list[Message]:
    """The last `limit` messages, oldest first."""
    stmt = (
        select(Message)
        .where(Message.conversation_id == conversation_id)
        .order_by(Message.created_at.desc(), Message.id.desc())
        .limit(limit)
    )
    return list(reversed(list(session.scalars(stmt))))


def estimate_tokens(text: str) -> int:
    """A rough token count (about four characters a token), for budgets only."""
    return (len(text) + 3) // 4
