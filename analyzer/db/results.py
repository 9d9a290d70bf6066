"""Analysis results (de-duplicated by input hash) and memory snapshots."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from analyzer.db.models import AnalysisResult, MemorySnapshot


def save_result(
    session: Session,
    *,
    input_hash: str,
    user_id: str,
    parameters: dict[str, Any],
    summary: str,
    result: dict[str, Any],
) -> AnalysisResult:
    """Store a result, or return the stored one with the same input hash."""
    existing = session.scalar(select(AnalysisResult).where(AnalysisResult.input_hash == input_hash))
    if existing is not None:
        return existing
    row = AnalysisResult(
        input_hash=input_hash,
        user_id=user_id,
        parameters=parameters,
        summary=summary,
        result=result,
    )
    session.add(row)
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError:
        found = session.scalar(
            select(AnalysisResult).where(AnalysisResult.input_hash == input_hash)
        )
        assert found is not None
        return found
    return row


def get_result(session: Session, *, result_id: str) -> AnalysisResult | None:
    """An analysis result by id."""
    return session.get(AnalysisResult, result_id)


def latest_snapshot(session: Session, *, conversation_id: str) -> MemorySnapshot | None:
    """The newest memory snapshot of a conversation."""
    stmt = (
        select(MemorySnapshot)
        .where(MemorySnapshot.conversation_id == conversation_id)
        .order_by(MemorySnapshot.covers_until.desc())
    )
    return session.scalars(stmt).first()


def save_snapshot(
    session: Session,
    *,
    conversation_id: str,
    covers_until: datetime,
    message_count: int,
    summary: str,
    token_count: int,
) -> MemorySnapshot:
    """Store a summary of the messages up to `covers_until`."""
    row = MemorySnapshot(
        conversation_id=conversation_id,
        covers_until=covers_until,
        message_count=message_count,
        summary=summary,
        token_count=token_count,
    )
    session.add(row)
    session.flush()
    return row
