"""A run's start read off a log's first lines (`starts.run_start`): the wall clock that places
the lines stamped with the time since the program started."""

from __future__ import annotations

from datetime import datetime

from analyzer.logs.starts import HEAD_LINES, run_start, start_macro

from .conftest import FIXTURES


def _head(name: str) -> list[str]:
    return (FIXTURES / name).read_text().splitlines()[:HEAD_LINES]


def test_x_org_s_log_file_line_names_the_clock_at_its_uptime() -> None:
    # `[    25.111] (==) Log file: "/var/log/Xorg.0.log", Time: Sat Mar 14 09:12:33 2026`
    assert run_start(_head("xorg.log")) == datetime(2026, 3, 14, 9, 12, 7, 889000)


def test_factorio_s_first_line_names_the_clock_at_its_seconds() -> None:
    # `   0.001 2024-10-30 20:33:06; Factorio 2.0.12 (build 79795, win64, steam, space-age)`
    assert run_start(_head("factorio.log")) == datetime(2024, 10, 30, 20, 33, 5, 999000)


def test_virtualbox_s_log_opened_line_names_the_clock_at_its_elapsed_time() -> None:
    # `00:00:12.785782 Log opened 2024-12-01T21:14:54.151772900Z`
    assert run_start(_head("vbox.log")) == datetime(2024, 12, 1, 21, 14, 41, 365990)


def test_a_log_naming_no_start_has_none() -> None:
    assert run_start(_head("dmesg.log")) is None
    assert run_start(_head("xorg_old.log")) is None  # an excerpt without its Log file line
    assert run_start([]) is None
    assert start_macro(None).endswith("CAST(NULL AS TIMESTAMP)")
    assert start_macro(datetime(2024, 1, 2, 3, 4, 5, 6000)).endswith(
        "TIMESTAMP '2024-01-02 03:04:05.006000'"
    )
