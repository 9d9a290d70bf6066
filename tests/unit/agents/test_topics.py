"""Topic matching: a question's words choose the log's own templates, or become search terms."""

from __future__ import annotations

import re
from typing import Any

import pytest

from agents import topics
from analyzer.logs.coverage import TEXT_ANY, TEXT_HAS
from analyzer.logs.vocabulary import TemplateEntry, Vocabulary

TEMPLATES = [
    ("Failed password for <*> from <*> port <*> ssh2", 252, "sshd"),
    ("Failed password for invalid user <*> from <*> port <*> ssh2", 660, "sshd"),
    ("pam_unix(sshd:auth): authentication failure; logname= uid=<*> rhost=<*>", 912, "sshd"),
    ("Accepted password for <*> from <*> port <*> ssh2", 22, "sshd"),
    ("timeout acquiring connection from pool after <*> ms", 275, "db.pool"),
    ("request completed", 2341, "http.access"),
    ("Probe failed probeType=<*> pod=<*>", 110, "kubelet"),
]
LINES = ["readiness probe failed for checkout", "liveness probe failed"]


class FakeStore:
    """Answers the one query Vocabulary.mentions runs, from LINES."""

    def rows(self, _sql: str, params: list[Any]) -> list[tuple[int, ...]]:
        step = TEXT_HAS.count("?") + TEXT_ANY.count("?")  # each term counted both ways
        counts = [sum(bool(re.search(p, line)) for line in LINES) for p in params[::step]]
        return [tuple(n for count in counts for n in (count, count))]


def vocabulary() -> Vocabulary:
    entries = [
        TemplateEntry("log", i, pattern, count, source, None)
        for i, (pattern, count, source) in enumerate(TEMPLATES)
    ]
    return Vocabulary(FakeStore(), entries)  # type: ignore[arg-type]


def patterns(question: str) -> list[str]:
    words = topics.content_words(question, set())
    return [t.pattern for t in topics.match(words, vocabulary()).templates]


def test_the_templates_matching_most_words_win() -> None:
    chosen = patterns("How many failed password attempts were there?")
    assert chosen == [TEMPLATES[1][0], TEMPLATES[0][0]]


def test_a_source_name_counts_as_a_word_of_its_templates() -> None:
    assert patterns("How many database connection timeouts?") == [TEMPLATES[4][0]]


def test_synonyms_reach_words_the_log_uses() -> None:
    assert TEMPLATES[3][0] in patterns("How many logins?")


def test_words_no_template_has_become_terms_or_unknown() -> None:
    words = topics.content_words("readiness probe failures for the InvoiceService", set())
    topic = topics.match(words, vocabulary())
    assert [t.pattern for t in topic.templates] == [TEMPLATES[6][0]]
    assert topic.terms == ["readiness"]
    assert topic.unknown == ["invoiceservice"]


@pytest.mark.parametrize(
    ("word", "question", "name"),
    [
        ("invoiceservice", "How many errors did the InvoiceService log?", True),
        ("payments-5c4f9", "Why did the payments-5c4f9 pod fail?", True),
        ("monthly", "What happened to the monthly job?", False),
    ],
)
def test_names_are_told_from_everyday_words(word: str, question: str, name: bool) -> None:
    assert topics.is_name(word, question) is name


@pytest.mark.parametrize(
    "question", ["what is the p95 duration?", "median latency of the requests", "p99 latencies"]
)
def test_measure_words_are_not_topics(question: str) -> None:
    # a log writing `duration_ms` would otherwise keep only the events that say "duration"
    words = set(topics.content_words(question, set()))
    assert not words & {"duration", "p95", "p99", "median", "latenc", "latency", "latencies"}


def test_function_words_and_levels_are_not_topics() -> None:
    assert topics.content_words("How many errors were there in the last hour?", set()) == []
