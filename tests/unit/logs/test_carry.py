"""A CI job log's sections give their lines a time and a source across chunk borders
(`analyzer.logs.carry`)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa

from analyzer.logs.carry import NO_SECTION, Carry
from analyzer.logs.store import LogStore

from .conftest import ingest_file


def _chunk(ts: list[int | None], source: list[str | None], ok: list[bool]) -> pa.Table:
    stamps = [None if t is None else datetime(2024, 1, 1, 0, 0, t) for t in ts]
    return pa.table(
        {
            "ok": pa.array(ok),
            "ts": pa.array(stamps, pa.timestamp("us")),
            "source": pa.array(source, pa.string()),
        }
    )


def _values(table: pa.Table) -> tuple[list[int | None], list[str | None]]:
    seconds = [None if t is None else t.second for t in table.column("ts").to_pylist()]
    return seconds, table.column("source").to_pylist()


def test_a_chunks_lines_before_its_first_marker_take_the_values_above() -> None:
    carry = Carry()
    # the file's first lines (a banner) take the first marker's time, but no section
    first = carry(_chunk([None, None, 5, 5], [None, None, "build", "build"], [True] * 4))
    assert _values(first) == ([5, 5, 5, 5], [None, None, "build", "build"])
    # the next chunk opens inside the section; an unparsed line keeps its nothing
    second = carry(_chunk([None, None, 9], [None, None, NO_SECTION], [True, False, True]))
    assert _values(second) == ([5, None, 9], ["build", None, None])
    # after a section's end, the lines of the next chunk are in no section until a start
    third = carry(_chunk([None, 12], [None, "test"], [True, True]))
    assert _values(third) == ([9, 12], [None, "test"])


def test_a_section_longer_than_a_chunk_names_each_of_its_lines(tmp_path: Path) -> None:
    lines = [
        "Running with gitlab-runner 16.5.0 (853330f9)",
        "section_start:1700000000:prepare_executor\r\x1b[0KPreparing the docker executor",
        "section_end:1700000010:prepare_executor\r\x1b[0Ksection_start:1700000010:step_script"
        "\r\x1b[0KExecuting step_script",
        # 12 MB of test output: the section's lines span two chunks or more
        *(f"test_case_{i:06d} PASSED in 0.0{i % 10}s {'.' * 150}" for i in range(70_000)),
        "section_end:1700000600:step_script\r\x1b[0K",
        "ERROR: Job failed: exit code 1",
    ]
    log = tmp_path / "job.log"
    log.write_text("\n".join(lines) + "\n")
    assert log.stat().st_size > 10 << 20
    profile = ingest_file(log, tmp_path / "s")
    assert profile.format == "gitlab-ci"
    assert profile.sources == {"step_script": 70_001, "prepare_executor": 1}
    assert profile.time_range.start == datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)
    with LogStore.open([("job", tmp_path / "s")]) as store:
        rows = store.rows(
            "SELECT count(*), min(ts), max(ts) FROM events "
            "WHERE message LIKE 'test_case_%' AND source = 'step_script'"
        )
        last = store.rows("SELECT source, level FROM events ORDER BY line DESC LIMIT 1")
    assert rows == [
        (70_000, datetime(2023, 11, 14, 22, 13, 30), datetime(2023, 11, 14, 22, 13, 30))
    ]
    assert last == [(None, "ERROR")]  # after the last section's end
