"""Dates for stamps written with the time of day alone (`[21:12:19] INFO: ...`: Minecraft's and
Home Assistant add-ons' consoles, Serilog's, log4j2's default console pattern), from the log's
own dates.

Parsing reads such a stamp on a day no log is from (`CLOCK_DAY`, naive, in the log's wall
clock). Walking the log in line order (`ClockWalker`), each is put on the day of the last dated
line above it, else on the day the log's first lines or its file's name give (`day_anchor`),
one day later each time the clock goes back by more than an hour (midnight), then turned into
UTC in the timezone setting. A log that names no day anywhere keeps such lines untimed: a time
of day is no moment.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from analyzer.logs.formats import MONTH_NAMES
from analyzer.logs.starts import HEAD_LINES  # as far into a log as a line naming its day may be

CLOCK_DAY = datetime(1900, 1, 1)
DAY = 86_400_000_000  # µs
# the clock going back by more than this is a new day (a log's lines a little out of order,
# or a clock set back by an hour for daylight saving, are not)
ROLLBACK = 3_600_000_000
_NO_TIME = np.iinfo(np.int64).min  # a row without a stamp, in the walker's arrays
_CLOCK_DAY_MICROS = int((CLOCK_DAY - datetime(1970, 1, 1)).total_seconds() * 1_000_000)
# a dated stamp in the first lines (`[2026-03-31 21:11:40] info: ...`, `2019/08/12 10:00:01`),
# among its first characters (a header's, behind a prefix: `Zigbee2MQTT:info  2024-04-06 ...`,
# foreman's `17:43:12 web.1    | 2014-02-19 ...`): a date further on is a message's, not the
# log's (Pulsar's `04:12:58.888 [main] INFO ... - Built by ... at 2020-01-22T23:10:15+0800`)
# (OBS Studio's `Current Date/Time: 2020-06-09, 11:08:19`, a comma after the date)
_DATED = re.compile(r"^.{0,40}?(?<!\d)((?:19|20)\d{2})[-/](\d{2})[-/](\d{2})(?:[T ]|, )\d{2}:\d{2}")
# a date written out (GATK's `Start Date/Time: September 16, 2026 at 9:54:19 AM GMT`)
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_WRITTEN = re.compile(r"\b(" + "|".join(_MONTHS) + r") (\d{1,2}), ((?:19|20)\d{2})\b")
# a C library's date (`date`'s output: Kodi's crash log's ` Date: Tue Jan 12 09:59:50 NZDT 2016`)
_CTIME = re.compile(
    r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +"
    r"(\d{1,2}) \d{2}:\d{2}:\d{2}(?: [A-Z]{2,5})? ((?:19|20)\d{2})\b"
)
# Bazel's `Current date is 2019-08-12`
_CURRENT_DATE = re.compile(r"\bCurrent date is ((?:19|20)\d{2})-(\d{2})-(\d{2})\b")
# a file named after its day (Minecraft's `2024-01-05-1.log.gz`, Serilog's `log20240105.txt`)
_NAMED = re.compile(
    r"(?<!\d)((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)"
)


def clock_sql(clock: str) -> str:
    """SQL placing a time of day (SQL giving `HH:MM:SS[.fff]` text, a comma before the
    fraction allowed) on `CLOCK_DAY`, for `ClockWalker` to date."""
    return f"TRY_CAST('{CLOCK_DAY.date().isoformat()} ' || replace({clock}, ',', '.') AS TIMESTAMP)"


def day_anchor(lines: Sequence[str], filename: str) -> date | None:
    """The day a log's lines stamped with the time of day alone begin on, as its first lines
    (a dated stamp, Bazel's `Current date is`, a date written out, `date`'s output) or its
    file's name say, or None."""
    for line in lines[:HEAD_LINES]:
        for rx in (_CURRENT_DATE, _DATED):
            if (found := rx.search(line)) is not None and (day := _day(found)) is not None:
                return day
        for rx in (_WRITTEN, _CTIME):
            if (written := rx.search(line)) is not None:
                month, mday, year = written.groups()
                number = MONTH_NAMES.index(month[:3]) + 1
                try:
                    return date(int(year), number, int(mday))
                except ValueError:
                    pass
    if (found := _NAMED.search(filename)) is not None:
        return _day(found)
    return None


def _day(found: re.Match[str]) -> date | None:
    try:
        return date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    except ValueError:
        return None


@dataclass
class ClockWalker:
    """Dates the time-of-day stamps of a log chunk by chunk, in line order."""

    anchor: date | None  # the day the log begins on (`day_anchor`)
    timezone: str = "UTC"
    day: int | None = None  # the day (µs since 1970) of the last line with a stamp
    clock: int | None = None  # the time of day (µs) of the last line with a stamp

    def __post_init__(self) -> None:
        if self.anchor is not None:
            self.day = (self.anchor - _EPOCH.date()).days * DAY

    def walk(self, lines: pa.Table) -> pa.Table:
        """The chunk's rows with each time-of-day stamp dated (or untimed: no day is known)."""
        ts = lines.column("ts")
        micros = pc.fill_null(ts.cast(pa.int64()), _NO_TIME).to_numpy(zero_copy_only=False)
        clocked = (micros >= _CLOCK_DAY_MICROS) & (micros < _CLOCK_DAY_MICROS + DAY)
        if not clocked.any():
            self._see_dated(micros)
            return lines
        valid = micros != _NO_TIME
        rows = np.flatnonzero(valid)
        stamps = micros[rows]
        is_clock = clocked[rows]
        tod = np.where(is_clock, stamps - _CLOCK_DAY_MICROS, np.mod(stamps, DAY))
        days = np.where(is_clock, -1, stamps - np.mod(stamps, DAY))
        before = tod[0] if self.clock is None else self.clock
        rolls = np.cumsum(np.diff(tod, prepend=before) < -ROLLBACK)
        # the day of each row: the last dated row's (at or above it), moved by the midnights since
        last = np.maximum.accumulate(np.where(is_clock, -1, np.arange(len(rows))))
        carried = -1 if self.day is None else self.day
        base = np.where(last >= 0, days[np.maximum(last, 0)], carried)
        since = rolls - np.where(last >= 0, rolls[np.maximum(last, 0)], 0)
        dated = base + since * DAY + tod
        self.clock = int(tod[-1])
        if base[-1] >= 0:
            self.day = int(base[-1] + since[-1] * DAY)
        out = micros.copy()
        known = is_clock & (base >= 0)
        out[rows[is_clock]] = _NO_TIME
        out[rows[known]] = dated[known]
        local = pa.array(out, pa.timestamp("us"), mask=out == _NO_TIME)
        placed = self._utc(local)
        column = pc.if_else(pa.array(clocked), placed, ts)
        return lines.set_column(lines.schema.get_field_index("ts"), "ts", column)

    def _see_dated(self, micros: npt.NDArray[np.int64]) -> None:
        valid = micros[micros != _NO_TIME]
        if len(valid):
            self.day = int(valid[-1] - np.mod(valid[-1], DAY))
            self.clock = int(np.mod(valid[-1], DAY))

    def _utc(self, local: pa.Array) -> pa.Array:
        """Naive wall-clock times in the timezone setting as naive UTC."""
        if self.timezone == "UTC":
            return local
        zoned = pc.assume_timezone(local, self.timezone, ambiguous="earliest", nonexistent="latest")
        return zoned.cast(pa.timestamp("us", "UTC")).cast(pa.timestamp("us"))


_EPOCH = datetime(1970, 1, 1)
