"""Read models: a run's snapshot (status, steps, result) folded from its stored events."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from analyzer.db import results
from analyzer.db.models import Run, RunEventRow

STEP_TYPES = ("step.created", "step.completed", "step.failed", "tool.called", "tool.result")


def run_snapshot(s: Session, run: Run) -> dict[str, Any]:
    """The run as GET /api/runs/{id} shows it."""
    events = s.scalars(
        select(RunEventRow)
        .where(RunEventRow.run_id == run.id, RunEventRow.type.in_((*STEP_TYPES, "warning")))
        .order_by(RunEventRow.seq)
    )
    steps: dict[str, dict[str, Any]] = {}
    warnings: list[dict[str, Any]] = []
    for ev in events:
        if ev.type == "warning":
            warnings.append(ev.payload)
        else:
            _fold_step(steps, ev)
    result = None
    if run.analysis_result_id:
        row = results.get_result(s, result_id=run.analysis_result_id)
        result = row.result if row else None
    return {
        "id": run.id,
        "conversation_id": run.conversation_id,
        "message_id": run.message_id,
        "reply_message_id": run.reply_message_id,
        "retry_of": run.retry_of,
        "status": run.status,
        "intent": run.intent,
        "last_seq": run.last_seq,
        "error": run.error,
        "created_at": run.created_at,
        "started_at": run.started_at,
        "finished_at": run.finished_at,
        "steps": list(steps.values()),
        "warnings": warnings,
        "result": result,
    }


def _fold_step(steps: dict[str, dict[str, Any]], ev: RunEventRow) -> None:
    key = str(ev.payload.get("step_id") or ev.payload.get("call_id") or ev.seq)
    step = steps.setdefault(key, {"step_id": key, "agent": ev.agent, "status": "running"})
    if ev.type in ("step.created", "tool.called"):
        step.update(
            kind="tool" if ev.type == "tool.called" else "step",
            title=ev.payload.get("title") or ev.payload.get("primitive"),
        )
    elif ev.type in ("step.completed", "tool.result"):
        step.update(
            status="completed",
            duration_ms=ev.payload.get("duration_ms"),
            summary=ev.payload.get("summary") or ev.payload.get("coverage"),
        )
    else:
        step.update(status="failed", error=ev.payload.get("error"))
