"""RunEmitter: a run cancelled while an event is being written still ends with its terminal pair."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import anyio
from sqlalchemy import select
from sqlalchemy.orm import Session

from analyzer.chat.bus import InMemoryEventBus
from analyzer.chat.emitter import RunEmitter
from analyzer.db import conversations, runs
from analyzer.db.engine import Database
from analyzer.db.models import User
from analyzer.errors import ErrorCode, problem
from analyzer.events import Emit, EventType, RunStatus

T = TypeVar("T")


class GatedDatabase:
    """A Database whose gated writes wait on their worker thread until released."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self.gated = False
        self.entered = threading.Event()
        self.release = threading.Event()

    async def run(self, fn: Callable[[Session], T]) -> T:
        gated = self.gated

        def work() -> T:
            if gated:
                self.entered.set()
                self.release.wait(10)
            with self._db.tx() as session:
                return fn(session)

        return await anyio.to_thread.run_sync(work)


def _queued_run(db: Database, make_user: Any) -> str:
    make_user("alice")
    with db.tx() as s:
        user = s.scalars(select(User).where(User.name == "alice")).one()
        conv = conversations.create_conversation(s, user_id=user.id, title=None)
        msg = conversations.add_message(s, conversation=conv, role="user", content="why?")
        run = runs.create_run(s, conversation=conv, message=msg)
        runs.append_event(s, run_id=run.id, emit=Emit(type=EventType.RUN_CREATED))
        return run.id


def _types(db: Database, run_id: str) -> list[str]:
    with db.tx() as s:
        return [e.type.value for e in runs.events_after(s, run_id=run_id, after=0)]


async def _cancel_during(
    gated: GatedDatabase, emitter: RunEmitter, last: Callable[[RunEmitter], Any]
) -> None:
    async def work() -> None:
        gated.gated = True
        await last(emitter)

    task = asyncio.create_task(work())
    assert await anyio.to_thread.run_sync(gated.entered.wait, 5)
    gated.gated = False
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    # The cancelled write is still waiting on its thread; it is let go a moment later.
    asyncio.get_running_loop().call_later(0.2, gated.release.set)
    await emitter.finish_terminal(
        RunStatus.CANCELLED, problem(ErrorCode.RUN_CANCELLED, "cancelled")
    )


def test_an_event_in_flight_at_cancellation_is_numbered_before_the_terminal_pair(
    db: Database, make_user: Any
) -> None:
    run_id = _queued_run(db, make_user)
    gated = GatedDatabase(db)
    bus = InMemoryEventBus()
    emitter = RunEmitter(gated, bus, run_id)  # type: ignore[arg-type]
    sub = bus.subscribe(run_id)
    intent = Emit(type=EventType.INTENT_RESOLVED, agent="parameter", payload={"intent": "x"})
    asyncio.run(_cancel_during(gated, emitter, lambda e: e.emit(intent)))
    assert _types(db, run_id) == ["run.created", "intent.resolved", "run.cancelled", "done"]
    published = [sub.queue.get_nowait().type.value for _ in range(sub.queue.qsize())]
    assert published == ["intent.resolved", "run.cancelled", "done"]
    with db.tx() as s:
        assert runs.get_run(s, run_id=run_id, user_id=None).status == "cancelled"


def test_a_run_cancelled_as_its_completion_is_written_stays_completed(
    db: Database, make_user: Any
) -> None:
    run_id = _queued_run(db, make_user)
    gated = GatedDatabase(db)
    emitter = RunEmitter(gated, InMemoryEventBus(), run_id)  # type: ignore[arg-type]
    completed = Emit(type=EventType.RUN_COMPLETED, payload={"status": "completed"})
    asyncio.run(_cancel_during(gated, emitter, lambda e: e.emit(completed)))
    assert _types(db, run_id) == ["run.created", "run.completed", "done"]
    with db.tx() as s:
        assert runs.get_run(s, run_id=run_id, user_id=None).status == "completed"
