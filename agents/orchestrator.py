"""The orchestrator: parameter -> planning -> analyze -> verify -> report."""

from __future__ import annotations

from collections.abc import AsyncIterator

from agents.contracts import RunRequest
from analyzer.events import Emit, message_delta, warning

NOT_YET = (
    "Log analysis is not available yet in this version: I have not computed anything from "
    "your logs, so I will not guess an answer. Attached logs: {logs}."
)


class BuiltinOrchestrator:
    """Until the analysis agents land, say plainly that no analysis was done."""

    async def run(self, request: RunRequest) -> AsyncIterator[Emit]:
        """Yield a warning and an honest statement instead of an invented answer."""
        yield warning("ANALYSIS_UNAVAILABLE", "The analysis agents are not available yet.")
        names = ", ".join(log.filename for log in request.context.logs) or "none"
        yield message_delta(NOT_YET.format(logs=names), agent="report")
