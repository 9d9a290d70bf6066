"""Scoring of scenario questions: does the answer hold the expected facts and cite them?"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HONEST = re.compile(
    r"(?i)\b(no |not |nothing|could not|cannot|outside the log|no source|none of|"
    r"did not|unknown|isn't|aren't)"
)


@dataclass
class Outcome:
    """One question's verdict and the reasons for a failure."""

    logset: str
    qid: str
    question: str
    passed: bool
    reasons: list[str] = field(default_factory=list)


def load(directory: Path) -> list[dict[str, Any]]:
    """Every scenario file, sorted by name."""
    return [json.loads(p.read_text()) for p in sorted(directory.glob("*.json"))]


def number_forms(value: float | int) -> set[str]:
    """How a number may be written in an answer: 1234, 1,234, 12.5, 12.50."""
    if isinstance(value, int) or float(value).is_integer():
        n = int(value)
        return {str(n), f"{n:,}"}
    return {f"{value:.1f}", f"{value:.2f}", f"{value:,.1f}", f"{value:,.2f}", str(value)}


def score(answer: str, result: dict[str, Any] | None, expect: dict[str, Any]) -> list[str]:
    """The reasons an answer misses its expectations (empty: it passes)."""
    reasons: list[str] = []
    # citation targets hold random upload ids, which may contain any digits or letters
    answer = re.sub(r"\(#cite=[^)]*\)", "", answer)
    tokens = set(re.findall(r"\d[\d,]*(?:\.\d+)?", answer))
    for number in expect.get("numbers", []):
        if not number_forms(number) & tokens:
            reasons.append(f"number {number} missing")
    low = answer.lower()
    reasons += [f"missing {s!r}" for s in expect.get("contains", []) if s.lower() not in low]
    for group in expect.get("contains_any", []):
        if not any(s.lower() in low for s in group):
            reasons.append(f"none of {group!r}")
    reasons += [f"must not say {s!r}" for s in expect.get("not_contains", []) if s in answer]
    cited = [ev for f in (result or {}).get("findings", []) if f.get("verified")
             for ev in f.get("evidence", [])]  # fmt: skip
    pattern = expect.get("cites_line_matching")
    if pattern and not any(re.search(pattern, ev["text"]) for ev in cited):
        reasons.append(f"no verified citation matching {pattern!r}")
    wanted = set(expect.get("cites_lines", []))
    if wanted and not wanted & {ev["line"] for ev in cited}:
        reasons.append(f"none of lines {sorted(wanted)} cited")
    if expect.get("honest") and not HONEST.search(answer.split("###", 1)[0]):
        reasons.append("not an honest statement")
    return reasons


def report(outcomes: list[Outcome]) -> str:
    """The score table."""
    lines = [f"{'scenario':28} {'result':6}  reasons"]
    for o in outcomes:
        lines.append(f"{o.qid:28} {'pass' if o.passed else 'FAIL':6}  {'; '.join(o.reasons)}")
    passed = sum(o.passed for o in outcomes)
    by_set: dict[str, list[bool]] = {}
    for o in outcomes:
        by_set.setdefault(o.logset, []).append(o.passed)
    lines.append("")
    for name, marks in sorted(by_set.items()):
        lines.append(f"{name:28} {sum(marks)}/{len(marks)}")
    lines.append(f"SCORE: {passed}/{len(outcomes)} ({passed / max(len(outcomes), 1):.0%})")
    return "\n".join(lines)
