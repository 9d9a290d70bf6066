"""A `.json` upload that is one JSON document (an array of records, objects one after another,
or CloudTrail's object wrapping its records) is read one event per record, each citing the lines
it spans in the uploaded file."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from analyzer.logs.jsondoc import RECORDS_FILE
from analyzer.logs.search import LinesArgs, lines
from analyzer.logs.store import LogStore

from .conftest import FIXTURES, ingest_file


@pytest.mark.parametrize(
    ("name", "records", "shape", "firsts"),
    [
        ("records_array.json", 6, "an array", [2, 8, 14, 20, 26, 32]),
        ("records_objects.json", 2, "objects one after another", [1, 6]),
        ("cloudtrail.json", 2, "the array under 'Records'", [2, 3]),
        # one Cloud Logging entry pretty-printed in a repro's README (googleapis/google-cloud-
        # node#5000): it names its time, so it is the record, its `errorGroups` a list in it
        ("gcp_cloudrun_error_entry.json", 1, "objects one after another", [1]),
    ],
)
def test_each_record_of_a_json_document_is_one_event_citing_its_lines(
    name: str, records: int, shape: str, firsts: list[int], tmp_path: Path
) -> None:
    path = FIXTURES / name
    physical = path.read_bytes().count(b"\n")  # each fixture ends with a newline
    profile = ingest_file(path, tmp_path / "s")
    assert profile.format == "json"
    assert (profile.line_count, profile.event_count, profile.parse_failures) == (
        physical,
        records,
        0,
    )
    assert profile.warnings[0].startswith(f"a JSON document ({shape}) was read as {records}")
    assert profile.bytes == path.stat().st_size  # the upload's size
    assert not (tmp_path / "s" / RECORDS_FILE).exists()
    with LogStore.open([("s", tmp_path / "s")]) as store:
        upload = store.upload("s")
        assert upload.line_count == physical
        assert upload.raw_lines(1, physical) == path.read_text().splitlines()
        events = store.rows("SELECT line, end_line FROM events ORDER BY line")
    # a record runs from its opening line to the line before the next's (the last: to the end)
    assert [first for first, _ in events] == firsts
    assert [last for _, last in events] == [f - 1 for f in firsts[1:]] + [physical]


def test_a_record_spanning_lines_is_shown_by_the_lines_it_spans(tmp_path: Path) -> None:
    ingest_file(FIXTURES / "records_array.json", tmp_path / "s")
    with LogStore.open([("s", tmp_path / "s")]) as store:
        page = lines(store, LinesArgs(log_id="s", start=14, end=19))
    assert [row.line for row in page.lines] == list(range(14, 20))
    assert {row.event_line for row in page.lines} == {14}
    assert {row.level for row in page.lines} == {"ERROR"}
    assert page.lines[4].text == '    "message": "request 2 done in 23 ms"'


def test_a_minified_document_counts_its_records_as_lines(tmp_path: Path) -> None:
    records = [
        {"ts": f"2026-11-23T12:00:0{i}Z", "level": "warn", "msg": f"m {i}"} for i in range(3)
    ]
    path = tmp_path / "one_line.json"
    path.write_text(json.dumps(records))
    profile = ingest_file(path, tmp_path / "s")
    assert (profile.line_count, profile.event_count, profile.levels) == (3, 3, {"WARN": 3})
    assert "its records share lines" in profile.warnings[0]
    with LogStore.open([("s", tmp_path / "s")]) as store:
        assert json.loads(store.upload("s").raw_lines(2, 2)[0])["msg"] == "m 1"


def test_strings_holding_braces_quotes_and_backslashes_do_not_split_records(
    tmp_path: Path,
) -> None:
    tricky = ['a "} {" b', "back\\", 'esc \\"} [', "é {"]
    records = [{"time": f"2026-11-23T12:00:0{i}Z", "msg": m} for i, m in enumerate(tricky)]
    path = tmp_path / "tricky.json"
    path.write_text(json.dumps(records, indent=1, ensure_ascii=False))
    profile = ingest_file(path, tmp_path / "s")
    assert (profile.line_count, profile.event_count) == (len(records) * 4 + 2, len(records))
    with LogStore.open([("s", tmp_path / "s")]) as store:
        events = store.rows("SELECT line, end_line, message FROM events ORDER BY line")
    assert [(a, b) for a, b, _ in events] == [(2, 5), (6, 9), (10, 13), (14, 18)]
    assert [m for _, _, m in events] == tricky


def test_an_array_of_records_keeps_times_levels_and_messages(tmp_path: Path) -> None:
    profile = ingest_file(FIXTURES / "records_array.json", tmp_path / "s")
    assert profile.levels == {"INFO": 4, "ERROR": 2}
    assert profile.sources == {"api": 6}
    assert profile.time_range.start == datetime(2026, 11, 23, 12, 0, 0, tzinfo=UTC)
    assert profile.time_range.end == datetime(2026, 11, 23, 12, 0, 5, tzinfo=UTC)
    assert [t.pattern for t in profile.top_templates] == ["request <*> done in <*> ms"]
    with LogStore.open([("s", tmp_path / "s")]) as store:
        record = store.upload("s").raw_lines(14, 19)
    assert json.loads("".join(record).rstrip(","))["message"] == "request 2 done in 23 ms"


def test_cloudtrail_records_give_time_source_and_event_name(tmp_path: Path) -> None:
    profile = ingest_file(FIXTURES / "cloudtrail.json", tmp_path / "s")
    assert profile.sources == {"signin.amazonaws.com": 1, "s3.amazonaws.com": 1}
    assert {t.pattern for t in profile.top_templates} == {"ConsoleLogin", "DeleteBucket"}
    assert profile.time_range.end == datetime(2026, 11, 23, 11, 0, 5, tzinfo=UTC)


def test_an_entry_naming_its_time_keeps_its_time_level_and_message(tmp_path: Path) -> None:
    profile = ingest_file(FIXTURES / "gcp_cloudrun_error_entry.json", tmp_path / "s")
    assert profile.levels == {"ERROR": 1}
    assert profile.time_range.start == datetime(2024, 3, 19, 9, 25, 57, 902415, tzinfo=UTC)
    assert profile.top_templates[0].pattern.startswith("Error: Failed to decode")


def test_a_document_that_is_not_valid_json_is_read_line_by_line(tmp_path: Path) -> None:
    path = FIXTURES / "records_truncated.json"
    profile = ingest_file(path, tmp_path / "s")
    physical = path.read_text().count("\n") + 1  # the last line has no newline
    assert profile.line_count == physical == 3
    assert not any("JSON document" in w for w in profile.warnings)
    assert not (tmp_path / "s" / RECORDS_FILE).exists()


def test_json_lines_and_bracketed_text_are_not_taken_for_documents(tmp_path: Path) -> None:
    for name in ("app.jsonl", "dmesg.log", "apache_error.log"):
        profile = ingest_file(FIXTURES / name, tmp_path / name)
        assert not any("JSON document" in w for w in profile.warnings), name
        assert not (tmp_path / name / RECORDS_FILE).exists()


def test_a_forced_text_format_reads_the_document_as_uploaded(tmp_path: Path) -> None:
    path = FIXTURES / "records_array.json"
    profile = ingest_file(path, tmp_path / "s", format_override="raw")
    assert profile.line_count == path.read_text().count("\n")
    assert not any("JSON document" in w for w in profile.warnings)
    forced_json = ingest_file(path, tmp_path / "j", format_override="json")
    assert (forced_json.line_count, forced_json.event_count) == (38, 6)
    assert forced_json.parse_failures == 0
