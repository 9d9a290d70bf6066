"""Local times a clock set back repeats: the hour after daylight saving time ends.

When a log's naive stamps are read in a timezone with daylight saving time, the local times
of the hour before the clocks go back (`02:00`-`02:59` in Berlin on the last Sunday of
October) happen twice, an hour apart. DuckDB reads such a time as its later instant (standard
time). A log runs through the hour twice in line order: its lines are read as the first
instant until the local clock goes back, the later one after that (`FoldWalker`), as Python's
`fold` tells them apart. A line opening the log in that hour is read as the first instant.
Year-less stamps (`ym`), whose year is decided after the whole log is read, are left as read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from analyzer.logs.zones import is_offset

MICROS = 1_000_000
# a line before the one above it by up to this much is out of order, not the clock set back
# (threads writing a log at once)
SLACK = 5 * 60 * MICROS


@dataclass
class FoldWalker:
    """Follows a log's lines chunk by chunk, in line order, moving the times read in a
    repeated hour to their first instant until the log's clock goes back."""

    zone: ZoneInfo | None
    previous: int | None = None  # the last time given (µs, naive UTC)
    # per year, the repeated hours as (start, length) in µs of naive UTC, as DuckDB reads them
    _folds: dict[int, list[tuple[int, int]]] = field(default_factory=dict)

    @classmethod
    def for_zone(cls, tz: str) -> FoldWalker:
        """A walker for stamps read in `tz` (one doing nothing for UTC)."""
        return cls(None if tz == "UTC" or is_offset(tz) else ZoneInfo(tz))

    def walk(self, lines: pa.Table) -> pa.Table:
        """The chunk's rows, a time read in a repeated hour moved to its first instant where
        the lines above it say the clock has not gone back yet."""
        if self.zone is None:
            return lines
        ts = lines.column("ts")
        usable = pc.and_(pc.is_valid(ts), pc.invert(pc.fill_null(lines.column("ym"), False)))
        rows = np.flatnonzero(usable.to_numpy(zero_copy_only=False))
        if not len(rows):
            return lines
        micros = pc.fill_null(ts.cast(pa.int64()), 0).to_numpy(zero_copy_only=False).copy()
        stamps = micros[rows]
        moved = False
        for start, length in self._windows(stamps):
            inside = (stamps >= start) & (stamps < start + length)
            for k in np.flatnonzero(inside):
                first = stamps[k] - length
                before = stamps[k - 1] if k else self.previous
                if before is None or first >= before - SLACK:
                    stamps[k] = first
                    moved = True
        self.previous = int(stamps[-1])
        if not moved:
            return lines
        micros[rows] = stamps
        column = pa.array(micros, pa.timestamp("us"), mask=~pc.is_valid(ts).to_numpy())
        return lines.set_column(lines.schema.get_field_index("ts"), "ts", column)

    def _windows(self, stamps: npt.NDArray[np.int64]) -> list[tuple[int, int]]:
        """The repeated hours of the years the stamps fall in (only those: a stamp of year 1
        beside one of 2026 asks for two years, not two thousand)."""
        years = np.unique(stamps.astype("datetime64[us]").astype("datetime64[Y]").astype(np.int64))
        return [w for year in years for w in self._year_folds(int(year) + 1970)]

    def _year_folds(self, year: int) -> list[tuple[int, int]]:
        if year not in self._folds:
            self._folds[year] = _folds(self.zone, year) if self.zone else []
        return self._folds[year]


def _offset(zone: ZoneInfo, moment: datetime) -> timedelta:
    return moment.astimezone(zone).utcoffset() or timedelta(0)


def _folds(zone: ZoneInfo, year: int) -> list[tuple[int, int]]:
    """The year's repeated local hours in `zone`: where its offset from UTC drops, the
    instant it drops (naive UTC, µs) and by how much."""
    if not 1 < year < 9999:
        return []
    found = []
    day = datetime(year, 1, 1, tzinfo=UTC)
    offset = _offset(zone, day)
    while day.year == year:
        nxt = day + timedelta(days=1)
        after = _offset(zone, nxt)
        if after < offset:
            # the first minute of the day with the new offset (clocks change on a minute)
            low, high = 0, 24 * 60
            while high - low > 1:
                mid = (low + high) // 2
                same = _offset(zone, day + timedelta(minutes=mid)) == offset
                low, high = (mid, high) if same else (low, mid)
            start = day.replace(tzinfo=None) + timedelta(minutes=high) - datetime(1970, 1, 1)
            drop = offset - after
            found.append((start // timedelta(microseconds=1), drop // timedelta(microseconds=1)))
        day, offset = nxt, after
    return found
