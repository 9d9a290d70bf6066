"""Detection runs every format's header regex with Python's backtracking `re` on sample lines
of up to 4,096 characters: no header may take exponential time on any line (a single line of
comma-separated fields once hung detection in `access-forwarded`)."""

from __future__ import annotations

import re
import time

import pytest

from analyzer.logs.envelopes import BY_NAME as ENVELOPES
from analyzer.logs.formats import FORMATS, LogFormat
from analyzer.logs.parsing import CONTINUATION_PG, CONTINUATION_STACK, LOGFMT_LINE, MSG_TAIL

# lines made of one separator shape repeated: each lets an ambiguous repetition split it in
# exponentially many ways
_UNITS = (
    "word, ",
    "word ",
    "10.0.0.1, ",
    "key=value ",
    'key="a b" ',
    'k="a" ',
    "[x] ",
    '"a" ',
    "a:b ",
    "- ",
    "a|b ",
    "a\tb\t",
    "a-b-",
    "(a) ",
    "a.b.",
    "<1> ",
    "1 ",
)
_TAILS = ("", '"', " [", "\x00")
_PREFIXES = ("", "Oct 10 14:23:15 host prog ", "2024-10-10 14:23:15.609 ", "<14>")
# a quarter longer each (to 4,096, the longest sample line detection reads): an exponential
# blow-up shows before a match takes long
LENGTHS = tuple(sorted({min(4096, int(20 * 1.25**k)) for k in range(25)}))
SLOW_SECONDS = 0.005
# time grows at most cubically with the length: at 1.25 times the length, twice the time
MAX_GROWTH = 8.0


def _regex_formats() -> list[LogFormat]:
    return [f for f in FORMATS if f.kind == "regex"]


def _match_time(rx: re.Pattern[str], line: str) -> float:
    """The time of a match, the least of three when it is slow: a slow match repeats (an
    exponential one takes as long each time), a pause of the machine's does not."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        rx.match(line)
        best = min(best, time.perf_counter() - start)
        if best <= SLOW_SECONDS:
            break
    return best


def _worst_growth(rx: re.Pattern[str], prefix: str, unit: str, tail: str = "") -> tuple[float, int]:
    """The largest ratio of match times between consecutive LENGTHS (once a match takes
    SLOW_SECONDS), and the length it was seen at; it stops at the first steep one. The lines
    end with `tail` (what makes a repetition's match fail at the end, and retry)."""
    worst, at, before = 0.0, 0, None
    for n in LENGTHS:
        # whole units, so that every line ends the same way
        line = prefix + unit * max(1, (n - len(prefix) - len(tail)) // len(unit)) + tail
        spent = _match_time(rx, line)
        if before is not None and spent > SLOW_SECONDS:
            ratio = spent / max(before, 1e-6)
            if ratio > worst:
                worst, at = ratio, n
            if ratio > MAX_GROWTH:
                break
        before = spent
    return worst, at


def _steep(rx: re.Pattern[str]) -> list[tuple[str, int, int]]:
    steep = []
    for prefix in _PREFIXES:
        for unit in _UNITS:
            for tail in _TAILS:
                growth, length = _worst_growth(rx, prefix, unit, tail)
                if growth > MAX_GROWTH:
                    steep.append((prefix + unit + tail, length, round(growth)))
    return steep


@pytest.mark.parametrize("fmt", _regex_formats(), ids=lambda f: f.name)
def test_no_header_backtracks_exponentially(fmt: LogFormat) -> None:
    assert _steep(re.compile(fmt.pattern.removesuffix(MSG_TAIL))) == []
    if fmt.signature:
        assert _steep(re.compile(fmt.signature)) == []


@pytest.mark.parametrize("name", sorted(n for n, e in ENVELOPES.items() if e.kind == "regex"))
def test_no_envelope_backtracks_exponentially(name: str) -> None:
    assert _steep(re.compile(ENVELOPES[name].pattern)) == []


def test_the_growth_check_catches_an_exponential_pattern() -> None:
    # the header that hung: a comma may end a word or separate two
    rx = re.compile(r'^(?P<client>(?:"[^"]*" )?[^\s"\[]+(?:,? [^\s"\[]+)*?) (\S+) (\S+) \[')
    growth, _ = _worst_growth(rx, "", "word, ")
    assert growth > MAX_GROWTH
    # logfmt's line, when a quoted value could also be read as a bare one
    rx = re.compile(r'^[\w.@-]+=("[^"]*"|\S*)(\s+[\w.@-]+=("[^"]*"|\S*))+\s*$')
    growth, _ = _worst_growth(rx, "", 'k="a" ', '"')
    assert growth > MAX_GROWTH


@pytest.mark.parametrize(
    "pattern",
    [CONTINUATION_STACK, CONTINUATION_PG, LOGFMT_LINE],
    ids=["continuation", "postgres-continuation", "logfmt"],
)
def test_no_line_rule_backtracks_exponentially(pattern: str) -> None:
    assert _steep(re.compile(pattern)) == []
