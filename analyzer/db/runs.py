"""Runs and their event log: persist-then-publish starts here."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from analyzer.db.models import Conversation, Message, Run, RunEventRow
from analyzer.db.types import utcnow
from analyzer.errors import AppError, ErrorCode
from analyzer.events import ACTIVE_STATUSES, TERMINAL_TYPES, Emit, EventType, RunEvent, RunStatus

STATUS_OF_TERMINAL = {
    EventType.RUN_COMPLETED: RunStatus.COMPLETED,
    EventType.RUN_FAILED: RunStatus.FAILED,
    EventType.RUN_CANCELLED: RunStatus.CANCELLED,
    EventType.RUN_INTERRUPTED: RunStatus.INTERRUPTED,
}


def active_run(session: Session, *, conversation_id: str) -> Run | None:
    """The conversation's queued or in-progress run, if any."""
    stmt = select(Run).where(
        Run.conversation_id == conversation_id, Run.status.in_([s.value for s in ACTIVE_STATUSES])
    )
    return session.scalar(stmt)


def create_run(
    session: Session, *, conversation: Conversation, message: Message, retry_of: str | None = None
) -> Run:
    """Queue a run for a user message; a second active run in the conversation is a 409."""
    existing = active_run(session, conversation_id=conversation.id)
    if existing is not None:
        raise _already_active(existing.id)
    run = Run(
        conversation_id=conversation.id,
        user_id=conversation.user_id,
        message_id=message.id,
        retry_of=retry_of,
        status=RunStatus.QUEUED.value,
    )
    session.add(run)
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError as exc:  # a concurrent request won the unique partial index
        raise _already_active(None) from exc
    return run


def _already_active(run_id: str | None) -> AppError:
    return AppError(
        ErrorCode.RUN_ALREADY_ACTIVE,
        "a run is already active in this conversation; wait for it or cancel it",
        extra={"active_run_id": run_id} if run_id else None,
    )


def get_run(session: Session, *, run_id: str, user_id: str | None) -> Run:
    """A run (owned by `user_id` unless None), or RUN_NOT_FOUND."""
    run = session.get(Run, run_id)
    if run is None or (user_id is not None and run.user_id != user_id):
        raise AppError(ErrorCode.RUN_NOT_FOUND, f"run {run_id} not found")
    conv = session.get(Conversation, run.conversation_id)
    if conv is None or conv.deleted_at is not None:
        raise AppError(ErrorCode.RUN_NOT_FOUND, f"run {run_id} not found")
    return run


def append_event(session: Session, *, run_id: str, emit: Emit) -> RunEvent:
    """Give an event the run's next seq and store it; terminal events also end the run."""
    seq = session.execute(
        update(Run)
        .where(Run.id == run_id)
        .values(last_seq=Run.last_seq + 1)
        .returning(Run.last_seq)
    ).scalar_one()
    run = session.get(Run, run_id)
    assert run is not None
    now = utcnow()
    session.add(
        RunEventRow(
            run_id=run_id,
            seq=seq,
            type=emit.type.value,
            agent=emit.agent,
            payload=emit.payload,
            created_at=now,
        )
    )
    _apply_status(run, emit, now)
    session.flush()
    return RunEvent(
        seq=seq,
        type=emit.type,
        run_id=run_id,
        conversation_id=run.conversation_id,
        created_at=now,
        agent=emit.agent,
        payload=emit.payload,
    )


def _apply_status(run: Run, emit: Emit, now: datetime) -> None:
    if emit.type == EventType.RUN_IN_PROGRESS:
        run.status = RunStatus.IN_PROGRESS.value
        run.started_at = now
    elif emit.type in TERMINAL_TYPES:
        run.status = STATUS_OF_TERMINAL[emit.type].value
        run.finished_at = now
        error = emit.payload.get("error")
        run.error = error if isinstance(error, dict) else None


def events_after(session: Session, *, run_id: str, after: int) -> list[RunEvent]:
    """Stored events with seq greater than `after`, in order."""
    run = session.get(Run, run_id)
    if run is None:
        return []
    rows = session.scalars(
        select(RunEventRow)
        .where(RunEventRow.run_id == run_id, RunEventRow.seq > after)
        .order_by(RunEventRow.seq)
    )
    return [
        RunEvent(
            seq=r.seq,
            type=EventType(r.type),
            run_id=run_id,
            conversation_id=run.conversation_id,
            created_at=r.created_at,
            agent=r.agent,
            payload=r.payload,
        )
        for r in rows
    ]


def unfinished_runs(session: Session) -> list[Run]:
    """Runs left queued or in progress (after a crash, these were interrupted)."""
    stmt = select(Run).where(Run.status.in_([s.value for s in ACTIVE_STATUSES]))
    return list(session.scalars(stmt.order_by(Run.created_at)))


def runs_of_conversation(session: Session, *, conversation_id: str) -> list[Run]:
    """Every run of a conversation, oldest first."""
    stmt = select(Run).where(Run.conversation_id == conversation_id).order_by(Run.created_at)
    return list(session.scalars(stmt))


def latest_runs_of_messages(session: Session, *, message_ids: list[str]) -> dict[str, Run]:
    """The most recent run started for each of these user messages (retries included)."""
    if not message_ids:
        return {}
    stmt = select(Run).where(Run.message_id.in_(message_ids)).order_by(Run.created_at, Run.id)
    return {run.message_id: run for run in session.scalars(stmt)}


def count_by_status(session: Session) -> dict[str, int]:
    """How many runs are in each status."""
    rows = session.execute(select(Run.status, func.count()).group_by(Run.status))
    return {status: count for status, count in rows}


def set_fields(session: Session, *, run_id: str, **fields: Any) -> None:
    """Update plain columns of a run (intent, reply message, analysis result)."""
    session.execute(update(Run).where(Run.id == run_id).values(**fields))
