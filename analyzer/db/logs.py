"""Uploaded log files: ownership, de-duplication by digest, status and profile."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from analyzer.db.models import LogFile
from analyzer.db.pages import Page, paginate
from analyzer.db.types import utcnow
from analyzer.errors import AppError, ErrorCode


def get_log(session: Session, *, log_id: str, user_id: str) -> LogFile:
    """A live log owned by this user, or LOG_NOT_FOUND."""
    log = session.get(LogFile, log_id)
    if log is None or log.user_id != user_id or log.deleted_at is not None:
        raise AppError(ErrorCode.LOG_NOT_FOUND, f"log {log_id!r} not found")
    return log


def find_duplicate(
    session: Session,
    *,
    user_id: str,
    sha256: str,
    format_override: str | None,
    timezone_override: str | None = None,
) -> LogFile | None:
    """The user's live upload with the same bytes, format and timezone choices that did not
    fail."""
    stmt = select(LogFile).where(
        LogFile.user_id == user_id,
        LogFile.sha256 == sha256,
        LogFile.deleted_at.is_(None),
        LogFile.status.in_(("ingesting", "ready")),
    )
    for log in session.scalars(stmt):
        if (log.format_override, log.timezone_override) == (format_override, timezone_override):
            return log
    return None


def create_log(
    session: Session,
    *,
    log_id: str,
    user_id: str,
    filename: str,
    sha256: str,
    size_bytes: int,
    format_override: str | None,
    timezone_override: str | None = None,
) -> LogFile:
    """Register an upload whose ingestion is about to start."""
    log = LogFile(
        id=log_id, user_id=user_id, filename=filename, sha256=sha256, size_bytes=size_bytes,
        status="ingesting", format_override=format_override, timezone_override=timezone_override,
    )  # fmt: skip
    session.add(log)
    session.flush()
    return log


def list_logs(session: Session, *, user_id: str, page: int, limit: int) -> Page[LogFile]:
    """The user's live uploads, newest first."""
    stmt = (
        select(LogFile)
        .where(LogFile.user_id == user_id, LogFile.deleted_at.is_(None))
        .order_by(LogFile.created_at.desc(), LogFile.id)
    )
    return paginate(session, stmt, page=page, limit=limit)


def finish(
    session: Session,
    *,
    log_id: str,
    profile: dict[str, Any] | None,
    error: dict[str, Any] | None,
) -> None:
    """Record the outcome of ingestion (ready with a profile, or failed with a problem)."""
    log = session.get(LogFile, log_id)
    if log is None or log.deleted_at is not None:
        return
    log.status = "ready" if error is None else "failed"
    log.profile = profile
    log.error = error


def mark_deleted(session: Session, *, log: LogFile) -> None:
    """Hide a log at once; its files are removed afterwards."""
    log.deleted_at = utcnow()
    log.status = "deleted"


def interrupted_ingests(session: Session) -> list[LogFile]:
    """Uploads a previous process left half-ingested."""
    stmt = select(LogFile).where(LogFile.status == "ingesting", LogFile.deleted_at.is_(None))
    return list(session.scalars(stmt))
