"""Stamps of the time of day alone are dated from the log's own dates (`clocks.py`): the day of
the last dated line above, else the day its first lines or its file's name give, a day later at
each midnight; a log naming no day keeps them untimed."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from analyzer.logs.clocks import CLOCK_DAY, ClockWalker, day_anchor

from .conftest import ingest_file

MINECRAFT = [
    "[23:59:58] [Server thread/INFO]: Saving chunks for level 'ServerLevel[world]'",
    "[23:59:59] [Server thread/WARN]: Can't keep up! Is the server overloaded?",
    "[00:00:01] [Server thread/INFO]: Steve joined the game",
    "[00:00:02] [Server thread/INFO]: Steve lost connection: Disconnected",
]


def _times(tmp_path: Path, lines: list[str], name: str, **kw: object) -> list[datetime | None]:
    path = tmp_path / name
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    ingest_file(path, tmp_path / "store", **kw)
    events = pq.read_table(tmp_path / "store" / "events.parquet").sort_by("line")
    return list(events.column("ts").to_pylist())


def test_a_file_named_after_its_day_dates_its_lines_and_midnight_opens_the_next(
    tmp_path: Path,
) -> None:
    assert _times(tmp_path, MINECRAFT, "2024-01-05-1.log") == [
        datetime(2024, 1, 5, 23, 59, 58),
        datetime(2024, 1, 5, 23, 59, 59),
        datetime(2024, 1, 6, 0, 0, 1),
        datetime(2024, 1, 6, 0, 0, 2),
    ]


def test_a_log_naming_no_day_keeps_its_times_of_day_untimed(tmp_path: Path) -> None:
    assert _times(tmp_path, MINECRAFT, "latest.log") == [None] * 4


def test_the_times_of_day_are_read_in_the_timezone_setting(tmp_path: Path) -> None:
    times = _times(tmp_path, MINECRAFT[:1], "log20240705.txt", timezone="Europe/Paris")
    assert times == [datetime(2024, 7, 5, 21, 59, 58)]  # CEST, UTC+2


def test_the_day_a_header_writes_out_dates_the_lines_below_it(tmp_path: Path) -> None:
    # GATK 4.5's HaplotypeCaller (a run's console): its start date, then log4j's HH:mm:ss.SSS
    lines = [
        "09:54:19.481 INFO  HaplotypeCaller - The Genome Analysis Toolkit (GATK) v4.5.0.0",
        "09:54:19.481 INFO  HaplotypeCaller - Start Date/Time: September 16, 2026 at 9:54:19 "
        "AM GMT",
        "09:54:22.040 INFO  HaplotypeCaller - HaplotypeCaller done. Elapsed time: 0.05 minutes.",
    ]
    assert _times(tmp_path, lines, "gatk.log") == [
        datetime(2026, 9, 16, 9, 54, 19, 481000),
        datetime(2026, 9, 16, 9, 54, 19, 481000),
        datetime(2026, 9, 16, 9, 54, 22, 40000),
    ]


def test_times_of_day_take_the_day_of_the_dated_line_above(tmp_path: Path) -> None:
    # a Home Assistant add-on's bashio lines among Zigbee2MQTT's dated ones (Koenkk/zigbee2mqtt)
    lines = [
        "Zigbee2MQTT:info  2024-04-06 23:59:38: Starting Zigbee2MQTT version 1.36.1",
        "Zigbee2MQTT:info  2024-04-06 23:59:40: Connected to MQTT server",
        "[00:00:30] INFO: Preparing to start...",
        "[00:00:32] INFO: Starting Zigbee2MQTT...",
        "Zigbee2MQTT:info  2024-04-07 00:00:38: Starting Zigbee2MQTT version 1.36.1",
    ]
    times = _times(tmp_path, lines, "addon.log")
    assert times[2:4] == [datetime(2024, 4, 7, 0, 0, 30), datetime(2024, 4, 7, 0, 0, 32)]


def test_a_build_console_s_times_of_day_with_am_pm_are_read(tmp_path: Path) -> None:
    # Netlify's build log (`6:03:38 PM: `), a file named after its day
    lines = [
        "6:03:38 PM: build-image version: e939f44b001caa6487d455733296841972e73575 (noble)",
        "6:03:39 PM: Fetching cached dependencies",
        "12:00:01 AM: Build script success",
    ]
    assert _times(tmp_path, lines, "netlify-2025-01-07.log") == [
        datetime(2025, 1, 7, 18, 3, 38),
        datetime(2025, 1, 7, 18, 3, 39),
        datetime(2025, 1, 8, 0, 0, 1),  # past midnight
    ]


def _clocked(*clocks: str) -> pa.Table:
    stamps = [datetime.fromisoformat(f"{CLOCK_DAY.date()} {c}") for c in clocks]
    return pa.table({"ts": pa.array(stamps, pa.timestamp("us"))})


def test_the_day_carries_over_chunks() -> None:
    walker = ClockWalker(date(2024, 1, 5))
    first = walker.walk(_clocked("22:00:00", "23:59:59"))
    second = walker.walk(_clocked("00:00:01", "01:00:00"))
    assert first.column("ts").to_pylist()[-1] == datetime(2024, 1, 5, 23, 59, 59)
    assert second.column("ts").to_pylist() == [
        datetime(2024, 1, 6, 0, 0, 1),
        datetime(2024, 1, 6, 1, 0, 0),
    ]


def test_a_clock_going_back_by_less_than_an_hour_stays_on_its_day() -> None:
    walker = ClockWalker(date(2024, 1, 5))
    got = walker.walk(_clocked("10:30:00", "10:05:00", "10:40:00")).column("ts").to_pylist()
    assert [t.date() for t in got] == [date(2024, 1, 5)] * 3


@pytest.mark.parametrize(
    ("lines", "filename", "day"),
    [
        (["INFO: Current date is 2019-08-12"], "bazel.log", date(2019, 8, 12)),
        (["[2026-03-31 21:11:40] error: z2m: Error"], "log.txt", date(2026, 3, 31)),
        (["[11:00:00] [Server thread/INFO]: Starting"], "2024-01-05-1.log.gz", date(2024, 1, 5)),
        (["[11:00:00 INF] Starting web host"], "log20240105.txt", date(2024, 1, 5)),
        (["[11:00:00] [Server thread/INFO]: Starting"], "latest.log", None),
        (["[11:00:00] [Server thread/INFO]: Starting"], "v1.20.11.log", None),
        (
            ["04:12:58.888 [main] INFO  broker.PulsarService - Built by x at 2020-01-22T23:10:15"],
            "broker.log",
            None,
        ),
        (
            ["17:43:12 web.1    | 2014-02-19 17:43:12 [31925] [INFO] Starting"],
            "x",
            date(2014, 2, 19),
        ),
    ],
)
def test_the_day_a_log_begins_on(lines: list[str], filename: str, day: date | None) -> None:
    assert day_anchor(lines, filename) == day
