"""Per-message and per-conversation roll-ups: model calls, tokens, cost, time, engine queries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from analyzer.db.llm_call import LlmCall
from analyzer.db.models import Message, Run, RunEventRow

QUERY_TYPES = ("tool.called", "tool.result")
STEP_TYPES = ("step.created", "step.completed", "step.failed")


def call_rollup(calls: Iterable[LlmCall]) -> dict[str, Any]:
    """Count, tokens, cost, model time (sum of latencies) and success rate of some calls."""
    listed = list(calls)
    ok = sum(c.status == "success" for c in listed)
    return {
        "llm_calls": len(listed),
        "input_tokens": sum(c.input_tokens or 0 for c in listed),
        "output_tokens": sum(c.output_tokens or 0 for c in listed),
        "cost_usd": sum(c.cost_usd or 0.0 for c in listed),
        "llm_ms": sum(c.latency_ms or 0.0 for c in listed),
        "success_rate": ok / len(listed) if listed else None,
    }


def run_events(session: Session, *, run_ids: Sequence[str], types: Sequence[str]) -> list[Any]:
    """Stored events of some types for some runs, in run and seq order."""
    if not run_ids:
        return []
    stmt = (
        select(RunEventRow)
        .where(RunEventRow.run_id.in_(run_ids), RunEventRow.type.in_(types))
        .order_by(RunEventRow.run_id, RunEventRow.seq)
    )
    return list(session.scalars(stmt))


def fold_queries(events: Iterable[RunEventRow]) -> dict[str, list[dict[str, Any]]]:
    """Engine queries per run: tool.called joined with its tool.result by call_id."""
    by_run: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for ev in events:
        key = str(ev.payload.get("call_id") or ev.seq)
        query = by_run[ev.run_id].setdefault(key, {"call_id": key, "status": "running"})
        if ev.type == "tool.called":
            query.update(
                primitive=ev.payload.get("primitive"), arguments=ev.payload.get("arguments")
            )
        else:
            query.update(
                status="completed",
                primitive=query.get("primitive") or ev.payload.get("primitive"),
                duration_ms=ev.payload.get("duration_ms"),
                coverage=ev.payload.get("coverage"),
            )
    return {run_id: list(queries.values()) for run_id, queries in by_run.items()}


def query_totals(queries: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """How many engine queries ran and their summed duration."""
    listed = list(queries)
    return {
        "query_count": len(listed),
        "query_ms": sum(float(q.get("duration_ms") or 0.0) for q in listed),
    }


def _run_ms(runs: Iterable[Run]) -> float:
    spans = [r.finished_at - r.started_at for r in runs if r.started_at and r.finished_at]
    return sum(span.total_seconds() * 1000 for span in spans)


def _calls(session: Session, *clauses: ColumnElement[bool]) -> list[LlmCall]:
    stmt = select(LlmCall).where(or_(*clauses)).order_by(LlmCall.started_at, LlmCall.id)
    return list(session.scalars(stmt))


def message_rollup(session: Session, *, message_id: str) -> dict[str, Any]:
    """The roll-up of one message: its runs' model calls and engine queries."""
    runs = list(session.scalars(select(Run).where(Run.message_id == message_id)))
    run_ids = [r.id for r in runs]
    calls = _calls(session, LlmCall.message_id == message_id, LlmCall.run_id.in_(run_ids))
    queries = fold_queries(run_events(session, run_ids=run_ids, types=QUERY_TYPES))
    flat = [q for run_id in run_ids for q in queries.get(run_id, [])]
    return {
        "message_id": message_id,
        "runs": len(runs),
        "run_ms": _run_ms(runs),
        **call_rollup(calls),
        **query_totals(flat),
        "queries": flat,
    }


def conversation_rollup(session: Session, *, conversation_id: str) -> dict[str, Any]:
    """The roll-up of one conversation: every message's calls and queries together."""
    runs = list(session.scalars(select(Run).where(Run.conversation_id == conversation_id)))
    run_ids = [r.id for r in runs]
    calls = _calls(session, LlmCall.conversation_id == conversation_id, LlmCall.run_id.in_(run_ids))
    queries = fold_queries(run_events(session, run_ids=run_ids, types=QUERY_TYPES))
    messages = session.scalars(select(Message.id).where(Message.conversation_id == conversation_id))
    return {
        "conversation_id": conversation_id,
        "messages": len(list(messages)),
        "runs": len(runs),
        "run_ms": _run_ms(runs),
        **call_rollup(calls),
        **query_totals(q for qs in queries.values() for q in qs),
    }
