"""Verify agent: re-computes every checked number from the store and re-reads every cited line."""

from __future__ import annotations

import json
import math
from datetime import datetime
from typing import Any

from pydantic import BaseModel

from agents.findings import Check, Draft, Evidence, extract
from analyzer.logs.primitives import PRIMITIVES
from analyzer.logs.store import LogStore


class Verifier:
    """Marks each finding verified or not, with the reasons."""

    def verify(self, draft: Draft, store: LogStore) -> tuple[int, int]:
        """Check every finding; return (verified, total)."""
        cache: dict[str, dict[str, Any]] = {}
        for finding in draft.findings:
            problems = [p for c in finding.checks if (p := self._check(c, store, cache))]
            problems += [p for e in finding.evidence if (p := self._line(e, store))]
            finding.problems = problems
            finding.verified = not problems
        verified = sum(1 for f in draft.findings if f.verified)
        return verified, len(draft.findings)

    def _check(self, check: Check, store: LogStore, cache: dict[str, dict[str, Any]]) -> str:
        key = check.primitive + json.dumps(check.args, sort_keys=True, default=str)
        if key not in cache:
            result: BaseModel = PRIMITIVES[check.primitive].run(store, check.args)
            cache[key] = result.model_dump(mode="json")
        actual = extract(cache[key], check.path)
        if same(actual, check.expected):
            return ""
        return f"{check.primitive} {check.path}: recomputed {actual!r}, claimed {check.expected!r}"

    def _line(self, evidence: Evidence, store: LogStore) -> str:
        try:
            lines = store.upload(evidence.log_id).raw_lines(evidence.line, evidence.line)
        except Exception as exc:  # an unknown upload is a failed check, not a crash
            return f"line {evidence.line}: cannot be read ({type(exc).__name__})"
        if not lines or lines[0] != evidence.text:
            return f"line {evidence.line} does not say what was cited"
        missing = [m for m in evidence.must_contain if m.lower() not in lines[0].lower()]
        return f"line {evidence.line} does not mention {', '.join(missing)}" if missing else ""


def same(actual: Any, expected: Any) -> bool:
    """Equal, allowing float rounding and different spellings of the same instant."""
    if isinstance(actual, int | float) and isinstance(expected, int | float):
        return math.isclose(float(actual), float(expected), rel_tol=1e-9, abs_tol=1e-9)
    if isinstance(actual, str) and isinstance(expected, str) and actual != expected:
        try:
            return _instant(actual) == _instant(expected)
        except ValueError:
            return False
    return bool(actual == expected)


def _instant(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))
