"""The chat path: greetings, help and questions about the conversation, answered from state."""

from __future__ import annotations

from collections.abc import AsyncIterator

from agents.contracts import LogRef, RunRequest
from analyzer.events import Emit, Intent, message_delta

HELP_TEXT = (
    "I answer questions about the log files attached to this conversation, computing every "
    "number from the data and citing the exact lines as `[file:line]`.\n\n"
    "- Upload a log (plain text, JSON lines or .gz) and attach it to the conversation.\n"
    "- Ask things like *how many errors were there?*, *what happened around 10:42?*, "
    "*what is the status of block blk_123?*, *what changed after the deploy?*\n"
    "- Follow up with *only the errors*, *and for the DataNode?*, *what happened just before that?*"
)
NO_LOGS_TEXT = (
    "No log is attached to this conversation yet, so I cannot answer that from data. "
    "Upload a log file (or attach one you uploaded before) and ask again."
)

NO_QUESTION_TEXT = (
    "I could not find a question in that message, so there is nothing I can answer from the "
    "logs yet. Ask something like *how many errors were there?* or *what happened around 10:42?*"
)


class ChatResponder:
    """Answers what needs no analysis, truthfully from the conversation's state."""

    async def run(self, request: RunRequest, *, rule: str) -> AsyncIterator[Emit]:
        """Yield the answer as message deltas."""
        yield message_delta(self.answer(request, rule=rule), agent="chat")

    def answer(self, request: RunRequest, *, rule: str) -> str:
        """The reply text for a routed chat message."""
        logs = request.context.logs
        if request.intent == Intent.CLARIFICATION and rule == "no_question":
            return NO_QUESTION_TEXT
        if request.intent == Intent.CLARIFICATION:
            return NO_LOGS_TEXT
        if rule == "logs":
            return describe_logs(logs)
        if rule == "help":
            return HELP_TEXT
        attached = f" {len(logs)} log(s) are attached." if logs else " No log is attached yet."
        return "Hello! Ask me anything about your logs." + attached


def describe_logs(logs: list[LogRef]) -> str:
    """A truthful list of the attached logs with what is known about each."""
    if not logs:
        return "No log is attached to this conversation."
    lines = [f"{len(logs)} log(s) attached:"]
    for log in logs:
        profile = log.profile or {}
        facts = [f"status {log.status}"]
        if profile.get("format"):
            facts.append(f"format {profile['format']}")
        if profile.get("line_count") is not None:
            facts.append(f"{profile['line_count']:,} lines")
        time_range = profile.get("time_range") or {}
        if time_range.get("start"):
            facts.append(f"from {time_range['start']} to {time_range.get('end')}")
        lines.append(f"- **{log.filename}** ({', '.join(facts)})")
    return "\n".join(lines)
