"""The templates table and the profile's counts, gathered while chunks are staged, agree with
the same figures counted from the finished events.parquet."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.logs.ingest import ingest
from analyzer.logs.reader import CHUNK_BYTES
from analyzer.logs.store import LogStore

from .conftest import FIXTURES, ingest_file

FROM_EVENTS = """
    SELECT template_id, count(*), min(ts), max(ts), list(line ORDER BY line)[1:5]
    FROM events GROUP BY template_id ORDER BY count(*) DESC, template_id"""
FROM_TEMPLATES = """
    SELECT template_id, count, first_seen, last_seen, examples
    FROM templates ORDER BY count DESC, template_id"""


@pytest.mark.parametrize(
    "name", ["java_app.log", "compose.log", "postgres.log", "lambda.log", "jdk_uptime.log"]
)
def test_templates_agree_with_the_events(name: str, tmp_path: Path) -> None:
    profile = ingest_file(FIXTURES / name, tmp_path / "s")
    with LogStore.open([("s", tmp_path / "s")]) as store:
        assert store.rows(FROM_TEMPLATES) == store.rows(FROM_EVENTS)
        (row,) = store.rows(
            "SELECT count(*), min(ts), max(ts), count(*) FILTER (NOT parsed), "
            "count(*) FILTER (end_line > line) FROM events"
        )
    assert (profile.event_count, profile.parse_failures, profile.multiline_events) == (
        row[0],
        row[3],
        row[4],
    )
    start, end = profile.time_range.start, profile.time_range.end
    assert (start and start.replace(tzinfo=None), end and end.replace(tzinfo=None)) == row[1:3]


def test_templates_agree_across_many_chunks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a log of a few thousand lines cut in many small chunks: variants recur across chunks,
    # and examples must still be each template's first lines
    lines = (FIXTURES / "java_app.log").read_text().splitlines()
    log = tmp_path / "big.log"
    log.write_text("\n".join(lines * 40) + "\n")
    monkeypatch.setattr("analyzer.logs.ingest._chunk_bytes", lambda total: 16 << 10)
    assert CHUNK_BYTES > 16 << 10
    ingest(log, tmp_path / "s", log_id="big", filename="big.log")
    with LogStore.open([("s", tmp_path / "s")]) as store:
        assert store.rows(FROM_TEMPLATES) == store.rows(FROM_EVENTS)
