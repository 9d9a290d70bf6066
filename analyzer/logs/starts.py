"""When a log's run started, read off its first lines: the wall clock that places the lines of
formats stamping each line with the time since the program started (X.Org's uptime, Factorio's
seconds, VirtualBox's elapsed time), whatever chunk a line falls in.

A format's time is then `run_start() + <its line's time since start>`, `run_start()` being a
macro the ingest defines from what the sample's first lines say (`start_macro`); a log whose
first lines name no wall clock has none, and its lines no time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta

# how far into a log its start line may be (X.Org writes its banner first)
HEAD_LINES = 64
# X.Org: `[    25.111] (==) Log file: "/var/log/Xorg.0.log", Time: Sat Mar 14 09:12:33 2026`
_XORG = re.compile(
    r'^\[ *(\d+\.\d+)\] \(==\) Log file: ".*", Time: ([A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d '
    r"\d{2}:\d{2}:\d{2} \d{4})$"
)
# Factorio: `   0.001 2024-10-30 20:33:06; Factorio 2.0.12 (build 79795, ...)`
_FACTORIO = re.compile(r"^ *(\d+\.\d{3}) (\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}); ")
# VirtualBox's VBox.log: `00:00:12.785782 Log opened 2024-12-01T21:14:54.151772900Z` (UTC;
# VBoxSVC.log names the thread before it: `00:00:00.002000 main     Log opened ...`)
_VBOX = re.compile(
    r"^(\d{2,}):(\d{2}):(\d{2}\.\d{6}) (?:\w+ +)?Log opened "
    r"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})"
    r"(?:\.(\d{1,9}))?Z$"
)


def run_start(lines: Sequence[str]) -> datetime | None:
    """The naive wall-clock time at which the log's run started (its time since start 0), as
    its first lines name it, or None."""
    for line in lines[:HEAD_LINES]:
        if (xorg := _XORG.match(line)) is not None:
            clock = datetime.strptime(" ".join(xorg.group(2).split()), "%a %b %d %H:%M:%S %Y")
            return clock - timedelta(seconds=float(xorg.group(1)))
        if (factorio := _FACTORIO.match(line)) is not None:
            clock = datetime.fromisoformat(factorio.group(2))
            return clock - timedelta(seconds=float(factorio.group(1)))
        if (vbox := _VBOX.match(line)) is not None:
            hours, minutes, seconds, opened, fraction = vbox.groups()
            clock = datetime.fromisoformat(opened) + timedelta(
                microseconds=int((fraction or "0")[:6].ljust(6, "0"))
            )
            return clock - timedelta(hours=int(hours), minutes=int(minutes), seconds=float(seconds))
    return None


def start_macro(start: datetime | None) -> str:
    """SQL defining `run_start()`: the run's start as a naive timestamp, or null."""
    value = "CAST(NULL AS TIMESTAMP)" if start is None else f"TIMESTAMP '{start.isoformat(' ')}'"
    return f"CREATE OR REPLACE MACRO run_start() AS {value}"


def since_start(seconds: str) -> str:
    """SQL for the time of a line `seconds` (SQL giving a number as text) after the start."""
    return f"(run_start() + to_microseconds(CAST(TRY_CAST({seconds} AS DOUBLE) * 1e6 AS BIGINT)))"


def after_start(elapsed: str) -> str:
    """SQL for the time of a line `elapsed` (SQL giving `HH:MM:SS.ffffff` as text) after the
    start."""
    return f"(run_start() + TRY_CAST({elapsed} AS INTERVAL))"
