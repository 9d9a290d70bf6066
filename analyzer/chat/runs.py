"""RunManager: runs as background tasks that outlive their request; persist, then publish."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass

from sqlalchemy.orm import Session

from analyzer.chat.bus import EventBus
from analyzer.chat.emitter import RunEmitter
from analyzer.chat.pipeline import Pipeline
from analyzer.db import conversations, runs
from analyzer.db.engine import Database
from analyzer.db.models import Message, Run
from analyzer.errors import AppError, ErrorCode, problem
from analyzer.events import Emit, EventType, RunEvent, RunStatus
from analyzer.telemetry import Metrics, conversation_id_var, run_id_var

log = logging.getLogger(__name__)
POLL_SECONDS = 5.0


@dataclass(frozen=True)
class Submitted:
    """What posting a message returns: ids to follow the run."""

    message_id: str
    run_id: str
    conversation_id: str


class RunManager:
    """Starts, cancels, retries, recovers and streams runs."""

    def __init__(self, db: Database, bus: EventBus, pipeline: Pipeline, metrics: Metrics) -> None:
        self._db = db
        self._bus = bus
        self._pipeline = pipeline
        self._metrics = metrics
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._shutting_down = False

    async def submit(
        self, *, conversation_id: str, user_id: str, content: str, log_ids: list[str] | None = None
    ) -> Submitted:
        """Store the user message (and attach logs) with a queued run in one transaction."""

        def write(s: Session) -> tuple[Submitted, RunEvent]:
            conv = conversations.get_conversation(
                s, conversation_id=conversation_id, user_id=user_id
            )
            conversations.attach_logs(s, conversation=conv, log_ids=log_ids or [])
            msg = conversations.add_message(s, conversation=conv, role="user", content=content)
            run = runs.create_run(s, conversation=conv, message=msg)
            event = runs.append_event(s, run_id=run.id, emit=_created(run))
            return Submitted(msg.id, run.id, conv.id), event

        submitted, event = await self._db.run(write)
        self._bus.publish(event)
        self.start(submitted.run_id)
        return submitted

    async def retry(self, *, run_id: str, user_id: str) -> Submitted:
        """Start a new run for the same user message as a finished run."""

        def write(s: Session) -> tuple[Submitted, RunEvent]:
            old = runs.get_run(s, run_id=run_id, user_id=user_id)
            if old.status in (RunStatus.QUEUED, RunStatus.IN_PROGRESS):
                raise AppError(ErrorCode.RUN_NOT_RETRYABLE, "the run is still active")
            conv = conversations.get_conversation(
                s, conversation_id=old.conversation_id, user_id=user_id
            )
            msg = s.get(Message, old.message_id)
            assert msg is not None
            run = runs.create_run(s, conversation=conv, message=msg, retry_of=old.id)
            event = runs.append_event(s, run_id=run.id, emit=_created(run))
            return Submitted(msg.id, run.id, conv.id), event

        submitted, event = await self._db.run(write)
        self._bus.publish(event)
        self.start(submitted.run_id)
        return submitted

    def start(self, run_id: str) -> None:
        """Execute a queued run as a background task."""
        task = asyncio.create_task(self._execute(run_id), name=f"run-{run_id}")
        self._tasks[run_id] = task
        task.add_done_callback(lambda _t: self._tasks.pop(run_id, None))

    async def cancel(self, *, run_id: str, user_id: str) -> None:
        """Cancel an active run (a finished run is left as it is)."""
        run = await self._db.run(lambda s: runs.get_run(s, run_id=run_id, user_id=user_id))
        task = self._tasks.get(run_id)
        if task is not None:
            task.cancel()
            await asyncio.wait({task}, timeout=10)
        elif run.status in (RunStatus.QUEUED, RunStatus.IN_PROGRESS):
            await self._terminate(run_id, RunStatus.CANCELLED, ErrorCode.RUN_CANCELLED, "cancelled")

    async def recover(self) -> int:
        """At start-up, mark runs a previous process left unfinished as interrupted."""
        left = await self._db.run(lambda s: [r.id for r in runs.unfinished_runs(s)])
        for run_id in left:
            await self._terminate(
                run_id,
                RunStatus.INTERRUPTED,
                ErrorCode.RUN_INTERRUPTED,
                "the server stopped while this run was in progress; retry it",
            )
        return len(left)

    async def shutdown(self, timeout: float = 5.0) -> None:
        """Interrupt what is still running so its streams end and it can be retried."""
        self._shutting_down = True
        tasks = list(self._tasks.values())
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks, timeout=timeout)

    async def stream(self, run_id: str, *, after: int) -> AsyncIterator[RunEvent]:
        """Stored events after `after`, then live ones, without gaps or duplicates, to `done`."""
        sub = self._bus.subscribe(run_id)  # subscribe first, so nothing falls between
        last = after
        try:
            while True:
                for event in await self._stored_after(run_id, last):
                    yield event
                    last = event.seq
                    if event.type == EventType.DONE:
                        return
                sub.overflowed = False
                while not sub.overflowed:
                    try:
                        event = await asyncio.wait_for(sub.queue.get(), timeout=POLL_SECONDS)
                    except TimeoutError:
                        break  # re-read the database in case a publish was missed
                    if event.seq <= last:
                        continue
                    if event.seq > last + 1:
                        break  # a gap: the database has what is missing
                    yield event
                    last = event.seq
                    if event.type == EventType.DONE:
                        return
        finally:
            self._bus.unsubscribe(sub)

    async def _stored_after(self, run_id: str, after: int) -> list[RunEvent]:
        return await self._db.run(lambda s: runs.events_after(s, run_id=run_id, after=after))

    def is_running(self, run_id: str) -> bool:
        """Whether this process is executing the run."""
        return run_id in self._tasks

    async def _execute(self, run_id: str) -> None:
        run_id_var.set(run_id)
        emitter = RunEmitter(self._db, self._bus, run_id)
        started = time.monotonic()
        intent = "unknown"
        try:
            prepared = await self._db.run(lambda s: self._pipeline.prepare(s, run_id))
            conversation_id_var.set(prepared.request.conversation_id)
            await emitter.emit(
                Emit(type=EventType.RUN_IN_PROGRESS, payload={"status": "in_progress"})
            )
            prepared = await self._pipeline.route(prepared, emitter)
            intent = prepared.request.intent.value
            await self._pipeline.answer(prepared, emitter)
            await emitter.finish_completed(prepared.request)
        except asyncio.CancelledError:
            status = RunStatus.INTERRUPTED if self._shutting_down else RunStatus.CANCELLED
            code = ErrorCode.RUN_INTERRUPTED if self._shutting_down else ErrorCode.RUN_CANCELLED
            await asyncio.shield(emitter.finish_terminal(status, problem(code, _why(status))))
        except AppError as exc:
            log.warning("run failed: %s", exc)
            await emitter.finish_terminal(RunStatus.FAILED, exc.problem())
        except Exception:
            log.exception("run crashed")
            await emitter.finish_terminal(
                RunStatus.FAILED, problem(ErrorCode.GENERIC_ERROR, "the run failed unexpectedly")
            )
        finally:
            self._metrics.analysis_seconds.labels(intent).observe(time.monotonic() - started)

    async def _terminate(self, run_id: str, status: RunStatus, code: ErrorCode, why: str) -> None:
        emitter = RunEmitter(self._db, self._bus, run_id)
        await emitter.finish_terminal(status, problem(code, why))


def _created(run: Run) -> Emit:
    return Emit(
        type=EventType.RUN_CREATED,
        payload={
            "run_id": run.id,
            "message_id": run.message_id,
            "status": run.status,
            "retry_of": run.retry_of,
        },
    )


def _why(status: RunStatus) -> str:
    if status == RunStatus.INTERRUPTED:
        return "the server shut down while this run was in progress; retry it"
    return "the run was cancelled"
