"""Findings: claims with their evidence lines and the checks that re-compute their numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Evidence:
    """A cited line: which upload, which physical line, and its text."""

    log_id: str
    line: int
    text: str
    must_contain: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """The API shape."""
        return {"log_id": self.log_id, "line": self.line, "text": self.text}


@dataclass(frozen=True)
class Check:
    """Re-run `primitive(args)` and read `path` from its result: it must equal `expected`."""

    primitive: str
    args: dict[str, Any]
    path: str
    expected: Any


@dataclass
class Finding:
    """One claim of the answer; `verified` is set by the verify agent."""

    claim: str
    evidence: list[Evidence] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    verified: bool | None = None
    problems: list[str] = field(default_factory=list)

    def as_dict(self, cite: CiteFn) -> dict[str, Any]:
        """The API shape, with the claim's citations appended."""
        return {
            "claim": self.claim,
            "verified": bool(self.verified),
            "evidence": [e.as_dict() for e in self.evidence],
            "citations": [cite(e) for e in self.evidence],
            "problems": self.problems,
        }


class CiteFn:
    """Formats citations as markdown links `[file:line](#cite=log_id:line)`."""

    def __init__(self, filenames: dict[str, str]) -> None:
        self.filenames = filenames

    def __call__(self, evidence: Evidence) -> str:
        """One citation."""
        name = self.filenames.get(evidence.log_id, evidence.log_id)
        return f"[{name}:{evidence.line}](#cite={evidence.log_id}:{evidence.line})"

    def all(self, evidence: list[Evidence], limit: int = 3) -> str:
        """Several citations, space separated."""
        return " ".join(self(e) for e in evidence[:limit])


@dataclass
class Draft:
    """What the analyze agent found: the direct answer first, then the other findings."""

    findings: list[Finding] = field(default_factory=list)
    coverage: dict[str, Any] = field(default_factory=dict)
    charts: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    empty: bool = False


PATH_PART = re.compile(r"\{[^{}]*\}|[^.]+")


def extract(value: Any, path: str) -> Any:
    """Read a dotted path from a result dump.

    A list step is an index (`0`, `-1`) or, written in braces (`{200}`, `{c.e.Foo}`), the item
    whose `key` or `value` is exactly that text.
    """
    current = value
    for part in PATH_PART.findall(path):
        if part == "#":
            return len(current) if isinstance(current, list) else None
        if isinstance(current, list):
            current = _pick(current, part)
        elif isinstance(current, dict):
            current = current.get(part)
        else:
            return None
        if current is None:
            return None
    return current


def _pick(items: list[Any], part: str) -> Any:
    if part.startswith("{") and part.endswith("}"):
        wanted = part[1:-1]
        return next(
            (i for i in items if isinstance(i, dict) and wanted in (i.get("key"), i.get("value"))),
            None,
        )
    if part.lstrip("-").isdigit():
        index = int(part)
        return items[index] if -len(items) <= index < len(items) else None
    for item in items:
        if isinstance(item, dict) and part in (item.get("key"), item.get("value")):
            return item
    return None


def when(value: datetime | str | None) -> str:
    """A time as people read it in answers (UTC, to the second)."""
    if value is None:
        return "an unknown time"
    stamp = datetime.fromisoformat(value) if isinstance(value, str) else value
    return stamp.strftime("%Y-%m-%d %H:%M:%S") + " UTC"
