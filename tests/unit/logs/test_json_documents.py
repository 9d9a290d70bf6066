"""A `.json` upload that is one JSON document (an array of records, objects one after another,
or CloudTrail's object wrapping its records) is read one record per line."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from analyzer.logs.jsondoc import RECORDS_FILE
from analyzer.logs.store import LogStore

from .conftest import FIXTURES, ingest_file


@pytest.mark.parametrize(
    ("name", "records", "shape"),
    [
        ("records_array.json", 6, "an array"),
        ("records_objects.json", 2, "objects one after another"),
        ("cloudtrail.json", 2, "the array under 'Records'"),
    ],
)
def test_each_record_of_a_json_document_is_one_event(
    name: str, records: int, shape: str, tmp_path: Path
) -> None:
    profile = ingest_file(FIXTURES / name, tmp_path / "s")
    assert profile.format == "json"
    assert (profile.line_count, profile.event_count, profile.parse_failures) == (
        records,
        records,
        0,
    )
    assert profile.warnings[0].startswith(f"a JSON document ({shape}) was read as {records}")
    assert profile.bytes == (FIXTURES / name).stat().st_size  # the upload's size
    with LogStore.open([("s", tmp_path / "s")]) as store:
        lines = store.upload("s").raw_lines(1, records)
    assert all(isinstance(json.loads(ln), dict) for ln in lines) and len(lines) == records


def test_an_array_of_records_keeps_times_levels_and_messages(tmp_path: Path) -> None:
    profile = ingest_file(FIXTURES / "records_array.json", tmp_path / "s")
    assert profile.levels == {"INFO": 4, "ERROR": 2}
    assert profile.sources == {"api": 6}
    assert profile.time_range.start == datetime(2026, 11, 23, 12, 0, 0, tzinfo=UTC)
    assert profile.time_range.end == datetime(2026, 11, 23, 12, 0, 5, tzinfo=UTC)
    assert [t.pattern for t in profile.top_templates] == ["request <*> done in <*> ms"]
    with LogStore.open([("s", tmp_path / "s")]) as store:
        first = store.upload("s").raw_lines(3, 3)
    assert json.loads(first[0])["message"] == "request 2 done in 23 ms"


def test_cloudtrail_records_give_time_source_and_event_name(tmp_path: Path) -> None:
    profile = ingest_file(FIXTURES / "cloudtrail.json", tmp_path / "s")
    assert profile.sources == {"signin.amazonaws.com": 1, "s3.amazonaws.com": 1}
    assert {t.pattern for t in profile.top_templates} == {"ConsoleLogin", "DeleteBucket"}
    assert profile.time_range.end == datetime(2026, 11, 23, 11, 0, 5, tzinfo=UTC)


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
    assert (forced_json.line_count, forced_json.parse_failures) == (6, 0)
