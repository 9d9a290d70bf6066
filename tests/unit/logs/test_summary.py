"""The templates table and the profile's counts, gathered while chunks are staged, agree with
the same figures counted from the finished events.parquet."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from analyzer.logs.ingest import ingest
from analyzer.logs.reader import CHUNK_BYTES
from analyzer.logs.store import LogStore
from analyzer.logs.summarize import (
    EVENTS_FILE,
    MIN_GROUP_ROWS,
    ROW_GROUP_BYTES,
    ROW_GROUP_ROWS,
    row_group_rows,
)

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
    monkeypatch.setattr("analyzer.logs.ingest._chunk_bytes", lambda total, **_: 16 << 10)
    assert CHUNK_BYTES > 16 << 10
    ingest(log, tmp_path / "s", log_id="big", filename="big.log")
    with LogStore.open([("s", tmp_path / "s")]) as store:
        assert store.rows(FROM_TEMPLATES) == store.rows(FROM_EVENTS)


def test_a_row_group_holds_fewer_events_the_fatter_they_are() -> None:
    assert row_group_rows(1_000 * 10**6, 10**6) == ROW_GROUP_BYTES // 1_000 < ROW_GROUP_ROWS
    assert row_group_rows(10 * 10**6, 10**6) == ROW_GROUP_ROWS  # the default, at most
    fat = row_group_rows(2_000 * 400_000, 400_000)  # a wide CSV export's rows
    assert fat * 2_000 <= ROW_GROUP_BYTES < (fat + 1) * 2_000
    assert row_group_rows(10**9, 10) == MIN_GROUP_ROWS  # never under a DuckDB vector
    assert row_group_rows(0, 0) == ROW_GROUP_ROWS


def test_fat_events_are_written_in_row_groups_of_about_the_byte_bound(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = ["_time", "level", "_raw"] + [f"field_{i}" for i in range(40)]
    rows = [
        f"2024-03-04T10:00:{i % 60:02d}Z,INFO,user {i} logged in,"
        + ",".join(f"value {i} {c}" for c in range(40))
        for i in range(6_000)
    ]
    log = tmp_path / "wide.csv"
    log.write_text(",".join(names) + "\n" + "\n".join(rows) + "\n")
    monkeypatch.setattr("analyzer.logs.summarize.ROW_GROUP_BYTES", 1 << 20)
    profile = ingest(log, tmp_path / "s", log_id="wide", filename="wide.csv")
    assert profile.format == "csv"
    meta = pq.ParquetFile(tmp_path / "s" / EVENTS_FILE).metadata
    sizes = [meta.row_group(i).num_rows for i in range(meta.num_row_groups)]
    assert sum(sizes) == profile.event_count == 6_001  # the header row is an event too
    assert len(sizes) >= 2 and max(sizes) <= 2 * MIN_GROUP_ROWS
