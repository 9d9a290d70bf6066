"""Answers over the new log shapes: 'what went wrong?' without levels named (the error and
warning patterns of a log that has levels, every pattern of one that has none), and durations
of a log without HTTP statuses."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from agents.contracts import Context, LogRef, RunRequest
from agents.orchestrator import AgentOrchestrator
from analyzer.events import EventType, Intent
from analyzer.logs.ingest import ingest

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "logs"


def _log(tmp: Path, name: str) -> LogRef:
    profile = ingest(FIXTURES / name, tmp / "store", log_id="x", filename=name)
    return LogRef("x", name, "ready", profile.model_dump(mode="json"), str(tmp / "store"))


def _answer(log: LogRef, question: str) -> str:
    orchestrator = AgentOrchestrator(lambda _id: Path(log.store_dir or ""))
    request = RunRequest("r", "c", "u", "m", question, Intent.ANALYSIS, Context(logs=[log]))

    async def collect() -> str:
        return "".join(
            [
                e.payload["text"]
                async for e in orchestrator.run(request)
                if e.type == EventType.MESSAGE_DELTA
            ]
        )

    return asyncio.run(collect())


def test_the_problems_of_a_log_with_levels_are_its_error_patterns(tmp_path: Path) -> None:
    answer = _answer(_log(tmp_path, "compose.log"), "what went wrong?")
    # (nginx's upstream timeout among them, a line of a format too rare to detect)
    assert "**5** ERROR, **1** FATAL, **1** WARN" in answer
    assert "upstream timed out" in answer
    assert "`sorry, too many clients already`" in answer
    assert "`Slow request GET <*> took <*> ms`" in answer
    # the services starting up are not what went wrong
    assert "database system is ready" not in answer and "Attaching to" not in answer


@pytest.mark.parametrize("name", ["zeek_conn.log"])
def test_a_log_without_levels_still_shows_its_patterns(name: str, tmp_path: Path) -> None:
    answer = _answer(_log(tmp_path, name), "what went wrong?")
    assert "times," in answer  # a pattern with its count and time span


def test_durations_without_statuses_report_their_own_coverage(tmp_path: Path) -> None:
    answer = _answer(_log(tmp_path, "lambda.log"), "what is the p95 duration?")
    assert "Durations over **4** events" in answer
    assert "Showing 4 of 4 events with the field" in answer
