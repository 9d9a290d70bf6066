"""Years for stamps written without one (syslog's `Jun 14 15:16:01`), decided by the whole log.

Parsing reads such a stamp in the ingest year. Walking the log in line order, a stamp more than
half a year before the one above it opens a new year (`Dec 31` then `Jan  1`), and one more
than half a year after it, in a year so opened, is a late line of the year before. Once every
line is read, the log is moved by whole years so that its latest stamp is the last one that is
no later than tomorrow (`YearWalker.shift`): the log's own order decides its years, not each
line alone, so a log from November to December read in early December is last year's whole.
Where other lines of the log write their year (a relay's RFC 5424 lines among BSD syslog), the
year-less stamps are moved instead to lie nearest the latest of those, still no later. A
log whose stamps jump back and forth by half a year many times (not in time order) opens no
more years once it shows that.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

DAY = 86_400 * 1_000_000  # µs
HALF_YEAR = 183 * DAY
# more jumps of half a year than this in one chunk: the lines are not in time order (a shuffled
# sample, a sort by another field), and no year is opened from then on
MAX_JUMPS = 16

Micros = npt.NDArray[np.int64]


def add_years(micros: Micros, years: npt.NDArray[np.int64] | int) -> Micros:
    """Timestamps (µs since 1970) moved by whole years, as DuckDB's `+ to_years(n)` does: the
    same month, day and time, a 29 February becoming the 28th in a common year."""
    t = micros.astype("datetime64[us]")
    day = t.astype("datetime64[D]")
    month = day.astype("datetime64[M]")
    year = month.astype("datetime64[Y]")
    moved = (year + np.asarray(years).astype("timedelta64[Y]")).astype("datetime64[M]") + (
        month - year.astype("datetime64[M]")
    )
    start = moved.astype("datetime64[D]")
    length = (moved + np.timedelta64(1, "M")).astype("datetime64[D]") - start
    offset = np.minimum(day - month.astype("datetime64[D]"), length - np.timedelta64(1, "D"))
    moved_micros: Micros = (start + offset + (t - day)).astype(np.int64)
    return moved_micros


@dataclass
class YearWalker:
    """Follows the year-less stamps of a log chunk by chunk, in line order."""

    previous: int | None = None  # the last year-less stamp as parsed (in the ingest year)
    wraps: int = 0  # years opened so far
    latest: int | None = None  # the latest stamp with its opened years
    unordered: bool = False  # the log's stamps are out of order: no more years are opened
    dated: int | None = None  # the latest stamp that writes its year (another format's line)
    first: int | None = None  # the first year-less stamp as parsed (in the ingest year)

    def walk(self, events: pa.Table) -> pa.Table:
        """The chunk's rows with the years opened above each year-less stamp (`ym`) added."""
        valid = events.column("ts").is_valid()
        self._see_dated(events, valid)
        stamped = pc.and_(events.column("ym"), valid)
        rows = np.flatnonzero(pc.fill_null(stamped, False).to_numpy(zero_copy_only=False))
        if not len(rows):
            return events
        # (nulls as 0, masked below: with nulls NumPy would make the column float)
        ts = pc.fill_null(events.column("ts").cast(pa.int64()), 0).to_numpy(zero_copy_only=False)
        parsed = ts[rows]
        if self.first is None:
            self.first = int(parsed[0])
        before = parsed[0] if self.previous is None else self.previous
        steps = np.diff(parsed, prepend=before)
        self.previous = int(parsed[-1])
        jumps = np.flatnonzero(np.abs(steps) > HALF_YEAR)
        if len(jumps) > MAX_JUMPS:
            self.unordered = True
        if self.unordered:
            jumps = jumps[:0]
        if not len(jumps) and not self.wraps:
            self._see(parsed)
            return events
        change = np.zeros(len(rows), np.int64)
        wraps = self.wraps
        for i in jumps:  # few: a log's New Years (many only in a pathological log)
            if steps[i] < 0:
                wraps += 1
                change[i] = 1
            elif wraps:
                wraps -= 1
                change[i] = -1
        moved = add_years(parsed, self.wraps + np.cumsum(change))
        self.wraps = wraps
        self._see(moved)
        out = ts.copy()
        out[rows] = moved
        column = pa.array(out, pa.timestamp("us"), mask=~valid.to_numpy())
        return events.set_column(events.schema.get_field_index("ts"), "ts", column)

    def _see_dated(self, events: pa.Table, valid: pa.ChunkedArray) -> None:
        dated = pc.and_(pc.invert(pc.fill_null(events.column("ym"), False)), valid)
        top = pc.max(pc.filter(events.column("ts"), dated).cast(pa.int64())).as_py()
        if top is not None:
            self.dated = top if self.dated is None else max(self.dated, top)

    def _see(self, stamps: Micros) -> None:
        top = int(stamps.max())
        self.latest = top if self.latest is None else max(self.latest, top)

    def shift(self, cutoff: int, *, anchored: bool = True) -> int:
        """Whole years to move every year-less stamp by: the latest stamp then lies in the last
        year that puts it no later than `cutoff` (µs; tomorrow, for a zone ahead of UTC). When
        the log's other lines write their years (`anchored`), in the year that puts it nearest
        the latest of those (`anchor`), no later than `cutoff`."""
        if self.latest is None:
            return 0
        latest = np.array([self.latest], np.int64)
        years = _year(cutoff) - _year(self.latest)  # the latest stamp in the cutoff's year
        if add_years(latest, years)[0] > cutoff:
            years -= 1
        if anchored and self.dated is not None:
            return self.anchor(latest, years)
        return years

    def shift_from(self, start: int, cutoff: int) -> int:
        """Whole years to move every year-less stamp by for a log created at `start` (µs):
        its first stamp then lies no earlier than the day before, its latest no later than
        `cutoff` where both cannot hold."""
        if self.first is None or self.latest is None:
            return 0
        first = np.array([self.first], np.int64)
        years = _year(start) - _year(self.first)
        if add_years(first, years)[0] < start - DAY:
            years += 1
        if add_years(np.array([self.latest], np.int64), years)[0] > cutoff:
            years -= 1
        return years

    def anchor(self, latest: Micros, last: int) -> int:
        """The shift, at most `last`, putting the latest year-less stamp nearest the latest
        stamp with a year: a year-less log's lines beside a relay's RFC 5424 lines."""
        dated = self.dated
        if dated is None:
            return last
        near = _year(dated) - _year(int(latest[0]))
        tried = [y for y in (near - 1, near, near + 1) if y <= last]
        if not tried:
            return last
        return min(tried, key=lambda y: abs(int(add_years(latest, y)[0]) - dated))

    def last_year(self, shift: int) -> int | None:
        """The year of the latest year-less stamp once moved by `shift` years (None: none)."""
        if self.latest is None:
            return None
        return _year(int(add_years(np.array([self.latest], np.int64), shift)[0]))


# a journal heading's time and zone (a zone with no abbreviation is shown as its offset: `+07`)
_JOURNAL_TIME = (
    r"\w{3} (\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) ?([A-Za-z][\w+-]*|[+-]\d{2}(?::?\d{2})?)?"
)
# journalctl's heading (systemd up to 250): `-- Logs begin at Mon 2024-03-04 09:00:00 CET, end
# at Mon 2024-03-04 10:05:00 CET. --`, or `-- Journal begins at ..., ends at ... --`
_JOURNAL_HEADING = re.compile(
    r"^-- (?:Logs begin|Journal begins) at .*?, ends? at " + _JOURNAL_TIME + r"\.? --\s*$"
)
# ... or, when the journal was followed from its start (`journalctl -f`, systemd's `status`),
# its beginning alone: `-- Logs begin at Sat 2023-05-13 11:40:28 CEST. --`
_JOURNAL_BEGINS = re.compile(
    r"^-- (?:Logs begin|Journal begins) at " + _JOURNAL_TIME + r"\. --\s*$"
)
# glog's and klog's files open with when they were created (`Log file created at: 2021/11/28
# 04:07:21`), their lines writing no year (`I1128 04:07:21.445540 1 main.go:132] ...`)
_GLOG_HEADING = re.compile(r"^Log file created at: (\d{4})/(\d{2})/(\d{2}) (\d{2}:\d{2}:\d{2})\s*$")


@dataclass(frozen=True)
class Heading:
    """What a log's heading says of its lines: when the last one was written (`end`), in the
    zone it names (an abbreviation, such as `CET`; empty when it names none), or, for a log
    that `opens` at that time, when it was created."""

    end: datetime
    zone: str
    opens: bool = False


def read_heading(first_line: str) -> Heading | None:
    """The heading a log opens with, if any: journalctl's, whose end is the cutoff for
    `YearWalker.shift`, or glog's, or a journal's naming only its beginning, the time its lines
    start from (`YearWalker.shift_from`)."""
    if (created := _GLOG_HEADING.match(first_line)) is not None:
        year, month, day, clock = created.groups()
        return Heading(datetime.fromisoformat(f"{year}-{month}-{day} {clock}"), "", opens=True)
    if (begins := _JOURNAL_BEGINS.match(first_line)) is not None:
        return Heading(datetime.fromisoformat(begins.group(1)), begins.group(2) or "", opens=True)
    found = _JOURNAL_HEADING.match(first_line)
    if found is None:
        return None
    return Heading(datetime.fromisoformat(found.group(1)), found.group(2) or "")


def _year(micros: int) -> int:
    return int(np.datetime64(micros, "us").astype("datetime64[Y]").astype(np.int64)) + 1970
