"""RunEmitter: numbers, stores, then publishes one run's events; coalesces message deltas."""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import time
from typing import Any

from sqlalchemy.orm import Session

from agents.contracts import RunRequest
from analyzer.chat.bus import EventBus
from analyzer.db import conversations, results, runs
from analyzer.db.engine import Database
from analyzer.db.models import Conversation
from analyzer.db.types import new_id
from analyzer.events import TERMINAL_STATUS_EVENT, Emit, EventType, RunEvent, RunStatus

log = logging.getLogger(__name__)
COALESCE_CHARS = 256
COALESCE_SECONDS = 0.08


class RunEmitter:
    """The only writer of a run's events: persist-then-publish, in seq order."""

    def __init__(self, db: Database, bus: EventBus, run_id: str) -> None:
        self._db = db
        self._bus = bus
        self.run_id = run_id
        self.answer: list[str] = []
        self.reply_id = new_id()
        self.result_id: str | None = None
        self._pending: list[str] = []
        self._pending_agent: str | None = None
        self._last_flush = time.monotonic()
        self._message_started = False
        self._inflight: asyncio.Future[None] | None = None
        self._terminal_stored = False
        self._done_stored = False

    async def emit(self, emit: Emit) -> None:
        """Store and publish an event; message deltas are merged until they are worth a write."""
        if emit.type == EventType.MESSAGE_DELTA:
            await self._delta(emit)
            return
        await self.flush()
        if emit.type == EventType.RESULT_CREATED:
            await self._store_result(emit)
            return
        await self._write(lambda s: runs.append_event(s, run_id=self.run_id, emit=emit))

    async def flush(self) -> None:
        """Write out the buffered answer text as one message.delta."""
        if not self._pending:
            return
        text = "".join(self._pending)
        self._pending.clear()
        self._last_flush = time.monotonic()
        delta = Emit(
            type=EventType.MESSAGE_DELTA, agent=self._pending_agent, payload={"text": text}
        )
        await self._write(lambda s: runs.append_event(s, run_id=self.run_id, emit=delta))

    async def finish_completed(self, request: RunRequest) -> None:
        """Commit the assistant message with the terminal event, then close the stream."""
        await self.flush()
        if self._message_started:
            done_msg = Emit(
                type=EventType.MESSAGE_COMPLETED,
                agent=self._pending_agent,
                payload={"message_id": self.reply_id, "chars": len("".join(self.answer))},
            )
            await self._write(lambda s: runs.append_event(s, run_id=self.run_id, emit=done_msg))
        text = "".join(self.answer)

        def commit(s: Session) -> RunEvent:
            conv = s.get(Conversation, request.conversation_id)
            assert conv is not None
            conversations.add_message(
                s,
                conversation=conv,
                role="assistant",
                content=text,
                run_id=self.run_id,
                message_id=self.reply_id,
            )
            runs.set_fields(s, run_id=self.run_id, reply_message_id=self.reply_id)
            terminal = Emit(
                type=EventType.RUN_COMPLETED,
                payload={
                    "status": "completed",
                    "reply_message_id": self.reply_id,
                    "analysis_result_id": self.result_id,
                },
            )
            return runs.append_event(s, run_id=self.run_id, emit=terminal)

        await self._write(commit)
        await self._done()

    async def finish_terminal(self, status: RunStatus, error: dict[str, Any]) -> None:
        """End the run as failed, cancelled or interrupted, carrying the problem object."""
        await self._settle()
        if not self._terminal_stored:
            await self.flush()
            terminal = Emit(
                type=TERMINAL_STATUS_EVENT[status], payload={"status": status.value, "error": error}
            )
            await self._write(lambda s: runs.append_event(s, run_id=self.run_id, emit=terminal))
        await self._done()

    async def _done(self) -> None:
        if self._done_stored:
            return
        await self._write(
            lambda s: runs.append_event(s, run_id=self.run_id, emit=Emit(type=EventType.DONE))
        )

    async def _delta(self, emit: Emit) -> None:
        text = str(emit.payload.get("text", ""))
        if not text:
            return
        if not self._message_started:
            self._message_started = True
            created = Emit(
                type=EventType.MESSAGE_CREATED,
                agent=emit.agent,
                payload={"message_id": self.reply_id, "role": "assistant"},
            )
            await self._write(lambda s: runs.append_event(s, run_id=self.run_id, emit=created))
        self.answer.append(text)
        self._pending.append(text)
        self._pending_agent = emit.agent
        size = sum(len(p) for p in self._pending)
        if size >= COALESCE_CHARS or time.monotonic() - self._last_flush >= COALESCE_SECONDS:
            await self.flush()

    async def _store_result(self, emit: Emit) -> None:
        payload = dict(emit.payload)
        parameters = payload.get("parameters") or {}
        digest = input_hash(payload.get("inputs") or {}, parameters)

        def write(s: Session) -> RunEvent:
            run = runs.get_run(s, run_id=self.run_id, user_id=None)
            row = results.save_result(
                s,
                input_hash=digest,
                user_id=run.user_id,
                parameters=parameters,
                summary=str(payload.get("summary", "")),
                result=payload,
            )
            runs.set_fields(s, run_id=self.run_id, analysis_result_id=row.id)
            self.result_id = row.id
            stored = Emit(
                type=emit.type, agent=emit.agent, payload={**payload, "result_id": row.id}
            )
            return runs.append_event(s, run_id=self.run_id, emit=stored)

        await self._write(write)

    async def _write(self, fn: Any) -> None:
        # A cancelled run's task stops waiting, but its worker thread still commits the event:
        # shielded, the write also publishes, and the terminal events wait for it (_settle),
        # so nothing is numbered between them or after `done`.
        self._inflight = asyncio.ensure_future(self._store_and_publish(fn))
        await asyncio.shield(self._inflight)

    async def _store_and_publish(self, fn: Any) -> None:
        event: RunEvent = await self._db.run(fn)
        self._terminal_stored |= event.terminal
        self._done_stored |= event.type == EventType.DONE
        self._bus.publish(event)

    async def _settle(self) -> None:
        """Let a write a cancellation left in flight end (a run cancelled completing stays so)."""
        inflight = self._inflight
        if inflight is None:
            return
        if not inflight.done():
            await asyncio.wait({inflight})
        if not inflight.cancelled() and inflight.exception() is not None:
            log.warning("a run's event write failed: %s", inflight.exception())


def input_hash(inputs: dict[str, Any], parameters: dict[str, Any]) -> str:
    """A stable digest of what an analysis was computed from (logs and parameters)."""
    blob = json.dumps({"inputs": inputs, "parameters": parameters}, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()
