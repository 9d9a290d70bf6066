"""A scripted orchestrator for browser tests: real steps, a streamed answer citing a real line."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from agents.contracts import LogRef, RunRequest
from analyzer.events import (
    Emit,
    EventType,
    message_delta,
    step_completed,
    step_created,
    warning,
)

CITED_LINE = 3


class CitingOrchestrator:
    """Answers every question with steps, a warning, a chart and a citation of line 3.

    The cited text is read from the uploaded file on disk (DATA_DIR/logs/<id>/raw.log), so the
    test can check that the viewer shows the very line the answer cites. `delay` slows the
    answer down (for reloading in the middle of it); `hold` keeps the run open until shutdown.
    """

    def __init__(self, data_dir: Path, *, delay: float = 0.02, pieces: int = 12) -> None:
        self.data_dir = data_dir
        self.delay = delay
        self.pieces = pieces
        self.hold = False

    def raw_line(self, log: LogRef, line: int) -> str:
        """The text of one line of an upload (empty when the file is not there)."""
        path = self.data_dir / "logs" / log.log_id / "raw.log"
        if not path.exists():
            return ""
        with path.open(encoding="utf-8", errors="replace") as lines:
            for number, text in enumerate(lines, start=1):
                if number == line:
                    return text.rstrip("\n")
        return ""

    async def run(self, request: RunRequest) -> AsyncIterator[Emit]:
        """Yield a plausible analysis: steps, one query, a warning, the answer and its result."""
        logs = request.context.logs
        yield step_created("parameter", "p", "Reading the question")
        yield step_completed("parameter", "p", "count of ERROR lines, whole log", 12.0)
        yield step_created("planning", "pl", "Planning the queries")
        yield step_completed("planning", "pl", "1 query: count_by_time", 4.0)
        yield step_created("analyze", "a", "Running the queries")
        yield Emit(
            type=EventType.TOOL_CALLED,
            agent="analyze",
            payload={
                "call_id": "q1",
                "primitive": "count_by_time",
                "arguments": {"level": "ERROR"},
            },
        )
        yield Emit(
            type=EventType.TOOL_RESULT,
            agent="analyze",
            payload={
                "call_id": "q1",
                "coverage": "10 of 10 lines, window 10:00–10:01",
                "duration_ms": 3.2,
            },
        )
        yield step_completed("analyze", "a", "3 ERROR lines", 8.0)
        yield warning(
            "LLM_UNAVAILABLE", "No language model reachable; answered by the built-in analyzer."
        )
        if self.hold:  # stay in progress until the server shuts down
            await asyncio.Event().wait()
        answer = self.answer(logs)
        size = max(1, len(answer) // self.pieces)
        yield step_created("report", "r", "Writing the answer")
        for start in range(0, len(answer), size):
            await asyncio.sleep(self.delay)
            yield message_delta(answer[start : start + size])
        yield Emit(type=EventType.RESULT_CREATED, agent="report", payload=self.result(logs, answer))
        yield step_completed("report", "r", "answer written", 30.0)

    def answer(self, logs: list[LogRef]) -> str:
        """The markdown answer: direct answer first, then the cited line."""
        if not logs:
            return "There is no log attached to this conversation yet. Upload one first."
        log = logs[0]
        cite = f"[{log.filename}:{CITED_LINE}](#cite={log.log_id}:{CITED_LINE})"
        numbered = " ".join(f"step {i} of the count is done." for i in range(1, 9))
        return (
            f"There are **3 errors** in `{log.filename}`; "
            f"the first is a database timeout {cite}.\n\n"
            f"- Database timeouts: 2\n- Checkout failures: 1\n\n{numbered}\nEND-OF-ANSWER"
        )

    def result(self, logs: list[LogRef], answer: str) -> dict[str, Any]:
        """The result object of the answer-and-citation contract."""
        evidence = [
            {"log_id": log.log_id, "line": CITED_LINE, "text": self.raw_line(log, CITED_LINE)}
            for log in logs[:1]
        ]
        buckets = [f"2024-03-01T10:00:{s:02d}Z" for s in range(0, 10)]
        return {
            "answer": answer,
            "parameters": {
                "measure": "count",
                "levels": ["ERROR"],
                "time_window": {"start": "2024-03-01T10:00:00Z", "end": "2024-03-01T10:00:10Z"},
            },
            "findings": [{"claim": "3 ERROR lines", "verified": True, "evidence": evidence}],
            "coverage": {
                "lines_scanned": 10,
                "time_window": {"start": "10:00:00", "end": "10:00:09"},
                "filters": {"level": "ERROR"},
                "shown": 3,
                "total": 3,
            },
            "charts": [
                {
                    "kind": "timeline",
                    "title": "ERROR lines per second",
                    "buckets": buckets,
                    "series": [{"name": "ERROR", "values": [0, 0, 1, 0, 0, 1, 0, 1, 0, 0]}],
                    "marks": [{"start": buckets[2], "end": buckets[7], "label": "errors"}],
                }
            ],
            "result_id": None,
        }
