"""In-process publish/subscribe of run events (the live half of persist-then-publish)."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from typing import Protocol

from analyzer.events import RunEvent

SUBSCRIBER_QUEUE = 1024


class Subscription:
    """A live feed of one run's events; overflow is noticed and repaired from the database."""

    def __init__(self, run_id: str) -> None:
        self.run_id = run_id
        self.queue: asyncio.Queue[RunEvent] = asyncio.Queue(SUBSCRIBER_QUEUE)
        self.overflowed = False

    def offer(self, event: RunEvent) -> None:
        """Deliver without blocking the publisher; a full queue marks a gap to re-read."""
        try:
            self.queue.put_nowait(event)
        except asyncio.QueueFull:
            self.overflowed = True


class EventBus(Protocol):
    """Fan-out of run events to live subscribers."""

    def subscribe(self, run_id: str) -> Subscription:
        """Start receiving the run's events published from now on."""
        ...

    def unsubscribe(self, sub: Subscription) -> None:
        """Stop receiving."""
        ...

    def publish(self, event: RunEvent) -> None:
        """Deliver an already persisted event to every subscriber of its run."""
        ...


class InMemoryEventBus:
    """The single-process bus (a Redis bus would take its place when scaled out)."""

    def __init__(self) -> None:
        self._subs: dict[str, set[Subscription]] = defaultdict(set)

    def subscribe(self, run_id: str) -> Subscription:
        """Start receiving the run's events published from now on."""
        sub = Subscription(run_id)
        self._subs[run_id].add(sub)
        return sub

    def unsubscribe(self, sub: Subscription) -> None:
        """Stop receiving."""
        subs = self._subs.get(sub.run_id)
        if subs is not None:
            subs.discard(sub)
            if not subs:
                del self._subs[sub.run_id]

    def publish(self, event: RunEvent) -> None:
        """Deliver an already persisted event to every subscriber of its run."""
        for sub in list(self._subs.get(event.run_id, ())):
            sub.offer(event)

    def subscriber_count(self, run_id: str) -> int:
        """How many streams follow a run (for tests and metrics)."""
        return len(self._subs.get(run_id, ()))
