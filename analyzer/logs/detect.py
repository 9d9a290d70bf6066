"""Format detection: score every known format on a sample of lines and keep the best."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from analyzer.logs.formats import FORMATS, LogFormat
from analyzer.logs.parsing import CONTINUATION

_CONT = re.compile(CONTINUATION)
_LOGFMT = re.compile(r'^[\w.@-]+=("[^"]*"|\S*)(\s+[\w.@-]+=("[^"]*"|\S*))+\s*$')


@dataclass(frozen=True)
class Detection:
    """The chosen format and the share of (non-continuation) sample lines it matched."""

    format: LogFormat
    fit: float


def _is_json(line: str) -> bool:
    if not line.startswith("{"):
        return False
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def matcher(fmt: LogFormat) -> Callable[[str], bool]:
    """A Python predicate telling whether a line fits the format's header."""
    if fmt.kind == "json":
        return _is_json
    if fmt.kind == "logfmt":
        return lambda line: _LOGFMT.match(line) is not None
    if fmt.kind == "raw":
        return lambda line: True
    rx = re.compile(fmt.pattern)
    return lambda line: rx.match(line) is not None


def format_fit(fmt: LogFormat, lines: Sequence[str]) -> float:
    """Share of the sample's candidate header lines that the format parses."""
    heads = [ln[:4096] for ln in lines if ln.strip() and not _CONT.match(ln)]
    if not heads:
        return 0.0
    match = matcher(fmt)
    return sum(1 for ln in heads if match(ln)) / len(heads)


def detect_format(lines: Sequence[str]) -> Detection:
    """Pick the format that parses most of the sample (ties: more fields, then priority)."""
    best = Detection(FORMATS[-1], 1.0)
    best_key = (0.0, -99, -99)
    for fmt in FORMATS:
        if fmt.kind == "raw":
            continue
        fit = format_fit(fmt, lines)
        key = (round(fit, 2), fmt.priority, len(re.compile(fmt.pattern).groupindex))
        if fit >= 0.5 and key > best_key:
            best, best_key = Detection(fmt, fit), key
    return best
