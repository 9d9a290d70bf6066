"""What a line's header holds stays queryable: levels inside messages, threads, request times."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from analyzer.logs.counts import CountArgs, count_by
from analyzer.logs.coverage import Filters
from analyzer.logs.fields import FieldArgs, field_stats
from analyzer.logs.ingest import ingest
from analyzer.logs.search import SearchArgs, search
from analyzer.logs.store import LogStore

HEADERS = Path(__file__).resolve().parents[3] / "fixtures" / "logs" / "headers"


def store_of(tmp_path: Path, name: str) -> LogStore:
    raw = tmp_path / name
    raw.write_bytes((HEADERS / name).read_bytes())
    ingest(raw, tmp_path / f"{name}.store", log_id=name, filename=name)
    return LogStore.open([(name, tmp_path / f"{name}.store")])


def test_levels_written_inside_syslog_messages_are_read(tmp_path: Path) -> None:
    with store_of(tmp_path, "kubelet_syslog.log") as store:
        groups = count_by(store, CountArgs(by="level")).groups
    assert {g.key: g.count for g in groups} == {"ERROR": 1, "INFO": 1, "WARN": 2}


def test_the_thread_of_a_log4j_line_is_a_field(tmp_path: Path) -> None:
    with store_of(tmp_path, "log4j_threads.log") as store:
        stats = field_stats(store, FieldArgs(field="thread"))
    assert [(v.value, v.count) for v in stats.top_values] == [
        ("http-nio-8080-exec-7", 2),
        ("scheduling-1", 1),
    ]


def test_request_time_of_an_access_log_is_a_duration(tmp_path: Path) -> None:
    with store_of(tmp_path, "access_rt.log") as store:
        stats = field_stats(store, FieldArgs(field="duration_ms"))
        statuses = field_stats(store, FieldArgs(field="http_status"))
    assert stats.max == 60012.0 and stats.numeric_count == 2
    assert {v.value: v.count for v in statuses.top_values} == {"504": 1, "200": 1}


def test_header_words_match_only_anywhere_terms(tmp_path: Path) -> None:
    with store_of(tmp_path, "log4j_threads.log") as store:
        inside = search(store, SearchArgs(filters=Filters(include=["scheduling-1"])))
        anywhere = search(store, SearchArgs(filters=Filters(anywhere=["scheduling-1"])))
    assert inside.coverage.events_matched == 0  # a thread name is not what a line says
    assert [h.line for h in anywhere.hits] == [1]


def test_a_store_written_before_the_header_column_still_opens(tmp_path: Path) -> None:
    store_of(tmp_path, "log4j_threads.log").close()
    events = tmp_path / "log4j_threads.log.store" / "events.parquet"
    table = pq.read_table(events)
    pq.write_table(table.drop_columns(["header"]), events)  # as the first release wrote it
    with LogStore.open([("old", tmp_path / "log4j_threads.log.store")]) as store:
        found = search(store, SearchArgs(filters=Filters(anywhere=["Report"])))
        threads = field_stats(store, FieldArgs(field="thread"))
    assert [h.line for h in found.hits] == [1]  # the message still matches
    assert threads.count == 0  # no header kept: no thread, and no error
