"""What kind of question it is, what number it wants, and any explicit grouping."""

from __future__ import annotations

import re

from agents.params import Measure, QuestionKind

KIND_RULES: list[tuple[QuestionKind, re.Pattern[str]]] = [
    (
        QuestionKind.SHOW_LINES,
        re.compile(
            r"\b(show( me)?|list|grep|find|display|print|give me) (the |all )?(\w+ )?"
            r"(lines?|entries|messages?|events?|logs?|requests?|stack ?traces?|tracebacks?)\b|"
            r"\blines? (that|which|with|containing|mentioning|where|about)\b",
            re.I,
        ),
    ),
    (QuestionKind.CAUSE, re.compile(r"\b(why|cause[ds]?|root cause|reason|led to|trigger)", re.I)),
    (
        QuestionKind.COMPARE,
        re.compile(
            r"\b(compare|comparison|differ|difference|changed|before and after|vs\.?|versus)\b",
            re.I,
        ),
    ),
    (
        QuestionKind.ANOMALIES,
        re.compile(
            r"\b(spikes?|dips?|anomal\w*|unusual|bursts?|surges?|new (patterns?|errors?|messages?)|"
            r"appear(ed)? for the first time|outliers?)\b",
            re.I,
        ),
    ),
    (
        QuestionKind.STATUS_LATENCY,
        re.compile(
            r"\b(status codes?|[1-5]xx|latenc\w*|response times?|slow\w*|p\d\d|percentiles?|"
            r"how long|durations?|took|taking|elapsed|(average|mean|median) (time|duration))\b",
            re.I,
        ),
    ),
    (
        QuestionKind.WHEN,
        re.compile(
            r"\b(when|what time|first (time|occurrence|seen)|last (time|occurrence|seen)|"
            r"start(ed)?|began|begin|stop(ped)?|end(ed)?|peak(ed)?)\b",
            re.I,
        ),
    ),
    (
        QuestionKind.TOP_PATTERNS,
        re.compile(
            r"\b(most (frequent|common)|top \d*|patterns?|templates?|kinds of|types of)\b", re.I
        ),
    ),
    (
        QuestionKind.COUNT,
        re.compile(
            r"\b(how many|number of|count|how often|rate|per (second|"
            r"minute|hour))\b",
            re.I,
        ),
    ),
    (QuestionKind.AROUND, re.compile(r"\bwhat (happened|was going on|occurred)\b", re.I)),
    (
        QuestionKind.ERROR_SUMMARY,
        re.compile(
            r"\b(summar\w+|overview of|what went wrong|problems?|issues?|errors? and warnings?)\b",
            re.I,
        ),
    ),
]


def classify(question: str) -> QuestionKind | None:
    """The first kind whose rule matches."""
    for kind, rule in KIND_RULES:
        if rule.search(question):
            return kind
    return None


def measure_of(question: str, kind: QuestionKind) -> Measure:
    """What number is wanted."""
    q = question.lower()
    if re.search(r"\brate|per (second|minute|hour)\b", q):
        return Measure.RATE
    if kind == QuestionKind.STATUS_LATENCY and re.search(r"latenc|how long|duration|took|p\d\d", q):
        return Measure.DURATION
    if re.search(r"\bfirst\b|\bstart|\bbegan|\bbegin", q):
        return Measure.FIRST
    if re.search(
        r"\blast (time|occurrence|seen|one|line|error)|\bstop|\bend(ed)?\b|\bmost recent", q
    ):
        return Measure.LAST
    if re.search(r"\bpeak", q):
        return Measure.PEAK
    if re.search(r"\b(distinct|different|unique)\b", q):
        return Measure.DISTINCT
    if kind == QuestionKind.TOP_PATTERNS:
        return Measure.TOP
    if kind == QuestionKind.SHOW_LINES:
        return Measure.LIST
    return Measure.COUNT


def group_of(question: str) -> str | None:
    """An explicit grouping ("by level", "per source", "per minute")."""
    m = re.search(
        r"\b(?:by|per|for each|grouped by) (level|severity|source|component|service|"
        r"host|template|pattern|status|minute|hour|second|day)\b",
        question,
        re.I,
    )
    if not m:
        return None
    word = m.group(1).lower()
    aliases = {
        "severity": "level",
        "component": "source",
        "service": "source",
        "host": "source",
        "pattern": "template",
    }
    return aliases.get(word, word)
