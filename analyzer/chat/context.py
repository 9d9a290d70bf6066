"""ContextBuilder: recent messages, memory, previous parameters and log profiles, in budget."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from agents.contracts import Context, ContextMessage, LogRef
from analyzer.chat.memory import MemoryService
from analyzer.db import conversations
from analyzer.db.conversations import estimate_tokens
from analyzer.db.models import LogFile

PROFILE_KEYS = ("format", "line_count", "event_count", "time_range", "levels", "sources")
TOP_TEMPLATES_IN_CONTEXT = 10


class ContextBuilder:
    """Assembles what the agents may know, newest first, until the token budget is spent."""

    def __init__(self, *, max_messages: int, token_budget: int) -> None:
        self._max_messages = max_messages
        self._budget = token_budget
        self._memory = MemoryService(window=max_messages)

    def build(
        self,
        s: Session,
        *,
        conversation_id: str,
        upto_message_id: str,
        previous_parameters: dict[str, Any] | None,
    ) -> Context:
        """Build the context for the message `upto_message_id` (which it excludes)."""
        logs = [
            log_ref(log) for log in conversations.attached_logs(s, conversation_id=conversation_id)
        ]
        recent = conversations.recent_messages(
            s, conversation_id=conversation_id, limit=self._max_messages + 1
        )
        recent = [m for m in recent if m.id != upto_message_id][-self._max_messages :]
        memory = self._memory.recall(s, conversation_id=conversation_id)
        ctx = Context(
            logs=logs,
            previous_parameters=previous_parameters,
            token_budget=self._budget,
            messages_total=len(recent) + (memory.message_count if memory else 0),
        )
        used = sum(estimate_tokens(json.dumps(_brief(log.profile))) for log in logs)
        used += estimate_tokens(json.dumps(previous_parameters or {}))
        if memory is not None and used + memory.token_count <= self._budget:
            ctx.memory = memory.summary
            used += memory.token_count
        kept: list[ContextMessage] = []
        for msg in reversed(recent):
            cost = estimate_tokens(msg.content)
            if used + cost > self._budget:
                ctx.truncated = True
                break
            kept.append(ContextMessage(role=msg.role, content=msg.content))
            used += cost
        ctx.messages = list(reversed(kept))
        ctx.tokens_used = used
        ctx.truncated = ctx.truncated or (memory is not None and ctx.memory is None)
        return ctx


def log_ref(log: LogFile) -> LogRef:
    """An attached log as the agents see it."""
    store = (log.profile or {}).get("store_dir") if log.profile else None
    return LogRef(
        log_id=log.id,
        filename=log.filename,
        status=log.status,
        profile=log.profile,
        store_dir=store if isinstance(store, str) else None,
    )


def _brief(profile: dict[str, Any] | None) -> dict[str, Any]:
    if not profile:
        return {}
    brief = {key: profile.get(key) for key in PROFILE_KEYS}
    brief["top_templates"] = (profile.get("top_templates") or [])[:TOP_TEMPLATES_IN_CONTEXT]
    return brief
