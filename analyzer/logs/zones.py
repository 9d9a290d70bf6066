"""The offset a log's naive stamps are written at, as the log's own zoned stamps show.

A journal's syslog lines stamp the machine's wall clock with no zone (`May 06 11:05:04`), while
the programs it relays often write their own time in UTC (k3s' `time="2026-05-06T09:05:04Z"`,
Grafana Alloy's `ts=...Z`): read in UTC, the log's lines of one second would lie hours apart.
Where the sample's first lines hold both, and each pair differs by the same offset (whole
quarters of an hour, give or take a program's lag), that offset is the log's: its naive stamps are
read at it, unless the upload names a timezone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta
from itertools import pairwise

from analyzer.logs.formats import MONTH_NAMES

# a BSD syslog header's stamp (journalctl's default output)
_HEADER = re.compile(r"^(?:<\d{1,3}>)?([A-Z][a-z]{2}) +(\d{1,2}) (\d{2}):(\d{2}):(\d{2})\b")
# a zoned ISO 8601 time written later in the line
_ZONED = re.compile(
    r"(?<!\d)(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,]\d+)?"
    r" ?(Z|[+-]\d{2}:?\d{2})(?![\d:])"
)
QUARTER = 15 * 60  # s
LAG = 120  # s: a program's time may trail or lead the journal's by a little
MIN_PAIRS = 2
_OFFSET = re.compile(r"^[+-]\d{2}:\d{2}$")
# SQL Server's ERRORLOG names the offset of its local stamps (`Server      UTC adjustment: -8:00`)
_MSSQL_ADJUSTMENT = re.compile(r"\bUTC adjustment: (-?)(\d{1,2}):(\d{2})\s*$")
# Windows Update's legacy WindowsUpdate.log names it at each start (`Logging initialized (build:
# 7.6.7600.256, tz: -0500)`)
_WINDOWS_UPDATE_TZ = re.compile(r"Logging initialized \(build: [\d.]+, tz: ([+-])(\d{2})(\d{2})\)")
# a zoned stamp opening a line that relays a program's naive one (Terraform's hclog around a
# provider's Go log: `2020-09-17T10:27:54.841-0400 [DEBUG] plugin...: 2020/09/17 10:27:54 [INFO]
# ...`): the same wall clock, so the program's naive stamps are at that offset
_ZONED_HEAD = re.compile(
    r"^\d{4}-\d{2}-\d{2}T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?([+-])(\d{2}):?(\d{2}) .*?"
    r"\d{4}/\d{2}/\d{2} (\d{2}):(\d{2}):(\d{2}) "
)
# Oracle's listener log (12c and later) writes the time with its offset on a line of its own
# before the lines stamped in the server's local time (`31-JUL-2024 02:00:00 * ...`)
_ORACLE_MARK = re.compile(r"^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})\.\d{6}([+-]\d{2}:\d{2})\s*$")
_LISTENER = re.compile(r"^(\d{2})-([A-Z]{3})-(\d{4}) (\d{2}):(\d{2}):(\d{2}) \* ")


def naive_offset(lines: Sequence[str]) -> int | None:
    """Minutes east of UTC the log's naive syslog stamps are written at, as the zoned times its
    lines hold beside them show (None: no such pairs, a zero offset, or pairs that disagree),
    or as SQL Server's ERRORLOG or Windows Update's log says its stamps are."""
    for line in lines:
        named = _MSSQL_ADJUSTMENT.search(line) or _WINDOWS_UPDATE_TZ.search(line)
        if named is not None:
            return _east(*named.groups()) or None
    if (marked := _marked_offset(lines)) is not None:
        return marked
    if (relayed := _relayed_offset(lines)) is not None:
        return relayed
    offsets: set[int] = set()
    pairs = 0
    for line in lines:
        header = _HEADER.match(line)
        if header is None or header.group(1) not in MONTH_NAMES:
            continue
        zoned = _ZONED.search(line, header.end())
        if zoned is None:
            continue
        written = _utc(zoned)
        if written is None:
            continue
        month = MONTH_NAMES.index(header.group(1)) + 1
        day, hour, minute, second = (int(v) for v in header.groups()[1:])
        try:
            naive = datetime(written.year, month, day, hour, minute, second)
        except ValueError:
            continue
        seconds = (naive - written).total_seconds()
        quarters = round(seconds / QUARTER)
        if abs(seconds - quarters * QUARTER) > LAG or abs(quarters) > 14 * 4:
            return None  # not one offset: a program's own clock, or another day
        offsets.add(quarters * QUARTER // 60)
        pairs += 1
    if pairs < MIN_PAIRS or len(offsets) != 1:
        return None
    minutes = offsets.pop()
    return minutes or None


def _marked_offset(lines: Sequence[str]) -> int | None:
    """The offset of an Oracle listener's time line whose next line is stamped with the same
    wall-clock time (give or take a program's lag), in minutes east of UTC (None: no such pair
    or a zero offset)."""
    for mark, after in pairwise(lines):
        found = _ORACLE_MARK.match(mark)
        stamped = _LISTENER.match(after) if found is not None else None
        if found is None or stamped is None:
            continue
        day, month, year, hour, minute, second = stamped.groups()
        if month.title() not in MONTH_NAMES:
            continue
        try:
            naive = datetime(
                int(year),
                MONTH_NAMES.index(month.title()) + 1,
                int(day),
                int(hour),
                int(minute),
                int(second),
            )
        except ValueError:
            continue
        if abs((naive - datetime.fromisoformat(found.group(1))).total_seconds()) > LAG:
            continue
        return offset_minutes(found.group(2)) or None
    return None


def _relayed_offset(lines: Sequence[str]) -> int | None:
    """The offset of the zoned stamps opening lines that relay a naive stamp of the same wall
    clock (give or take a program's lag), in minutes east of UTC, when at least MIN_PAIRS such
    lines agree (None: fewer, or a zero offset)."""
    offsets: set[int] = set()
    pairs = 0
    for line in lines:
        found = _ZONED_HEAD.match(line)
        if found is None:
            continue
        h, m, sec, sign, oh, om, nh, nm, ns = found.groups()
        outer = int(h) * 3600 + int(m) * 60 + int(sec)
        inner = int(nh) * 3600 + int(nm) * 60 + int(ns)
        if abs(outer - inner) > LAG:
            return None  # not the same clock
        offsets.add(_east(sign, oh, om))
        pairs += 1
    if pairs < MIN_PAIRS or len(offsets) != 1:
        return None
    return offsets.pop() or None


def _utc(found: re.Match[str]) -> datetime | None:
    year, month, day, hour, minute, second, zone = found.groups()
    try:
        moment = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second))
    except ValueError:
        return None
    if zone == "Z":
        return moment
    digits = zone[1:].replace(":", "")
    return moment - timedelta(minutes=_east(zone[0], digits[:2], digits[2:]))


def offset_name(minutes: int) -> str:
    """An offset as a timezone setting names it (`+02:00`, `-05:30`)."""
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{rest:02d}"


def is_offset(tz: str) -> bool:
    """Whether a timezone setting is a fixed offset (`+02:00`), not a zone's name."""
    return _OFFSET.match(tz) is not None


def offset_minutes(tz: str) -> int:
    """The minutes east of UTC of an offset (`is_offset`)."""
    return _east(tz[0], tz[1:3], tz[4:6])


def _east(sign: str, hours: str, minutes: str) -> int:
    """The minutes east of UTC of an offset written as its sign (`-` west; `+` or none east),
    hours and minutes."""
    return (-1 if sign == "-" else 1) * (int(hours) * 60 + int(minutes))
