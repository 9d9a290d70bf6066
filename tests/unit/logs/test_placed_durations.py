"""Durations written at a known place without a key: nginx's `$request_time` after a combined
line's user agent (seconds), and Envoy's DURATION (milliseconds)."""

from __future__ import annotations

from pathlib import Path

from analyzer.logs.fields import FieldArgs, field_stats
from analyzer.logs.store import LogStore

from .conftest import FIXTURES, ingest_file

NGINX = (
    '10.0.0.{i} - - [01/Mar/2024:10:00:0{i} +0000] "GET /api/items/{i} HTTP/1.1" 200 512 "-" '
    '"curl/8.0"{tail}'
)


def test_nginx_request_time_after_the_user_agent_is_the_duration(tmp_path: Path) -> None:
    log = tmp_path / "access.log"
    tails = [" 0.120", " 1.500 0.498", " 0.007", ""]  # `$upstream_response_time` may follow
    log.write_text("".join(NGINX.format(i=i, tail=t) + "\n" for i, t in enumerate(tails)))
    profile = ingest_file(log, tmp_path / "store")
    assert profile.format == "access"
    with LogStore.open([("a", tmp_path / "store")]) as store:
        stats = field_stats(store, FieldArgs(field="duration_ms"))
        rows = store.rows("SELECT line FROM events ORDER BY line")
    assert len(rows) == 4
    # the line without a request time has no duration (not its status or its size)
    assert (stats.count, stats.numeric_count) == (3, 3)
    assert (stats.min, stats.max) == (7.0, 1500.0)


def test_envoy_duration_is_in_milliseconds(tmp_path: Path) -> None:
    ingest_file(FIXTURES / "envoy.log", tmp_path / "store")
    with LogStore.open([("e", tmp_path / "store")]) as store:
        stats = field_stats(store, FieldArgs(field="duration_ms"))
    # DURATION of the five requests: 5, 30, 1, 0 and 1002 ms
    assert stats.numeric_count == 5
    assert (stats.min, stats.max, stats.p50) == (0.0, 1002.0, 5.0)
