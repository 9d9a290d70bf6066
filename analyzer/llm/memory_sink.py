"""An in-memory ledger sink: the recorder's twin of the database, with a switch to fail."""

from __future__ import annotations

import asyncio
from typing import Any


class SinkDown(ConnectionError):
    """Raised by `InMemorySink` while it pretends the database is unavailable."""


class InMemorySink:
    """Keeps rows by id, ignoring repeats like an insert-or-ignore table."""

    def __init__(self, *, fail: bool = False, delay_s: float = 0.0) -> None:
        self.fail = fail
        self.delay_s = delay_s
        self.rows: dict[str, dict[str, Any]] = {}
        self.duplicates = 0
        self.batches: list[int] = []
        self.failures = 0

    async def write(self, rows: list[dict[str, Any]]) -> None:
        """Store the rows, or raise `SinkDown` while `fail` is set."""
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        if self.fail:
            self.failures += 1
            raise SinkDown("ledger database unavailable")
        self.batches.append(len(rows))
        for row in rows:
            if row["id"] in self.rows:
                self.duplicates += 1
            else:
                self.rows[row["id"]] = row
