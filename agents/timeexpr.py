"""Time expressions in questions, read against the log's own time range (never the wall clock)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from dateutil import parser as dateparser

from agents.params import TimeWindow

TIME = r"\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?"
WEEKDAY = r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? )?"
DATE = (
    rf"(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|"
    rf"{WEEKDAY}[A-Z][a-z]{{2}} +\d{{1,2}}(?:,? \d{{4}})?)"
)
STAMP = rf"(?:{DATE}[ T])?{TIME}(?: \d{{4}}\b)?|{DATE}"
UNITS = {"second": 1, "sec": 1, "minute": 60, "min": 60, "hour": 3600, "hr": 3600, "day": 86400}
UNIT = r"(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?)"
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "five": 5,
    "ten": 10,
    "fifteen": 15,
    "thirty": 30,
}
AROUND_RADIUS = 300


@dataclass(frozen=True)
class LogSpan:
    """The first and last timestamps of the logs in question."""

    start: datetime
    end: datetime


@dataclass
class TimeReading:
    """What the question said about time."""

    window: TimeWindow | None = None
    around: datetime | None = None
    radius_seconds: int = AROUND_RADIUS
    relative_to: str | None = None
    outside_log: bool = False


def read_time(question: str, span: LogSpan | None) -> TimeReading:
    """Find the question's time expression (the first rule that matches wins).

    A day or year named apart from the times ("on Dec 25 between 10:00 and 11:00", "in 2012")
    moves the times to that day, or is the window itself when no time is given.
    """
    day = _named_day(question, span)
    for rule in (_between, _relative, _around, _at, _after_before, _anchor):
        reading = rule(question, span)
        if reading is not None:
            if day is not None:
                _move_to(reading, day[0])
            reading.outside_log = _outside(reading, span)
            return reading
    if day is not None:
        reading = TimeReading(window=TimeWindow(start=day[0], end=day[1], label=day[2]))
        reading.outside_log = _outside(reading, span)
        return reading
    return TimeReading()


MONTH_DAY = r"(?:on |of )?(?:[A-Z][a-z]{2},? )?([A-Z][a-z]{2}) +(\d{1,2})(?:,? (\d{4}))?"


def _named_day(q: str, span: LogSpan | None) -> tuple[datetime, datetime, str] | None:
    """A calendar day, or a year, that the question names without a time of day."""
    year = re.search(r"\b(?:in|during|of) (\d{4})\b(?!-)", q)
    if year:
        start = datetime(int(year.group(1)), 1, 1, tzinfo=UTC)
        return start, start.replace(year=start.year + 1), f"in {year.group(1)}"
    m = re.search(
        r"\b(\d{4}-\d{2}-\d{2}|\d{1,2}/[A-Z][a-z]{2}/\d{4}|[A-Z][a-z]{2} +\d{1,2}(?:,? \d{4})?)"
        rf"(?!\s*{TIME}|\d|:)",
        q,
    )
    if not m:
        return None
    text = m.group(1).replace("/", " ")
    default = datetime(span.start.year if span else 2000, 1, 1)
    try:
        parsed = dateparser.parse(text, default=default)
    except (ValueError, OverflowError):
        return None
    start = datetime.combine(parsed.date(), time(), tzinfo=UTC)
    return start, start + timedelta(days=1), f"on {m.group(1)}"


def _move_to(reading: TimeReading, day: datetime) -> None:
    """Shift a reading's times by whole days so that they fall on `day`."""
    window = reading.window
    anchor = reading.around or (window.start or window.end if window else None)
    if anchor is None or anchor.date() == day.date():
        return
    shift = timedelta(days=(day.date() - anchor.date()).days)
    if reading.around is not None:
        reading.around += shift
    if window is not None:
        window.start = window.start + shift if window.start else None
        window.end = window.end + shift if window.end else None


def _between(q: str, span: LogSpan | None) -> TimeReading | None:
    m = re.search(rf"\b(?:between|from)\s+({STAMP})\s+(?:and|to|until|-)\s+({STAMP})", q, re.I)
    m = m or re.search(rf"\b({TIME})\s*-\s*({TIME})\b", q)
    if not m:
        return None
    start, end = _stamp(m.group(1), span), _stamp(m.group(2), span, ref=_stamp(m.group(1), span))
    if start is None or end is None:
        return None
    if end <= start:
        end += timedelta(days=1)
    return TimeReading(
        window=TimeWindow(
            start=start,
            end=end + _precision(m.group(2)),
            label=f"between {m.group(1)} and {m.group(2)}",
        )
    )


def _relative(q: str, span: LogSpan | None) -> TimeReading | None:
    m = re.search(rf"\b(?:in |during |over )?the (last|first|final) (?:(\d+|\w+) )?{UNIT}", q, re.I)
    if not m or span is None:
        return None
    count = _count(m.group(2))
    if count is None:
        return None
    unit = m.group(3).lower().rstrip("s")
    size = timedelta(seconds=count * UNITS[unit])
    label = f"the {m.group(1).lower()} {count} {unit}(s) of the log"
    if m.group(1).lower() == "first":
        return TimeReading(window=TimeWindow(start=span.start, end=span.start + size, label=label))
    return TimeReading(window=TimeWindow(start=span.end - size, end=span.end, label=label))


def _around(q: str, span: LogSpan | None) -> TimeReading | None:
    m = re.search(rf"\b(?:around|near|about|approximately|circa|~)\s*({STAMP})", q, re.I)
    if not m:
        return None
    at = _stamp(m.group(1), span)
    if at is None:
        return None
    return TimeReading(around=at, radius_seconds=AROUND_RADIUS)


def _at(q: str, span: LogSpan | None) -> TimeReading | None:
    m = re.search(rf"\b(?:at|on)\s+({STAMP})", q, re.I)
    if not m:
        return None
    at = _stamp(m.group(1), span)
    if at is None:
        return None
    end = at + _precision(m.group(1))
    return TimeReading(window=TimeWindow(start=at, end=end, label=f"at {m.group(1)}"))


def _after_before(q: str, span: LogSpan | None) -> TimeReading | None:
    m = re.search(rf"\b(after|since|from|before|until|till|up to)\s+({STAMP})", q, re.I)
    if not m:
        return None
    at = _stamp(m.group(2), span)
    if at is None:
        return None
    word = m.group(1).lower()
    if word in ("after", "since", "from"):
        return TimeReading(window=TimeWindow(start=at, label=f"{word} {m.group(2)}"))
    return TimeReading(window=TimeWindow(end=at, label=f"{word} {m.group(2)}"))


def _anchor(q: str, _span: LogSpan | None) -> TimeReading | None:
    m = re.search(
        r"\b(before|after|during)\s+(?:the\s+)?(spike|peak|deploy(?:ment)?|restart|"
        r"outage|incident|crash|burst)",
        q,
        re.I,
    )
    if not m:
        return None
    return TimeReading(relative_to=f"{m.group(1).lower()}:{m.group(2).lower()}")


def _count(word: str | None) -> int | None:
    if word is None:
        return 1
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word.lower())


def _precision(text: str) -> timedelta:
    """How long a written stamp lasts: a minute for HH:MM, a second for HH:MM:SS, else a day."""
    if re.search(r"\d:\d{2}:\d{2}", text):
        return timedelta(seconds=1)
    if re.search(r"\d:\d{2}", text):
        return timedelta(minutes=1)
    return timedelta(days=1)


def _stamp(text: str, span: LogSpan | None, ref: datetime | None = None) -> datetime | None:
    """A written stamp as UTC; a time of day takes its date from the log (or `ref`)."""
    has_date = re.search(DATE, text) is not None
    default_day = (ref or (span.start if span else datetime.now(UTC))).date()
    try:
        parsed: datetime = dateparser.parse(text, default=datetime.combine(default_day, time()))
    except (ValueError, OverflowError):
        return None
    parsed = parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
    if not has_date and span is not None and ref is None:
        parsed = _day_in_span(parsed.timetz(), span) or parsed
    elif has_date and span is not None and not re.search(r"\d{4}", text):
        parsed = parsed.replace(year=span.start.year)
    return parsed


def _day_in_span(moment: time, span: LogSpan) -> datetime | None:
    """The first day of the log on which this time of day falls inside the log."""
    day: date = span.start.date()
    while day <= span.end.date():
        candidate = datetime.combine(day, moment)
        if span.start - timedelta(minutes=1) <= candidate <= span.end + timedelta(minutes=1):
            return candidate
        day += timedelta(days=1)
    return None


def _outside(reading: TimeReading, span: LogSpan | None) -> bool:
    if span is None:
        return False
    if reading.around is not None:
        radius = timedelta(seconds=reading.radius_seconds)
        return reading.around + radius < span.start or reading.around - radius > span.end
    window = reading.window
    if window is None:
        return False
    return bool(
        (window.end and window.end < span.start) or (window.start and window.start > span.end)
    )
