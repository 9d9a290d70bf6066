"""An upload's progress stream (`LogService.follow`) ends with the ingestion's outcome, whenever
the stream starts: the route reads the log's row, then the stream subscribes, and the ingestion
may end in between."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from analyzer.chat.logs import LogService

STALE_ROW = {"type": "ingest.completed", "profile": None, "error": None}
OUTCOME = {"type": "ingest.completed", "profile": {"line_count": 10}, "error": None}


async def _stream(service: LogService, status: str) -> list[dict[str, Any]]:
    async def read() -> list[dict[str, Any]]:
        return [event async for event in service.follow("log1", status, STALE_ROW)]

    return await asyncio.wait_for(read(), timeout=2)


def _service(tmp_path: Path) -> LogService:
    return LogService(None, tmp_path, timezone="UTC", max_bytes=1 << 20)  # type: ignore[arg-type]


def test_an_outcome_published_before_the_stream_subscribed_ends_it(tmp_path: Path) -> None:
    """The ingestion's task had not yet been forgotten: the stream waited on its queue for an
    event that had come already, and the web client's card never turned ready."""

    async def scenario() -> list[dict[str, Any]]:
        service = _service(tmp_path)
        running = asyncio.create_task(asyncio.sleep(10))
        service._tasks["log1"] = running
        service.feed.publish("log1", OUTCOME)
        try:
            return await _stream(service, "ingesting")
        finally:
            running.cancel()

    assert asyncio.run(scenario()) == [OUTCOME]


def test_an_ingestion_that_ended_after_the_row_was_read_gives_its_profile(tmp_path: Path) -> None:
    async def scenario() -> list[dict[str, Any]]:
        service = _service(tmp_path)
        service.feed.publish("log1", OUTCOME)  # and its task is gone
        return await _stream(service, "ingesting")

    assert asyncio.run(scenario()) == [OUTCOME]


def test_a_running_ingestion_streams_until_its_outcome(tmp_path: Path) -> None:
    async def scenario() -> list[dict[str, Any]]:
        service = _service(tmp_path)
        running = asyncio.create_task(asyncio.sleep(10))
        service._tasks["log1"] = running
        progress = {"type": "ingest.progress", "phase": "parsing", "lines_done": 5}
        service.feed.publish("log1", progress)
        loop = asyncio.get_running_loop()
        loop.call_later(0.05, service.feed.publish, "log1", OUTCOME)
        try:
            return await _stream(service, "ingesting")
        finally:
            running.cancel()

    events = asyncio.run(scenario())
    assert [e["type"] for e in events] == ["ingest.progress", "ingest.completed"]


def test_a_finished_log_gives_its_row(tmp_path: Path) -> None:
    ready = {"type": "ingest.completed", "profile": {"line_count": 3}, "error": None}

    async def scenario() -> list[dict[str, Any]]:
        service = _service(tmp_path)
        return [event async for event in service.follow("log1", "ready", ready)]

    assert asyncio.run(scenario()) == [ready]
