"""Scripted orchestrators for run tests: slow streams, blocking runs, failures."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

from agents.contracts import RunRequest
from analyzer.errors import AppError, ErrorCode
from analyzer.events import Emit, EventType, message_delta, step_completed, step_created


class SlowOrchestrator:
    """Streams `pieces` of an answer, `delay` seconds apart, inside one step."""

    def __init__(self, pieces: list[str], delay: float = 0.05) -> None:
        self.pieces = pieces
        self.delay = delay

    async def run(self, request: RunRequest) -> AsyncIterator[Emit]:
        """Yield a step, then the answer piece by piece."""
        yield step_created("report", "s1", "Writing the answer")
        for piece in self.pieces:
            await asyncio.sleep(self.delay)
            yield message_delta(piece)
        yield step_completed("report", "s1", "done", 1.0)


class BlockingOrchestrator:
    """Starts answering, then waits until released (or cancelled)."""

    def __init__(self) -> None:
        self.release = asyncio.Event()
        self.started = 0

    async def run(self, request: RunRequest) -> AsyncIterator[Emit]:
        """Yield one delta, then block."""
        self.started += 1
        yield message_delta("thinking…")
        await self.release.wait()
        yield message_delta(" released")


class FailingOrchestrator:
    """Fails after one step, with an AppError or an unexpected exception."""

    def __init__(self, unexpected: bool = False) -> None:
        self.unexpected = unexpected

    async def run(self, request: RunRequest) -> AsyncIterator[Emit]:
        """Yield a step, then raise."""
        yield Emit(type=EventType.STEP_CREATED, agent="analyze", payload={"step_id": "a"})
        if self.unexpected:
            raise RuntimeError("secret internal detail: SELECT * FROM users")
        raise AppError(ErrorCode.LLM_TIMEOUT, "the model did not answer in time")
