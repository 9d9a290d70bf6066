"""The non-blocking ledger recorder: a bounded queue, one batch writer, a spill file."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from analyzer.llm.content import apply_content
from analyzer.llm.pricing import PriceTable, apply_price
from analyzer.llm.record import CallRecord, ContentMode, row_from_json, row_to_json
from analyzer.llm.spill import SpillFile, read_lines

log = logging.getLogger(__name__)
Prepared = tuple[dict[str, Any], str]
PREPARE_SLICE = 16  # records masked and encoded between yields to the event loop


class LedgerSink(Protocol):
    """Where batches of `llm_calls` rows go; must ignore rows whose id it already has."""

    async def write(self, rows: list[dict[str, Any]]) -> None:
        """Insert the rows (insert-or-ignore by id); may raise when the store is down."""
        ...


@dataclass(frozen=True)
class RecorderStats:
    """Counters for `/api/metrics`."""

    queue_depth: int
    written: int
    dropped: int
    spilled: int
    replayed: int
    writer_lag_seconds: float


class Recorder:
    """Takes call records without waiting and writes them in batches from one task."""

    def __init__(
        self,
        sink: LedgerSink,
        *,
        spill_dir: Path,
        queue_size: int = 10_000,
        batch_size: int = 200,
        flush_interval: float = 0.2,
        spill_max_bytes: int = 16 * 1024 * 1024,
        spill_files_kept: int = 8,
        mirror_jsonl: Path | None = None,
        content_mode: ContentMode = "redacted",
        prices: PriceTable | None = None,
        retry_initial_s: float = 0.5,
        retry_max_s: float = 10.0,
    ) -> None:
        self.sink = sink
        self.content_mode: ContentMode = content_mode
        self._queue: deque[tuple[float, CallRecord]] = deque()
        self._queue_size, self._batch_size = queue_size, batch_size
        self._flush_interval = flush_interval
        self._spill = SpillFile(spill_dir, max_bytes=spill_max_bytes, files_kept=spill_files_kept)
        self._mirror = mirror_jsonl
        self._prices = prices
        self._retry_initial, self._retry_max = retry_initial_s, retry_max_s
        self._backoff, self._retry_at = retry_initial_s, 0.0
        self._wake = asyncio.Event()
        self._replay_lock = asyncio.Lock()
        self._task: asyncio.Task[None] | None = None
        self._stopping, self._busy = False, False
        self._spill_pending = self._spill.has_data()
        self._written = self._dropped = self._spilled = self._replayed = 0

    def record(self, rec: CallRecord) -> None:
        """Queue a record without waiting; spill it when the queue is full; never raise."""
        try:
            if len(self._queue) >= self._queue_size:
                self._spill_prepared(self._prepare_all([rec]))
                return
            self._queue.append((time.monotonic(), rec))
            if len(self._queue) >= self._batch_size:
                self._wake.set()  # a full batch is written at once; smaller ones wait a tick
        except Exception:
            self._dropped += 1
            log.exception("ledger record %s dropped", getattr(rec, "id", "?"))

    def stats(self) -> RecorderStats:
        """The current counters."""
        lag = time.monotonic() - self._queue[0][0] if self._queue else 0.0
        return RecorderStats(
            queue_depth=len(self._queue),
            written=self._written,
            dropped=self._dropped + self._spill.lines_dropped,
            spilled=self._spilled,
            replayed=self._replayed,
            writer_lag_seconds=lag,
        )

    async def start(self) -> None:
        """Start the writer task; it replays any spill left by a previous run first."""
        if self._task is None or self._task.done():
            self._stopping, self._retry_at = False, 0.0
            self._task = asyncio.create_task(self._run(), name="llm-ledger-writer")
            self._task.add_done_callback(_log_crash)

    async def stop(self, deadline_s: float = 5.0) -> None:
        """Drain the queue within `deadline_s`; what is left goes to the spill file."""
        self._stopping = True
        self._wake.set()
        task, self._task = self._task, None
        if task is not None:
            try:
                await asyncio.wait_for(asyncio.shield(task), deadline_s)
            except TimeoutError:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        self._spill_queue()

    async def flush(self) -> None:
        """Wait until the writer has handled everything queued so far (for tests and shutdown)."""
        while self._task is not None and not self._task.done() and (self._queue or self._busy):
            self._wake.set()
            await asyncio.sleep(0.002)

    async def replay_spill(self) -> int:
        """Re-insert spilled rows oldest first; returns how many; backs off if the sink fails."""
        async with self._replay_lock:
            self._spill_pending = False
            done = 0
            try:
                for path in self._spill.seal():
                    done += await self._replay_segment(path)
            except Exception as exc:
                self._spill_pending = True
                self._sink_failed(exc)
                return done
            self._backoff, self._retry_at = self._retry_initial, 0.0
            return done

    async def _replay_segment(self, path: Path) -> int:
        """Write one segment in batches, then delete it (a partial retry is absorbed by ids)."""
        lines = read_lines(path)
        for start in range(0, len(lines), self._batch_size):
            rows = [self._decode(line) for line in lines[start : start + self._batch_size]]
            await self.sink.write([r for r in rows if r is not None])
        path.unlink(missing_ok=True)
        self._replayed += len(lines)
        return len(lines)

    async def _run(self) -> None:
        """The writer loop: replay when due, write batches, idle until woken."""
        while True:
            if self._spill_pending and not self._sink_down() and not self._stopping:
                await self.replay_spill()
            batch = self._take()
            if batch:
                await self._write(batch)
            elif self._stopping:
                return
            else:
                await self._idle()

    def _take(self) -> list[CallRecord]:
        """Up to one batch of queued records, oldest first."""
        count = min(self._batch_size, len(self._queue))
        self._busy = count > 0
        return [self._queue.popleft()[1] for _ in range(count)]

    async def _idle(self) -> None:
        """Sleep until a batch fills up, the flush interval passes, or stop is asked."""
        self._wake.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), self._flush_interval)

    async def _write(self, batch: Sequence[CallRecord]) -> None:
        """Insert one batch; on failure spill it and back off; never raise but on cancel."""
        prepared = await self._prepare_yielding(batch)
        self._mirror_lines(prepared)
        try:
            if not prepared:
                return
            if self._sink_down():
                self._spill_prepared(prepared)
                return
            await self.sink.write([row for row, _ in prepared])
            self._written += len(prepared)
        except asyncio.CancelledError:
            self._spill_prepared(prepared)
            raise
        except Exception as exc:
            self._spill_prepared(prepared)
            self._sink_failed(exc)
        finally:
            self._busy = False

    async def _prepare_yielding(self, batch: Sequence[CallRecord]) -> list[Prepared]:
        """Prepare a batch in slices, yielding to the loop so calls in flight never wait long."""
        out: list[Prepared] = []
        for start in range(0, len(batch), PREPARE_SLICE):
            out += self._prepare_all(batch[start : start + PREPARE_SLICE])
            await asyncio.sleep(0)
        return out

    def _prepare_all(self, records: Sequence[CallRecord]) -> list[Prepared]:
        """Rows and JSON lines for the records that can be serialised; the rest are counted."""
        out: list[Prepared] = []
        for rec in records:
            try:
                out.append(self._prepare(rec))
            except Exception as exc:
                self._dropped += 1
                log.error("ledger record %s dropped: %s", getattr(rec, "id", "?"), exc)
        return out

    def _prepare(self, rec: CallRecord) -> Prepared:
        """Price the record, apply the content mode, and encode it once."""
        if self._prices is not None:
            apply_price(rec, self._prices)
        row = apply_content(rec.to_row(), self.content_mode)
        return row, row_to_json(row)

    def _spill_prepared(self, prepared: Sequence[Prepared]) -> None:
        """Append rows to the spill file; a failing disk drops them, counted."""
        if not prepared:
            return
        try:
            self._spilled += self._spill.append(line for _, line in prepared)
            self._spill_pending = True
        except OSError as exc:
            self._dropped += len(prepared)
            log.error("ledger spill failed, %d records dropped: %s", len(prepared), exc)

    def _spill_queue(self) -> None:
        """Move everything still queued to the spill file."""
        records = [rec for _, rec in self._queue]
        self._queue.clear()
        self._spill_prepared(self._prepare_all(records))

    def _mirror_lines(self, prepared: Sequence[Prepared]) -> None:
        """Append every record to the optional JSONL mirror; failures are only logged."""
        if self._mirror is None or not prepared:
            return
        try:
            with self._mirror.open("a", encoding="utf-8") as fh:
                fh.write("".join(line + "\n" for _, line in prepared))
        except OSError as exc:
            log.warning("ledger mirror write failed: %s", exc)

    def _decode(self, line: str) -> dict[str, Any] | None:
        """A row from a spilled line; a corrupt line is dropped and counted."""
        try:
            return row_from_json(line)
        except ValueError as exc:
            self._dropped += 1
            log.error("corrupt ledger spill line dropped: %s", exc)
            return None

    def _sink_down(self) -> bool:
        """Whether the writer is backing off after a sink failure."""
        return time.monotonic() < self._retry_at

    def _sink_failed(self, exc: Exception) -> None:
        """Schedule the next attempt with exponential backoff."""
        log.warning("ledger sink failed, retrying in %.1fs: %s", self._backoff, exc)
        self._retry_at = time.monotonic() + self._backoff
        self._backoff = min(self._backoff * 2, self._retry_max)


def _log_crash(task: asyncio.Task[None]) -> None:
    """Make a writer that died of a bug visible; records then pile up and spill, counted."""
    if not task.cancelled() and task.exception() is not None:
        log.error("ledger writer stopped", exc_info=task.exception())
