"""LogService: uploads become ingested, queryable logs in the background, with live progress."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import shutil
import threading
import weakref
from collections import defaultdict
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import duckdb

from analyzer.db import logs as repo
from analyzer.db.engine import Database
from analyzer.db.models import LogFile
from analyzer.db.types import new_id
from analyzer.errors import AppError, ErrorCode, problem
from analyzer.logs.detect import format_names, is_known
from analyzer.logs.ingest import IngestCancelled, IngestProgress, check_timezone, ingest
from analyzer.logs.reader import LINE_FIELDS, LineFilter, check_regex, filtered_lines
from analyzer.logs.search import LineRow, LinesArgs, lines
from analyzer.logs.store import LogStore
from analyzer.logs.upload import normalize_upload

log = logging.getLogger(__name__)
TERMINAL = ("ingest.completed", "ingest.failed")
T = TypeVar("T")


@dataclass(frozen=True)
class LogPaths:
    """Where one upload's files live under DATA_DIR."""

    root: Path

    @property
    def raw(self) -> Path:
        """The plain-text log every citation points into."""
        return self.root / "raw.log"

    @property
    def store(self) -> Path:
        """The columnar store (Parquet) and profile."""
        return self.root / "store"


class IngestFeed:
    """Latest progress per log and live subscribers (not persisted: the row holds the outcome)."""

    def __init__(self) -> None:
        self.latest: dict[str, dict[str, Any]] = {}
        self._subs: dict[str, set[asyncio.Queue[dict[str, Any]]]] = defaultdict(set)

    def publish(self, log_id: str, event: dict[str, Any]) -> None:
        """Record and fan out one event (call on the event loop)."""
        self.latest[log_id] = event
        for queue in list(self._subs.get(log_id, ())):
            queue.put_nowait(event)

    def subscribe(self, log_id: str) -> asyncio.Queue[dict[str, Any]]:
        """Receive the log's events from now on."""
        queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self._subs[log_id].add(queue)
        return queue

    def unsubscribe(self, log_id: str, queue: asyncio.Queue[dict[str, Any]]) -> None:
        """Stop receiving."""
        self._subs[log_id].discard(queue)
        if not self._subs[log_id]:
            del self._subs[log_id]


def _check_choices(fmt: str | None, tz: str | None) -> None:
    """VALIDATION_FAILED for a forced format or a timezone that does not exist."""
    if fmt is not None and not is_known(fmt):
        known = ", ".join(sorted(format_names()))
        raise AppError(ErrorCode.VALIDATION_FAILED, f"format: unknown {fmt!r}; known: {known}")
    if tz is not None:
        check_timezone(tz)


class LogService:
    """Accepts uploads, ingests them on worker threads, reports progress, deletes cleanly."""

    def __init__(self, db: Database, data_dir: Path, *, timezone: str, max_bytes: int) -> None:
        self._db = db
        self._root = data_dir / "logs"
        self._timezone = timezone
        self._max_bytes = max_bytes
        self.feed = IngestFeed()
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._cancels: dict[str, threading.Event] = {}
        # uploads of the same bytes by one user are accepted one at a time, so that the second
        # finds the first's row (in this process: two processes may still store both)
        self._accepting: weakref.WeakValueDictionary[tuple[str, str], asyncio.Lock] = (
            weakref.WeakValueDictionary()
        )

    def paths(self, log_id: str) -> LogPaths:
        """The folder of one upload."""
        return LogPaths(self._root / log_id)

    def staging_file(self) -> Path:
        """A fresh path to receive an upload into."""
        staging = self._root / "_staging"
        staging.mkdir(parents=True, exist_ok=True)
        return staging / f"{new_id()}.part"

    async def accept(
        self,
        *,
        user_id: str,
        staged: Path,
        filename: str,
        size: int,
        sha256: str,
        format_override: str | None,
        timezone_override: str | None = None,
    ) -> tuple[str, bool]:
        """Check and normalise an upload, register it and start ingesting it; an identical
        earlier upload of the same user (the same format and timezone chosen) is reused, also
        one arriving at the same moment. A rejected upload leaves nothing behind."""
        # (a lock lives while an upload holds or awaits it)
        async with self._accepting.setdefault((user_id, sha256), asyncio.Lock()):
            try:
                _check_choices(format_override, timezone_override)
                same = await self._db.run(
                    lambda s: repo.find_duplicate(
                        s,
                        user_id=user_id,
                        sha256=sha256,
                        format_override=format_override,
                        timezone_override=timezone_override,
                    )
                )
                if same is not None:
                    self._check_stored_size(same.id)
                    return same.id, False
                log_id = new_id()
                paths = self.paths(log_id)
                paths.root.mkdir(parents=True, exist_ok=True)
                try:
                    await asyncio.to_thread(
                        normalize_upload,
                        staged,
                        paths.raw,
                        filename=filename,
                        max_bytes=self._max_bytes,
                    )
                except BaseException:
                    await asyncio.to_thread(shutil.rmtree, paths.root, True)
                    raise
            finally:
                staged.unlink(missing_ok=True)
            await self._db.run(
                lambda s: repo.create_log(
                    s,
                    log_id=log_id,
                    user_id=user_id,
                    filename=filename,
                    sha256=sha256,
                    size_bytes=size,
                    format_override=format_override,
                    timezone_override=timezone_override,
                )
            )
            self._start(log_id, filename, format_override, timezone_override)
            return log_id, True

    def _check_stored_size(self, log_id: str) -> None:
        """PAYLOAD_TOO_LARGE when the stored text of an upload about to be reused exceeds the
        size limit (lowered since it was stored): the same bytes uploaded anew would be
        refused once decompressed."""
        raw = self.paths(log_id).raw
        size = raw.stat().st_size if raw.exists() else 0
        if size > self._max_bytes:
            raise AppError(
                ErrorCode.PAYLOAD_TOO_LARGE,
                f"the log is larger than {self._max_bytes} bytes once decompressed",
            )

    def _start(self, log_id: str, filename: str, fmt: str | None, tz: str | None) -> None:
        cancel = threading.Event()
        self._cancels[log_id] = cancel
        self.feed.publish(log_id, {"type": "ingest.progress", "phase": "queued", "lines_done": 0})
        task = asyncio.create_task(self._ingest(log_id, filename, fmt, tz, cancel))
        self._tasks[log_id] = task
        task.add_done_callback(lambda _t: self._forget(log_id))

    def _forget(self, log_id: str) -> None:
        self._tasks.pop(log_id, None)
        self._cancels.pop(log_id, None)

    async def _ingest(
        self, log_id: str, filename: str, fmt: str | None, tz: str | None, cancel: threading.Event
    ) -> None:
        loop = asyncio.get_running_loop()

        def progress(p: IngestProgress) -> None:
            event = {"type": "ingest.progress", **dataclasses.asdict(p)}
            loop.call_soon_threadsafe(self.feed.publish, log_id, event)

        paths = self.paths(log_id)
        profile: dict[str, Any] | None = None
        error: dict[str, Any] | None = None
        try:
            profile = await asyncio.to_thread(
                self._ingest_sync, log_id, paths, filename, fmt, tz, cancel, progress
            )
            if cancel.is_set():  # deleted as its last chunk was written: nothing to finish
                raise IngestCancelled(log_id)
        except IngestCancelled:
            # (a stream following the ingestion ends with it, as every stream does)
            gone = problem(ErrorCode.LOG_NOT_FOUND, "the log was deleted while it was ingested")
            self.feed.publish(log_id, {"type": "ingest.failed", "profile": None, "error": gone})
            return
        except AppError as exc:
            error = exc.problem()
        except Exception:
            log.exception("ingestion failed")
            error = problem(ErrorCode.GENERIC_ERROR, "ingestion failed unexpectedly")
        if error is not None:
            shutil.rmtree(paths.store, ignore_errors=True)
        await self._db.run(lambda s: repo.finish(s, log_id=log_id, profile=profile, error=error))
        kind = "ingest.failed" if error else "ingest.completed"
        self.feed.publish(log_id, {"type": kind, "profile": profile, "error": error})

    def _ingest_sync(
        self, log_id: str, paths: LogPaths, filename: str, fmt: str | None, tz: str | None,
        cancel: threading.Event, progress: Any,
    ) -> dict[str, Any]:  # fmt: skip
        shutil.rmtree(paths.store, ignore_errors=True)
        result = ingest(
            paths.raw, paths.store, log_id=log_id, filename=filename, format_override=fmt,
            timezone=tz or self._timezone, progress=progress, cancel=cancel,
            infer_offset=tz is None,
        )  # fmt: skip
        profile: dict[str, Any] = result.model_dump(mode="json")
        return profile

    async def wait(self, log_id: str) -> None:
        """Until the log's ingestion (if running here) has finished."""
        task = self._tasks.get(log_id)
        if task is not None:
            await asyncio.shield(task)

    async def reingest(
        self,
        *,
        log_id: str,
        user_id: str,
        format_override: str | None,
        timezone_override: str | None = None,
    ) -> None:
        """Parse an upload again, e.g. with a forced format or in another timezone (None:
        the detected format, the service's LOG_TIMEZONE)."""
        _check_choices(format_override, timezone_override)

        def mark(s: Any) -> str:
            row = repo.get_log(s, log_id=log_id, user_id=user_id)
            if row.status == "ingesting":
                raise AppError(ErrorCode.LOG_NOT_READY, "the log is still being ingested")
            row.status, row.error = "ingesting", None
            row.format_override, row.timezone_override = format_override, timezone_override
            return row.filename

        filename = await self._db.run(mark)
        self._start(log_id, filename, format_override, timezone_override)

    async def delete(self, *, log_id: str, user_id: str) -> None:
        """Hide the log now, stop its ingestion, then remove its files."""
        await self._db.run(
            lambda s: repo.mark_deleted(s, log=repo.get_log(s, log_id=log_id, user_id=user_id))
        )
        cancel = self._cancels.get(log_id)
        if cancel is not None:
            cancel.set()
            task = self._tasks.get(log_id)
            if task is not None:
                await asyncio.wait({task}, timeout=30)
        await asyncio.to_thread(shutil.rmtree, self.paths(log_id).root, True)
        self.feed.latest.pop(log_id, None)

    async def follow(
        self, log_id: str, status: str, row_event: dict[str, Any]
    ) -> AsyncIterator[dict[str, Any]]:
        """Progress events until ingestion ends (at once, from the row, if it already has).

        The row was read before this stream started: an ingestion that ended in between has
        published its outcome already, with the profile the row did not yet hold."""
        queue = self.feed.subscribe(log_id)
        try:
            latest = self.feed.latest.get(log_id)
            outcome = latest if latest is not None and latest["type"] in TERMINAL else None
            if status != "ingesting" or log_id not in self._tasks:
                yield outcome if outcome is not None and status == "ingesting" else row_event
                return
            if latest is not None:
                yield latest
            if outcome is not None:  # nothing more will come to the queue
                return
            while True:
                event = await queue.get()
                yield event
                if event["type"] in TERMINAL:
                    return
        finally:
            self.feed.unsubscribe(log_id, queue)

    async def lines(self, log_id: str, *, start: int, end: int) -> dict[str, Any]:
        """Raw lines start..end with their parsed fields (the log viewer's page)."""

        def read(store: LogStore) -> dict[str, Any]:
            result = lines(store, LinesArgs(log_id=log_id, start=start, end=end))
            total = store.upload(log_id).line_count
            following = end + 1 if end < total else None
            return {"total_lines": total, **result.model_dump(mode="json"), "next_start": following}

        return await self._query(log_id, read)

    async def filtered_lines(
        self, log_id: str, *, flt: LineFilter, start: int, end: int | None, limit: int
    ) -> dict[str, Any]:
        """Up to `limit` lines from `start` on (to `end`) that pass the filter, with their line
        numbers, and `next_start` for the next page (None when nothing further matches)."""

        def read(store: LogStore) -> dict[str, Any]:
            upload, conn = store.upload(log_id), store.cursor()
            if flt.text and flt.regex:
                check_regex(conn, flt.text)
            found = filtered_lines(
                conn, log_id=log_id, raw=upload.raw, offsets=upload.offsets, flt=flt,
                start=start, end=end or upload.line_count, limit=limit,
            )  # fmt: skip
            rows = [
                LineRow(log_id=log_id, **dict(zip(LINE_FIELDS, r, strict=True))) for r in found.rows
            ]
            return {
                "total_lines": upload.line_count,
                "lines": [row.model_dump(mode="json") for row in rows],
                "next_start": found.next_start,
                "scanned_to": found.scanned_to,
                "filters": {"level": list(flt.levels), "source": list(flt.sources),
                            "q": flt.text, "regex": flt.regex},
            }  # fmt: skip

        return await self._query(log_id, read)

    async def _query(self, log_id: str, read: Callable[[LogStore], T]) -> T:
        """Run `read` over the log's store on a worker thread."""

        def work() -> T:
            with LogStore.open([(log_id, self.paths(log_id).store)]) as store:
                return read(store)

        try:
            return await asyncio.to_thread(work)
        except (FileNotFoundError, duckdb.IOException) as exc:  # deleted while being read
            raise AppError(ErrorCode.LOG_NOT_FOUND, f"log {log_id} is gone") from exc

    async def recover(self) -> int:
        """Restart ingestions a previous process left unfinished."""
        rows: list[LogFile] = await self._db.run(repo.interrupted_ingests)
        for row in rows:
            paths = self.paths(row.id)
            if paths.raw.exists():
                self._start(row.id, row.filename, row.format_override, row.timezone_override)
            else:
                await self._lost(row.id)
        return len(rows)

    async def _lost(self, log_id: str) -> None:
        err = problem(ErrorCode.GENERIC_ERROR, "the upload was lost before ingestion")
        await self._db.run(lambda s: repo.finish(s, log_id=log_id, profile=None, error=err))

    async def shutdown(self) -> None:
        """Stop ingestions (they restart on the next start)."""
        for cancel in self._cancels.values():
            cancel.set()
        if self._tasks:
            await asyncio.wait(list(self._tasks.values()), timeout=10)
