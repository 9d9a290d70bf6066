"""The admin view of any conversation: every message with its runs, steps, queries, LLM calls."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from analyzer.db.ledger_query import summary_dict
from analyzer.db.ledger_rollup import (
    QUERY_TYPES,
    STEP_TYPES,
    call_rollup,
    conversation_rollup,
    fold_queries,
    query_totals,
    run_events,
)
from analyzer.db.llm_call import LlmCall
from analyzer.db.models import Conversation, Message, Run, RunEventRow


def fold_steps(events: Iterable[RunEventRow]) -> dict[str, list[dict[str, Any]]]:
    """Agent steps per run, folded from step.created / step.completed / step.failed."""
    by_run: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for ev in events:
        key = str(ev.payload.get("step_id") or ev.seq)
        step = by_run[ev.run_id].setdefault(
            key, {"step_id": key, "agent": ev.agent, "status": "running"}
        )
        if ev.type == "step.created":
            step["title"] = ev.payload.get("title")
        elif ev.type == "step.completed":
            step.update(
                status="completed",
                summary=ev.payload.get("summary"),
                duration_ms=ev.payload.get("duration_ms"),
            )
        else:
            step.update(status="failed", error=ev.payload.get("error"))
    return {run_id: list(steps.values()) for run_id, steps in by_run.items()}


def _run_view(
    run: Run, steps: dict[str, list[dict[str, Any]]], queries: dict[str, list[dict[str, Any]]]
) -> dict[str, Any]:
    return {
        "id": run.id,
        "status": run.status,
        "intent": run.intent,
        "retry_of": run.retry_of,
        "reply_message_id": run.reply_message_id,
        "error": run.error,
        "created_at": run.created_at,
        "started_at": run.started_at,
        "finished_at": run.finished_at,
        "steps": steps.get(run.id, []),
        "queries": queries.get(run.id, []),
    }


def _belongs(call: LlmCall, message: Message, run_ids: set[str]) -> bool:
    return call.message_id == message.id or (call.run_id is not None and call.run_id in run_ids)


def _message_view(
    message: Message, runs: list[dict[str, Any]], calls: list[LlmCall]
) -> dict[str, Any]:
    queries = [q for run in runs for q in run["queries"]]
    return {
        "id": message.id,
        "role": message.role,
        "content": message.content,
        "created_at": message.created_at,
        "run_id": message.run_id,
        "runs": runs,
        "llm_calls": [summary_dict(c) for c in calls],
        "rollup": {**call_rollup(calls), **query_totals(queries)},
    }


def _load(session: Session, conv: Conversation) -> tuple[list[Message], list[Run], list[LlmCall]]:
    messages = session.scalars(
        select(Message).where(Message.conversation_id == conv.id).order_by(Message.created_at)
    )
    runs = session.scalars(
        select(Run).where(Run.conversation_id == conv.id).order_by(Run.created_at)
    )
    run_ids = select(Run.id).where(Run.conversation_id == conv.id)
    calls = session.scalars(
        select(LlmCall)
        .where(or_(LlmCall.conversation_id == conv.id, LlmCall.run_id.in_(run_ids)))
        .order_by(LlmCall.started_at, LlmCall.id)
    )
    return list(messages), list(runs), list(calls)


def conversation_view(session: Session, *, conversation_id: str) -> dict[str, Any] | None:
    """Everything about a conversation for admins (deleted ones too), or None if unknown."""
    conv = session.get(Conversation, conversation_id)
    if conv is None:
        return None
    messages, runs, calls = _load(session, conv)
    run_ids = [r.id for r in runs]
    steps = fold_steps(run_events(session, run_ids=run_ids, types=STEP_TYPES))
    queries = fold_queries(run_events(session, run_ids=run_ids, types=QUERY_TYPES))
    views = []
    placed: set[str] = set()
    for message in messages:
        own = [r for r in runs if r.message_id == message.id]
        ids = {r.id for r in own}
        mine = [c for c in calls if c.id not in placed and _belongs(c, message, ids)]
        placed.update(c.id for c in mine)
        views.append(_message_view(message, [_run_view(r, steps, queries) for r in own], mine))
    return {
        "conversation": {
            "id": conv.id,
            "user_id": conv.user_id,
            "title": conv.title,
            "created_at": conv.created_at,
            "updated_at": conv.updated_at,
            "deleted_at": conv.deleted_at,
        },
        "rollup": conversation_rollup(session, conversation_id=conv.id),
        "messages": views,
        "unattached_llm_calls": [summary_dict(c) for c in calls if c.id not in placed],
    }
