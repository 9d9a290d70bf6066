"""Conversation use-cases behind the REST routes (each takes one unit of work)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from analyzer.db import conversations as repo
from analyzer.db import runs
from analyzer.db.ledger_retention import delete_conversation_content
from analyzer.db.models import Conversation, Message, Run
from analyzer.db.pages import Page
from analyzer.errors import AppError, ErrorCode


def view(s: Session, conv: Conversation) -> dict[str, Any]:
    """A conversation with its attached logs and active run."""
    active = runs.active_run(s, conversation_id=conv.id)
    return {
        "id": conv.id,
        "title": conv.title,
        "created_at": conv.created_at,
        "updated_at": conv.updated_at,
        "log_ids": [log.id for log in repo.attached_logs(s, conversation_id=conv.id)],
        "active_run_id": active.id if active else None,
    }


def create(s: Session, *, user_id: str, title: str | None, log_ids: list[str]) -> dict[str, Any]:
    """Create a conversation, attaching the given logs."""
    conv = repo.create_conversation(s, user_id=user_id, title=(title or "").strip() or None)
    repo.attach_logs(s, conversation=conv, log_ids=log_ids)
    return view(s, conv)


def listing(
    s: Session, *, user_id: str, page: int, limit: int, query: str | None
) -> Page[dict[str, Any]]:
    """One page of the user's conversations."""
    found = repo.list_conversations(s, user_id=user_id, page=page, limit=limit, query=query)
    return Page([view(s, c) for c in found.items], found.page, found.limit, found.total)


def patch(
    s: Session,
    *,
    conversation_id: str,
    user_id: str,
    title: str | None,
    attach: list[str],
    detach: list[str],
) -> dict[str, Any]:
    """Rename, attach and detach logs."""
    conv = repo.get_conversation(s, conversation_id=conversation_id, user_id=user_id)
    if title is not None:
        if not title.strip():
            raise AppError(ErrorCode.VALIDATION_FAILED, "title: must not be blank")
        conv.title = title.strip()
    repo.attach_logs(s, conversation=conv, log_ids=attach)
    repo.detach_logs(s, conversation=conv, log_ids=detach)
    return view(s, conv)


def delete(s: Session, *, conversation_id: str, user_id: str) -> None:
    """Soft-delete a conversation and erase the text of its LLM calls (metadata stays)."""
    conv = repo.get_conversation(s, conversation_id=conversation_id, user_id=user_id)
    repo.soft_delete(s, conversation=conv)
    delete_conversation_content(s, conversation_id=conv.id)


def messages(
    s: Session, *, conversation_id: str, user_id: str, page: int, limit: int
) -> Page[dict[str, Any]]:
    """One page of messages, oldest first; each user message names the latest run started for
    it, so a client can follow it, or show how it ended and offer a retry (e.g. after a restart)."""
    repo.get_conversation(s, conversation_id=conversation_id, user_id=user_id)
    found = repo.list_messages(s, conversation_id=conversation_id, page=page, limit=limit)
    asked = [m.id for m in found.items if m.role == "user"]
    latest = runs.latest_runs_of_messages(s, message_ids=asked)
    items = [_message_view(m, latest.get(m.id)) for m in found.items]
    return Page(items, found.page, found.limit, found.total)


def _message_view(message: Message, run: Run | None) -> dict[str, Any]:
    return {
        "id": message.id,
        "conversation_id": message.conversation_id,
        "role": message.role,
        "content": message.content,
        "token_count": message.token_count,
        "run_id": message.run_id,
        "created_at": message.created_at,
        "latest_run": None if run is None else {
            "id": run.id, "status": run.status, "retry_of": run.retry_of,
            "last_seq": run.last_seq, "error": run.error,
            "created_at": run.created_at, "finished_at": run.finished_at,
        },
    }  # fmt: skip


def check_message(content: str, *, max_chars: int) -> str:
    """A message must have text and fit MAX_MESSAGE_CHARS."""
    if len(content) > max_chars:
        raise AppError(
            ErrorCode.PAYLOAD_TOO_LARGE,
            f"the message has {len(content)} characters; the limit is {max_chars}",
        )
    if not content.strip():
        raise AppError(ErrorCode.VALIDATION_FAILED, "content: the message is empty")
    return content
