"""SessionManager: a conversation's working state, cached while active, rebuilt after expiry."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from analyzer.db import chat_sessions
from analyzer.db.engine import Database
from analyzer.db.models import AnalysisResult, Run
from analyzer.telemetry import Metrics


@dataclass
class SessionState:
    """What a conversation carries from one message to the next."""

    session_id: str
    state: dict[str, Any] = field(default_factory=dict)
    resumed_from_cache: bool = False

    @property
    def last_parameters(self) -> dict[str, Any] | None:
        """The previous analysis parameters, for follow-ups."""
        params = self.state.get("last_parameters")
        return params if isinstance(params, dict) else None


@dataclass
class _Cached:
    session_id: str
    state: dict[str, Any]
    expires_at: float


class SessionManager:
    """Touches or resumes sessions; expired ones are rebuilt from the database."""

    def __init__(self, db: Database, *, timeout: timedelta, metrics: Metrics) -> None:
        self._db = db
        self._timeout = timeout
        self._metrics = metrics
        self._cache: dict[str, _Cached] = {}

    async def resume(self, *, conversation_id: str, user_id: str) -> SessionState:
        """The conversation's live session: from cache when fresh, else from the database."""
        cached = self._cache.get(conversation_id)
        if cached is not None and cached.expires_at > time.monotonic():
            self._metrics.session_lookup(hit=True)
            await self._db.run(lambda s: self._touch(s, cached.session_id, cached.state))
            self._remember(conversation_id, cached.session_id, cached.state)
            return SessionState(cached.session_id, dict(cached.state), resumed_from_cache=True)
        self._metrics.session_lookup(hit=False)
        session_id, state = await self._db.run(
            lambda s: self._load_or_open(s, conversation_id, user_id)
        )
        self._remember(conversation_id, session_id, state)
        return SessionState(session_id, dict(state))

    async def save(self, *, conversation_id: str, session: SessionState) -> None:
        """Store the state after a run and refresh the expiry."""
        await self._db.run(lambda s: self._touch(s, session.session_id, session.state))
        self._remember(conversation_id, session.session_id, session.state)

    def forget(self, conversation_id: str) -> None:
        """Drop a cached session (conversation deleted)."""
        self._cache.pop(conversation_id, None)

    def _remember(self, conversation_id: str, session_id: str, state: dict[str, Any]) -> None:
        expires = time.monotonic() + self._timeout.total_seconds()
        self._cache[conversation_id] = _Cached(session_id, dict(state), expires)

    def _touch(self, s: Session, session_id: str, state: dict[str, Any]) -> None:
        chat_sessions.touch(s, session_id=session_id, ttl=self._timeout, state=state)

    def _load_or_open(
        self, s: Session, conversation_id: str, user_id: str
    ) -> tuple[str, dict[str, Any]]:
        chat_sessions.expire_sessions(s, conversation_id=conversation_id)
        row = chat_sessions.live_session(s, conversation_id=conversation_id)
        if row is not None:
            chat_sessions.touch(s, session_id=row.id, ttl=self._timeout, state=row.state)
            return row.id, dict(row.state)
        state = rebuild_state(s, conversation_id=conversation_id)
        row = chat_sessions.open_session(
            s, conversation_id=conversation_id, user_id=user_id, ttl=self._timeout, state=state
        )
        return row.id, state


def rebuild_state(s: Session, *, conversation_id: str) -> dict[str, Any]:
    """Recover the working state from what is stored: the last analysis and its parameters."""
    stmt = (
        select(AnalysisResult.id, AnalysisResult.parameters)
        .join(Run, Run.analysis_result_id == AnalysisResult.id)
        .where(Run.conversation_id == conversation_id)
        .order_by(Run.created_at.desc())
        .limit(1)
    )
    last = s.execute(stmt).first()
    if last is None:
        return {}
    return {"last_result_id": last[0], "last_parameters": last[1]}
