"""A statement's time in a MySQL/MariaDB slow query log is its duration."""

from __future__ import annotations

from pathlib import Path

from analyzer.logs.fields import FieldArgs, field_stats
from analyzer.logs.store import LogStore

from .conftest import FIXTURES, ingest_file


def test_query_time_of_a_slow_log_entry_is_its_duration(tmp_path: Path) -> None:
    ingest_file(FIXTURES / "mariadb_slow.log", tmp_path / "slow")
    with LogStore.open([("slow", tmp_path / "slow")]) as store:
        stats = field_stats(store, FieldArgs(field="duration_ms"))
    # the fixture's four entries: `# Query_time: 1.200304`, 0.000212, 0.000058, 0.000636 s
    assert stats.numeric_count == 4
    assert stats.max is not None and abs(stats.max - 1200.304) < 1e-6
