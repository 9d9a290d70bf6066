"""The hour a clock set back repeats: naive stamps read in a timezone with daylight saving
time are the first instant of a repeated local time until the log's clock goes back."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pyarrow as pa

from analyzer.logs.folds import FoldWalker
from analyzer.logs.store import LogStore

from .conftest import ingest_file


def _stamps(tmp_path: Path, lines: list[str], tz: str) -> list[datetime]:
    log = tmp_path / "app.log"
    log.write_text("\n".join(lines) + "\n")
    ingest_file(log, tmp_path / "store", timezone=tz)
    with LogStore.open([("s", tmp_path / "store")]) as store:
        return [row[0] for row in store.rows("SELECT ts FROM events ORDER BY line")]


BERLIN_FALL_BACK = [  # 26 October 2025: 03:00 CEST is 02:00 CET
    "2025-10-26 01:58:10,747 - INFO  [main] Listener - received connection",
    "2025-10-26 02:10:00,394 - WARN  [worker] SendWorker - interrupted",
    "2025-10-26 02:09:58,000 - INFO  [worker-2] SendWorker - a thread a little behind",
    "2025-10-26 02:59:59,079 - WARN  [worker] RecvWorker - connection broken",
    "2025-10-26 02:00:05,524 - INFO  [main] Listener - received connection",  # clock back
    "2025-10-26 02:30:00,282 - WARN  [worker] RecvWorker - connection broken",
    "2025-10-26 03:05:00,370 - INFO  [main] Leader - elected",
]


def test_the_repeated_hour_is_the_first_until_the_clock_goes_back(tmp_path: Path) -> None:
    assert _stamps(tmp_path, BERLIN_FALL_BACK, "Europe/Berlin") == [
        datetime(2025, 10, 25, 23, 58, 10, 747000),
        datetime(2025, 10, 26, 0, 10, 0, 394000),  # CEST
        datetime(2025, 10, 26, 0, 9, 58),  # out of order by seconds: still CEST
        datetime(2025, 10, 26, 0, 59, 59, 79000),
        datetime(2025, 10, 26, 1, 0, 5, 524000),  # CET, the hour again
        datetime(2025, 10, 26, 1, 30, 0, 282000),
        datetime(2025, 10, 26, 2, 5, 0, 370000),
    ]


def test_new_york_s_repeated_hour_and_a_log_opening_in_it(tmp_path: Path) -> None:
    lines = [  # 1 November 2026: 02:00 EDT is 01:00 EST; the log opens in the hour
        "2026-11-01 01:30:00,005 INFO app - first",
        "2026-11-01 01:59:00,006 INFO app - still daylight time",
        "2026-11-01 01:05:00,007 INFO app - standard time",
        "2026-11-01 02:10:00,009 INFO app - after",
    ]
    assert _stamps(tmp_path, lines, "America/New_York") == [
        datetime(2026, 11, 1, 5, 30, 0, 5000),
        datetime(2026, 11, 1, 5, 59, 0, 6000),
        datetime(2026, 11, 1, 6, 5, 0, 7000),
        datetime(2026, 11, 1, 7, 10, 0, 9000),
    ]


def test_a_time_in_the_window_after_its_neighbour_keeps_its_instant(tmp_path: Path) -> None:
    # stamps written in UTC, read with a Berlin setting: 01:10Z lies where Berlin's repeated
    # hour is read, but the line above (00:59Z) says it comes after the first instant
    lines = [
        "2025-10-26T00:59:00Z INFO app - before",
        "2025-10-26T01:10:00Z INFO app - eleven minutes later",
        "2025-10-26T01:20:00+00:00 INFO app - ten more",
    ]
    assert _stamps(tmp_path, lines, "Europe/Berlin") == [
        datetime(2025, 10, 26, 0, 59),
        datetime(2025, 10, 26, 1, 10),
        datetime(2025, 10, 26, 1, 20),
    ]


def test_a_year_less_stamp_is_left_to_the_year_walk() -> None:
    walker = FoldWalker.for_zone("Europe/Berlin")
    rows = pa.table(
        {
            "ts": pa.array([datetime(2025, 10, 26, 1, 10)], pa.timestamp("us")),
            "ym": pa.array([True]),
        }
    )
    assert walker.walk(rows).column("ts").to_pylist() == [datetime(2025, 10, 26, 1, 10)]
    dated = rows.set_column(1, "ym", pa.array([False]))
    assert walker.walk(dated).column("ts").to_pylist() == [datetime(2025, 10, 26, 0, 10)]


def test_only_the_years_the_stamps_fall_in_are_looked_at() -> None:
    # a stamp of year 2 beside one of 2025: the repeated hours of two years at most (2025's
    # one; year 2 has no daylight saving time), not of the two thousand years between
    walker = FoldWalker.for_zone("Europe/Berlin")
    stamps = pa.array([datetime(2, 1, 2), datetime(2025, 3, 1)], pa.timestamp("us"))
    windows = walker._windows(stamps.cast(pa.int64()).to_numpy())
    assert windows == [(1761440400000000, 3600000000)]  # 2025-10-26 01:00 UTC, an hour
    assert sorted(walker._folds) == [2, 2025]
