"""The parameter agent as a table: question (and previous parameters) -> parameters."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from agents.contracts import Context, LogRef
from agents.numbers import unsupported_numbers
from agents.parameter_agent import ParameterAgent
from agents.params import EntityKind, Measure, QuestionKind

PROFILE = {
    "levels": {"INFO": 1000, "WARN": 50, "ERROR": 7},
    "sources": {"dfs.DataNode": 500, "dfs.FSNamesystem": 300, "dfs.DataNode$PacketResponder": 200},
    "time_range": {"start": "2008-11-09T20:35:18Z", "end": "2008-11-11T11:37:00Z"},
}


def context(previous: dict[str, Any] | None = None) -> Context:
    return Context(logs=[LogRef("L1", "HDFS.log", "ready", PROFILE)], previous_parameters=previous)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("question", "kind", "measure"),
    [
        ("how many errors were there?", QuestionKind.COUNT, Measure.COUNT),
        ("what is the error rate per minute?", QuestionKind.COUNT, Measure.RATE),
        ("what are the most frequent patterns?", QuestionKind.TOP_PATTERNS, Measure.TOP),
        ("summarize the errors and warnings", QuestionKind.ERROR_SUMMARY, Measure.COUNT),
        ("when did the errors start?", QuestionKind.WHEN, Measure.FIRST),
        ("when did the timeouts stop?", QuestionKind.WHEN, Measure.LAST),
        ("what happened around 21:03?", QuestionKind.AROUND, Measure.COUNT),
        ("what is the status of block blk_-1608999687919862906?", QuestionKind.ENTITY,
         Measure.COUNT),
        ("compare before and after the spike", QuestionKind.COMPARE, Measure.COUNT),
        ("were there any spikes or new patterns?", QuestionKind.ANOMALIES, Measure.COUNT),
        ("what is the p95 latency?", QuestionKind.STATUS_LATENCY, Measure.DURATION),
        ("why did the DataNode fail?", QuestionKind.CAUSE, Measure.COUNT),
        ('show me the lines that mention "Connection refused"', QuestionKind.SHOW_LINES,
         Measure.LIST),
        ("any errors in the last hour?", QuestionKind.ERROR_SUMMARY, Measure.COUNT),
    ],
)  # fmt: skip
def test_kind_and_measure(question: str, kind: QuestionKind, measure: Measure) -> None:
    params = ParameterAgent().read(question, context(), follow_up=False)
    assert (params.kind, params.measure) == (kind, measure)


def test_time_window_is_read_on_the_logs_own_dates() -> None:
    params = ParameterAgent().read("errors between 10:40 and 10:45?", context(), follow_up=False)
    assert params.window is not None
    assert (params.window.start, params.window.end) == (utc(2008, 11, 10, 10, 40),
                                                        utc(2008, 11, 10, 10, 46))  # fmt: skip
    assert params.levels == ["ERROR"]


def test_last_hour_is_relative_to_the_log_end_not_now() -> None:
    params = ParameterAgent().read("errors in the last hour", context(), follow_up=False)
    assert params.window is not None
    assert (params.window.start, params.window.end) == (utc(2008, 11, 11, 10, 37),
                                                        utc(2008, 11, 11, 11, 37))  # fmt: skip


def test_around_and_outside_the_log() -> None:
    around = ParameterAgent().read("what happened around 21:03?", context(), follow_up=False)
    assert around.around == utc(2008, 11, 9, 21, 3)
    outside = ParameterAgent().read("errors after 2020-01-01 10:00", context(), follow_up=False)
    assert any("outside the log" in note for note in outside.notes)


def test_sources_match_fuzzily_and_unknown_names_are_reported() -> None:
    params = ParameterAgent().read(
        "how many warnings from the datanode and the Kafka?", context(), follow_up=False
    )
    # a name that is one component of several sources names all of them
    assert params.sources == ["dfs.DataNode", "dfs.DataNode$PacketResponder"]
    assert params.unmatched == ["Kafka"]


@pytest.mark.parametrize(
    ("question", "kind", "value"),
    [
        ("status of blk_-1608999687919862906", EntityKind.BLOCK, "blk_-1608999687919862906"),
        ("which IP did user admin come from?", EntityKind.USER, "admin"),
        ("lines from 10.251.43.21:50010", EntityKind.IP, "10.251.43.21:50010"),
        ("trace request req-8f3a91 please", EntityKind.REQUEST, "req-8f3a91"),
        ("how many 503 status codes?", EntityKind.STATUS, "503"),
    ],
)
def test_entities(question: str, kind: EntityKind, value: str) -> None:
    params = ParameterAgent().read(question, context(), follow_up=False)
    assert (kind, value) in [(e.kind, e.value) for e in params.entities]


def test_follow_ups_inherit_and_amend() -> None:
    agent = ParameterAgent()
    first = agent.read("how many errors between 10:40 and 10:45?", context(), follow_up=False)
    previous = first.model_dump(mode="json")
    only_warn = agent.read("only the warnings", context(previous), follow_up=True)
    assert only_warn.levels == ["WARN"] and only_warn.window == first.window
    assert only_warn.kind == QuestionKind.COUNT
    other = agent.read("and for the FSNamesystem?", context(previous), follow_up=True)
    assert other.sources == ["dfs.FSNamesystem"] and other.levels == ["ERROR"]
    before = agent.read("what happened just before that?", context(previous), follow_up=True)
    assert before.window is not None
    assert (before.window.start, before.window.end) == (utc(2008, 11, 10, 10, 34),
                                                        utc(2008, 11, 10, 10, 40))  # fmt: skip
    assert before.kind == QuestionKind.AROUND and before.levels == []


def test_model_text_may_not_add_numbers() -> None:
    draft = "There were **1,234** errors between 10:40 and 10:45 [app.log:17](#cite=ab:17)."
    rewrite = "About 1234 errors occurred from 10:40 to 10:45 [app.log:17](#cite=ab:17)."
    assert unsupported_numbers(rewrite, allowed_sources=[draft]) == set()
    assert unsupported_numbers("The answer is 42.", allowed_sources=[draft]) == {"42"}


@pytest.mark.parametrize(
    ("question", "group_by", "field", "measure"),
    [
        ("Which IP address had the most failed logins?", "field", "ip", Measure.COUNT),
        ("Which logger reported the most errors?", "source", "source", Measure.COUNT),
        ("What is the breakdown of HTTP status codes?", "field", "http_status", Measure.COUNT),
        ("Which exit codes did the container exit with?", "field", "exit_code", Measure.COUNT),
        ("How many distinct user names were tried?", "field", "user", Measure.DISTINCT),
        ("Which paths were requested most often?", "field", "path", Measure.COUNT),
        ("In which hour were there the most warnings?", "bucket", "3600", Measure.COUNT),
        ("Which day had the most lines?", "bucket", "86400", Measure.COUNT),
    ],
)
def test_breakdowns(question: str, group_by: str, field: str, measure: Measure) -> None:
    params = ParameterAgent().read(question, context(), follow_up=False)
    assert params.kind == QuestionKind.BREAKDOWN
    assert (params.group_by, params.field, params.measure) == (group_by, field, measure)


@pytest.mark.parametrize(
    ("envelopes", "question", "dimension"),
    [
        (["compose"], "which container had the most errors?", ("source", "source")),
        (["kubectl"], "Which pods logged the most?", ("source", "source")),
        # without an envelope naming them, containers are read from the messages
        ([], "which containers were restarted?", ("field", "container")),
    ],
)
def test_containers_of_an_enveloped_log_are_its_sources(
    envelopes: list[str], question: str, dimension: tuple[str, str]
) -> None:
    profile = {**PROFILE, "envelopes": envelopes}
    ctx = Context(logs=[LogRef("L1", "stack.log", "ready", profile)])
    params = ParameterAgent().read(question, ctx, follow_up=False)
    assert (params.kind, (params.group_by, params.field)) == (QuestionKind.BREAKDOWN, dimension)


def test_rates_are_not_breakdowns() -> None:
    params = ParameterAgent().read("what is the error rate per minute?", context(), follow_up=False)
    assert params.kind == QuestionKind.COUNT


@pytest.mark.parametrize(
    ("question", "a", "b"),
    [
        (
            "Compare the number of lines on 2008-11-09 and 2008-11-10.",
            (utc(2008, 11, 9), utc(2008, 11, 10)),
            (utc(2008, 11, 10), utc(2008, 11, 11)),
        ),
        (
            "Compare the errors before 21:00 and between 21:00 and 22:00.",
            (None, utc(2008, 11, 9, 21)),
            (utc(2008, 11, 9, 21), utc(2008, 11, 9, 22, 1)),
        ),
        (
            "Compare the warnings before and after the restart at 21:03:07.",
            (None, utc(2008, 11, 9, 21, 3, 7)),
            (utc(2008, 11, 9, 21, 3, 7), None),
        ),
    ],
)
def test_comparison_windows(
    question: str, a: tuple[datetime | None, datetime | None], b: tuple[datetime | None, ...]
) -> None:
    params = ParameterAgent().read(question, context(), follow_up=False)
    assert params.kind == QuestionKind.COMPARE and params.compare is not None
    first, second = params.compare
    assert (first.start, first.end) == a
    assert (second.start, second.end) == b


@pytest.mark.parametrize(
    ("question", "kind", "window"),
    [
        ("How many errors were there on Nov 25 between 10:00 and 11:00?", QuestionKind.COUNT,
         (utc(2008, 11, 25, 10), utc(2008, 11, 25, 11, 1))),
        ("How many FATAL lines were there in 2012?", QuestionKind.COUNT,
         (utc(2012, 1, 1), utc(2013, 1, 1))),
    ],
)  # fmt: skip
def test_named_days_and_years_outside_the_log_are_said_so(
    question: str, kind: QuestionKind, window: tuple[datetime, datetime]
) -> None:
    params = ParameterAgent().read(question, context(), follow_up=False)
    assert params.kind == kind and params.window is not None
    assert (params.window.start, params.window.end) == window
    assert any("outside the log" in note for note in params.notes)


def test_a_level_named_outright_that_the_log_lacks_still_filters() -> None:
    params = ParameterAgent().read("How many DEBUG lines are there?", context(), follow_up=False)
    assert params.levels == ["DEBUG"]  # matches nothing: the answer says there are none
    failed = ParameterAgent().read("how many failed requests?", context(), follow_up=False)
    assert "FATAL" not in failed.levels
