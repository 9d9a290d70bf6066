"""Stamps without a year: the log's order decides its years, its latest stamp lies no later than
tomorrow, and a New Year opens where the dates go back by more than half a year."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from analyzer.logs.ingest import ingest
from analyzer.logs.profile import LogProfile
from analyzer.logs.years import Heading, YearWalker, add_years, read_heading


def _micros(text: str) -> int:
    return int(np.datetime64(text, "us").astype(np.int64))


def _syslog(stamps: list[datetime]) -> str:
    return "".join(
        f"{t:%b %e %H:%M:%S} bastion sshd[{i}]: Accepted password for user{i % 3}\n"
        for i, t in enumerate(stamps)
    )


def _ingest(tmp_path: Path, text: str) -> LogProfile:
    raw = tmp_path / "auth.log"
    raw.write_text(text)
    return ingest(raw, tmp_path / "store", log_id="a", filename="auth.log")


def _latest_year(month_day: datetime) -> int:
    """The last year in which this month-day and time lie no later than tomorrow."""
    cutoff = datetime.now(UTC).replace(tzinfo=None) + timedelta(days=1)
    year = cutoff.year
    while month_day.replace(year=year) > cutoff:
        year -= 1
    return year


def _event_times(tmp_path: Path) -> list[datetime]:
    table = pq.read_table(tmp_path / "store" / "events.parquet", columns=["line", "ts"])
    return [row["ts"] for row in table.sort_by("line").to_pylist()]


@pytest.mark.parametrize(
    "days",
    [
        (-2, 3),  # a log running from two days ago until three days from now: last year's
        (-20, 20),
        (-200, -3),  # months, all in the past: this year's (or across New Year)
        (5, 40),  # all after today: last year's
    ],
)
def test_a_log_is_read_in_one_run_of_years_ending_no_later_than_tomorrow(
    tmp_path: Path, days: tuple[int, int]
) -> None:
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    first, last = (now + timedelta(days=d) for d in days)
    stamps = [first + (last - first) * k / 9 for k in range(10)]
    stamps = [s.replace(microsecond=0) for s in stamps]
    profile = _ingest(tmp_path, _syslog(stamps))
    assert profile.format == "syslog"
    end_year = _latest_year(stamps[-1])
    shift = end_year - stamps[-1].year
    expected = [s.replace(year=s.year + shift) for s in stamps]
    assert _event_times(tmp_path) == expected
    assert profile.time_range.start == expected[0].replace(tzinfo=UTC)
    assert profile.time_range.end == expected[-1].replace(tzinfo=UTC)
    # one run of years: never more than a year from first to last, and in line order
    assert expected == sorted(expected)
    assert any(f"read as ending in {end_year}" in w for w in profile.warnings)


_OLD, _NEW = 2001, 2002  # the years the stamps below were written in (not in the file)


@pytest.mark.parametrize(
    "stamps",
    [
        # a New Year in the log opens the next year
        [
            datetime(_OLD, 12, 30, 22, 0, 0),
            datetime(_OLD, 12, 31, 23, 59, 58),
            datetime(_NEW, 1, 1, 0, 0, 3),
            datetime(_NEW, 1, 2, 8, 30, 0),
        ],
        # two hosts' lines merged around midnight: the old year's late lines keep their year
        [
            datetime(_OLD, 12, 31, 23, 59, 59),
            datetime(_NEW, 1, 1, 0, 0, 1),
            datetime(_OLD, 12, 31, 23, 59, 59),
            datetime(_NEW, 1, 1, 0, 0, 2),
            datetime(_NEW, 1, 1, 0, 0, 3),
        ],
    ],
)
def test_a_new_year_in_the_log_opens_the_next_year(tmp_path: Path, stamps: list[datetime]) -> None:
    _ingest(tmp_path, _syslog(stamps))
    end = _latest_year(stamps[-1])
    assert _event_times(tmp_path) == [s.replace(year=end - (_NEW - s.year)) for s in stamps]


def test_rotated_files_concatenated_out_of_order_stay_in_one_year(tmp_path: Path) -> None:
    # `cat syslog syslog.1`: a week, then the week before it (months away from today)
    today = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    week = today - timedelta(days=120)
    newer = [week + timedelta(hours=12 * k) for k in range(14)]
    older = [t - timedelta(days=7) for t in newer]
    _ingest(tmp_path, _syslog(newer + older))
    got = _event_times(tmp_path)
    assert got == newer + older  # each in its own year: within the last 120 days


def test_a_log_out_of_time_order_opens_no_years(tmp_path: Path) -> None:
    # a shuffled sample of a year of lines: its jumps of half a year are no New Years
    rng = random.Random(3)
    base = datetime(2001, 1, 1, 12, 0, 0)
    stamps = [base + timedelta(days=rng.randrange(365), seconds=rng.randrange(86_400))]
    stamps += [base + timedelta(days=rng.randrange(365)) for _ in range(1_999)]
    profile = _ingest(tmp_path, _syslog(stamps))
    start, end = profile.time_range.start, profile.time_range.end
    assert start is not None and end is not None
    assert end - start < timedelta(days=366)
    assert end <= datetime.now(UTC) + timedelta(days=1)


def test_stamps_with_a_year_beside_year_less_ones_are_not_moved(tmp_path: Path) -> None:
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    ahead = now + timedelta(days=10)  # a year-less stamp that forces last year
    text = (
        f"{ahead:%b %e %H:%M:%S} bastion sshd[1]: Accepted password for admin\n"
        f"{ahead:%Y-%m-%dT%H:%M:%S}Z web-1 nginx[2]: upstream timed out\n"
    ) * 30
    profile = _ingest(tmp_path, text)
    times = _event_times(tmp_path)
    assert ahead.replace(year=ahead.year - 1) in times
    assert ahead in times  # the written year is kept
    assert profile.time_range.end == ahead.replace(tzinfo=UTC)


def test_templates_first_and_last_seen_match_the_moved_events(tmp_path: Path) -> None:
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    stamps = [now - timedelta(days=5) + timedelta(days=k) for k in range(12)]
    _ingest(tmp_path, _syslog(stamps))
    store = tmp_path / "store"
    got = duckdb.sql(
        f"""SELECT t.template_id, any_value(t.first_seen) = min(e.ts)
                     AND any_value(t.last_seen) = max(e.ts) AS same, year(min(e.ts)) AS y
            FROM read_parquet('{store / "templates.parquet"}') t
            JOIN read_parquet('{store / "events.parquet"}') e USING (template_id)
            GROUP BY t.template_id"""
    ).fetchall()
    assert got and all(same for _, same, _ in got)
    shift = _latest_year(stamps[-1]) - stamps[-1].year
    assert min(y for _, _, y in got) == stamps[0].year + shift


def test_add_years_matches_duckdb_including_29_february() -> None:
    stamps = ["2024-02-29T10:00:00", "2026-12-31T23:59:59.500000", "2026-01-31T00:00:00"]
    micros = np.array([_micros(s) for s in stamps], np.int64)
    values = ", ".join(f"(TIMESTAMP '{s.replace('T', ' ')}')" for s in stamps)
    for years in (-3, -1, 1, 4):
        ours = add_years(micros, years).astype("datetime64[us]").tolist()
        theirs = [
            row[0]
            for row in duckdb.sql(
                f"SELECT x + to_years({years}) FROM (VALUES {values}) t(x)"
            ).fetchall()
        ]
        assert ours == theirs


def test_the_walker_opens_years_across_chunks_and_shifts_to_the_cutoff() -> None:
    walker = YearWalker()

    def chunk(*texts: str | None, ym: bool = True) -> pa.Table:
        ts = pa.array([None if t is None else _micros(t) for t in texts], pa.timestamp("us"))
        return pa.table({"ts": ts, "ym": pa.array([ym] * len(texts))})

    first = walker.walk(chunk("2026-11-30T10:00:00", None, "2026-12-31T23:00:00"))
    assert first.column("ts").to_pylist()[1] is None
    second = walker.walk(chunk("2026-01-01T01:00:00", "2026-01-05T00:00:00"))
    assert [t.year for t in second.column("ts").to_pylist()] == [2027, 2027]
    untouched = chunk("2026-06-01T00:00:00", ym=False)
    assert walker.walk(untouched) is untouched
    # the latest (Jan 5 of the opened year) must lie no later than the cutoff
    assert walker.shift(_micros("2027-01-05T00:00:00"), anchored=False) == 0
    assert walker.shift(_micros("2027-01-04T23:59:59"), anchored=False) == -1
    assert walker.shift(_micros("2030-03-01T00:00:00"), anchored=False) == 3
    assert walker.last_year(-1) == 2026
    # ... or, beside a stamp writing its year (June 2026), lie nearest it: Jan 5 2026
    assert walker.shift(_micros("2030-03-01T00:00:00")) == -1
    assert walker.shift(_micros("2025-03-01T00:00:00")) == -2  # never after the cutoff
    assert YearWalker().shift(_micros("2030-01-01T00:00:00")) == 0
    assert YearWalker().last_year(0) is None


def test_a_stamp_written_today_stays_this_year(tmp_path: Path) -> None:
    today = date.today()
    stamp = datetime(today.year, today.month, today.day, 0, 0, 1)
    _ingest(tmp_path, _syslog([stamp]))
    assert _event_times(tmp_path) == [stamp.replace(year=_latest_year(stamp))]


def test_a_new_year_above_a_line_without_a_stamp_is_read(tmp_path: Path) -> None:
    # the chunk's null time (a continuation line) beside the year opened at Jan 1
    profile = _ingest(tmp_path, "Dec 31 23:59:00 h a: x\nJan  1 00:00:10 h a: y\n  cont\n")
    assert profile.event_count == 2
    first, second = _event_times(tmp_path)
    assert (second.year - first.year, second.month, second.day) == (1, 1, 1)


def test_year_less_lines_take_the_year_of_the_lines_that_write_one(tmp_path: Path) -> None:
    # pfSense's BSD lines beside one it sent as RFC 5424 (a year, three years ago)
    log = (
        "<134>Jan  1 00:00:01 filterlog[12345]: 5,,,1000000103,igb1,match,block,in,4\n"
        "<134>Jan  1 00:00:02 filterlog[12345]: 5,,,1000000103,igb1,match,block,in,4\n"
        "<38>Jan  1 00:00:03 sshd[999]: Accepted publickey for admin from 10.0.0.9 port 5 ssh2\n"
        "<134>1 2023-01-01T00:00:04.123456+00:00 pfSense.home filterlog 12345 - - 5,,,10,igb1\n"
    )
    profile = _ingest(tmp_path, log)
    assert _event_times(tmp_path)[:3] == [datetime(2023, 1, 1, 0, 0, s) for s in (1, 2, 3)]
    assert profile.time_range.end == datetime(2023, 1, 1, 0, 0, 4, 123456, tzinfo=UTC)
    assert any("ending in 2023, the year nearest the lines" in w for w in profile.warnings)


@pytest.mark.parametrize(
    "heading",
    [
        # systemd up to 245, then 246-250
        "-- Logs begin at Sat 2019-12-28 09:00:00 CET, end at Thu 2020-01-02 10:05:00 CET. --",
        "-- Journal begins at Sat 2019-12-28 09:00:00 UTC, ends at Thu 2020-01-02 10:05:00 UTC. --",
    ],
)
def test_a_journal_heading_gives_the_years_of_its_lines(tmp_path: Path, heading: str) -> None:
    stamps = [datetime(2019, 12, 31, 23, 59, 58), datetime(2020, 1, 2, 10, 5)]
    profile = _ingest(tmp_path, heading + "\n" + _syslog(stamps))
    assert _event_times(tmp_path)[1:] == stamps  # across the New Year, as the heading says
    assert any("read as ending in 2020, as the log's heading says" in w for w in profile.warnings)
    named = "CET" in heading  # the zone the heading names, where the lines were read in UTC
    assert any("heading says its times are in CET" in w for w in profile.warnings) is named


@pytest.mark.parametrize(
    "line",
    [
        "-- Boot 2f5e1c7a9b3d4e5f8a1b2c3d4e5f6a7b --",
        "Dec 31 23:59:58 bastion sshd[1]: -- Logs begin at x, end at Thu 2020-01-02 10:05:00 --",
    ],
)
def test_no_other_line_states_an_end(line: str) -> None:
    assert read_heading(line) is None


def test_a_journal_heading_naming_only_its_beginning_says_when_its_lines_start() -> None:
    heading = read_heading("-- Logs begin at Sat 2019-12-28 09:00:00 CET. --")
    assert heading == Heading(datetime(2019, 12, 28, 9, 0), "CET", opens=True)


def test_the_heading_gives_the_end_to_the_second_and_its_zone() -> None:
    heading = (
        "-- Journal begins at Mon 2024-03-04 09:00:00 CET, ends at Tue 2024-03-05 18:30:12 CET. --"
    )
    assert read_heading(heading) == Heading(datetime(2024, 3, 5, 18, 30, 12), "CET")
    bare = "-- Logs begin at Mon 2024-03-04 09:00:00, end at Tue 2024-03-05 18:30:12. --"
    assert read_heading(bare) == Heading(datetime(2024, 3, 5, 18, 30, 12), "")


def test_a_glog_heading_says_when_the_log_was_created() -> None:
    heading = read_heading("Log file created at: 2015/05/31 02:22:07")
    assert heading == Heading(datetime(2015, 5, 31, 2, 22, 7), "", opens=True)


def test_glog_lines_start_from_their_file_s_creation(tmp_path: Path) -> None:
    # created in May 2015: the year-less lines are that May's, whatever the ingest year, and
    # the lines after them in a later month stay in 2015 (a journal would put them last)
    profile = _ingest(
        tmp_path,
        "Log file created at: 2015/05/31 02:22:07\n"
        "Running on machine: sunshine5\n"
        "I0531 02:22:07.343002   54353 main.go:14] Hello, glog\n"
        "W1130 18:00:00.000001   54353 main.go:20] still running in November\n",
    )
    assert (profile.format, profile.event_count, profile.parse_failures) == ("glog", 3, 0)
    assert profile.time_range is not None
    assert profile.time_range.start == datetime(2015, 5, 31, 2, 22, 7, tzinfo=UTC)
    assert profile.time_range.end == datetime(2015, 11, 30, 18, 0, 0, 1, tzinfo=UTC)
