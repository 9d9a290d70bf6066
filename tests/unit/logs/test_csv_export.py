"""CSV exports read by the columns their header row names (`analyzer.logs.csv_export`)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from analyzer.logs.csv_export import MAX_COLUMNS, csv_format, read_header
from analyzer.logs.detect import detect_format, forced_format
from analyzer.logs.extract import field_sql
from analyzer.logs.reader import sample_lines
from analyzer.logs.store import LogStore

from .conftest import FIXTURES, ingest_file
from .test_format_regexes import _steep


def _rows(store_dir: Path, sql: str) -> list[tuple[object, ...]]:
    with LogStore.open([("x", store_dir)]) as store:
        return store.rows(sql)


@pytest.mark.parametrize(
    "line",
    [
        "2024-05-01T10:00:00Z,INFO,api,started",  # a row, not a header
        "Hello, world, this is a sentence with commas in it",
        '{"time": "2024-05-01", "msg": "x"}',
        "timestamp",  # one column
        "name,count,total",  # no time column
        "# time,level,message",  # a comment
        "time,level,step\r\x1b[0K message",  # a carriage return inside: csv raises on it
    ],
)
def test_a_line_that_is_no_header_naming_a_time_is_not_read_as_one(line: str) -> None:
    assert read_header(line) is None


def test_the_header_gives_each_role_its_most_telling_column() -> None:
    columns = read_header('"_serial","_time",source,sourcetype,host,index,"_raw"')
    assert columns is not None
    named = {
        role: columns.names[getattr(columns, role)]
        for role in ("time", "level", "source", "message")
        if getattr(columns, role) >= 0
    }
    # Splunk's source is a file path: the host names the sender better
    assert named == {"time": "_time", "source": "host", "message": "_raw"}
    pair = read_header("Date\tTime\tSeverity\tText")
    assert pair is not None
    assert (pair.delimiter, pair.time, pair.clock, pair.level, pair.message) == ("\t", 0, 1, 2, 3)
    zoned = read_header("TimeGenerated [UTC],Computer,Level,Message")
    assert zoned is not None and zoned.utc and zoned.source == 1
    # forced, a header naming no time still reads the other columns
    untimed = read_header("name,level,message", need_time=False)
    assert untimed is not None and (untimed.time, untimed.level, untimed.message) == (-1, 1, 2)


def test_a_multi_line_value_stays_one_event_of_its_row(tmp_path: Path) -> None:
    profile = ingest_file(FIXTURES / "splunk_export.csv", tmp_path / "s")
    assert profile.format == "csv" and profile.parse_failures == 0
    rows = _rows(
        tmp_path / "s", "SELECT line, end_line, level, source, message FROM events WHERE line = 4"
    )
    line, end, level, source, message = rows[0]
    assert (line, end, level, source) == (4, 7, "ERROR", "web-01")
    assert message.startswith("2024-03-05 10:00:04,500 ERROR")
    assert "at com.shop.OrderService.place(OrderService.java:88)" in message
    # doubled quotes inside a value are one quote
    (quoted,) = _rows(tmp_path / "s", "SELECT message FROM events WHERE line = 3")[0]
    assert quoted.endswith('cart 88 held "stale" prices')
    # a value before the last going on over lines: its row's first line ends inside it
    log = tmp_path / "ci.csv"
    log.write_text(
        'timestamp,message,host\n2024-01-02T10:00:00Z,"job failed:\n  step 3",ci-1\n'
        '2024-01-02T10:00:05Z,"job ok",ci-2\n'
    )
    ingest_file(log, tmp_path / "ci")
    assert _rows(tmp_path / "ci", "SELECT line, end_line, source FROM events") == [
        (1, 1, None),
        (2, 3, None),  # (the host stands after the value, on the line below)
        (4, 4, "ci-2"),
    ]
    (middle,) = _rows(tmp_path / "ci", "SELECT message FROM events WHERE line = 2")[0]
    assert middle.startswith("job failed:\n  step 3")


def test_naive_stamps_are_local_unless_the_column_says_utc(tmp_path: Path) -> None:
    rows = [
        "1/2/2024, 10:00:00.000 AM,vm-01,Informational,started",
        "1/2/2024, 1:05:00.000 PM,vm-01,Error,disk full",
    ]
    for header, first in (
        ("TimeGenerated [UTC],Computer,Level,Message", datetime(2024, 1, 2, 10, 0, tzinfo=UTC)),
        ("TimeGenerated,Computer,Level,Message", datetime(2024, 1, 2, 9, 0, tzinfo=UTC)),
    ):
        log = tmp_path / "export.csv"
        quoted = [f'"{r.split(",", 2)[0]},{r.split(",", 2)[1]}",{r.split(",", 2)[2]}' for r in rows]
        log.write_text("\n".join([header, *quoted]) + "\n")
        profile = ingest_file(log, tmp_path / header[:14].strip(), timezone="Europe/Berlin")
        assert profile.format == "csv"
        assert profile.time_range.start == first
        assert profile.levels == {"NONE": 1, "INFO": 1, "ERROR": 1}
        assert profile.sources == {"vm-01": 2}


def test_an_http_status_column_gives_a_level(tmp_path: Path) -> None:
    log = tmp_path / "access.csv"
    log.write_text(
        "timestamp,status,path\n"
        "1704189600,200,/\n"
        "1704189601,503,/api\n"
        "1704189602,404,/missing\n"
        "1704189603,error,/worker\n"
    )
    profile = ingest_file(log, tmp_path / "a")
    assert profile.format == "csv"
    assert profile.levels == {"NONE": 1, "INFO": 1, "ERROR": 2, "WARN": 1}
    assert profile.time_range.start == datetime(2024, 1, 2, 10, 0, tzinfo=UTC)  # epoch seconds


def test_detected_and_forced_read_the_same_columns(tmp_path: Path) -> None:
    lines = sample_lines(FIXTURES / "kibana_export.csv")
    detected = detect_format(lines)
    assert detected.format.name == "csv" and detected.fit == 1.0
    assert detected.format.pattern == forced_format("csv", lines).format.pattern
    # without its header, the rows fit no CSV export's header: the profile says so
    headless = tmp_path / "rows.csv"
    headless.write_text("\n".join(lines[1:]) + "\n")
    profile = ingest_file(headless, tmp_path / "h", format_override="csv")
    assert profile.format_forced and profile.format_fit == 0.0
    assert profile.line_count == profile.event_count == 5


def test_a_header_whose_rows_do_not_follow_leaves_detection_to_the_other_formats(
    tmp_path: Path,
) -> None:
    lines = [
        "time,level,message",
        *(f"2024-01-02 10:00:0{i} INFO [main] com.example.App - step {i}" for i in range(6)),
    ]
    log = tmp_path / "app.log"
    log.write_text("\n".join(lines) + "\n")
    profile = ingest_file(log, tmp_path / "s")
    # each line's comma-free text fits no row of three columns: the lines are log4j's
    assert profile.format != "csv"
    assert profile.levels.get("INFO") == 6


@pytest.mark.parametrize(
    "header",
    [
        '"_serial","_time",source,sourcetype,host,index,"splunk_server","_raw"',
        "timestamp,message,host," + ",".join(f"field{i}" for i in range(20)),
        "Date;Time;Level;Logger;Message",
        "@timestamp\t@message\t@logStream",
    ],
)
def test_no_header_built_from_a_csv_export_backtracks_exponentially(header: str) -> None:
    columns = read_header(header)
    assert columns is not None
    fmt = csv_format(columns, header)
    assert _steep(re.compile(fmt.pattern)) == []


def test_every_column_is_a_field_of_its_row(tmp_path: Path) -> None:
    ingest_file(FIXTURES / "splunk_export.csv", tmp_path / "s")
    by_type = _rows(
        tmp_path / "s",
        f"SELECT {field_sql('sourcetype')} AS v, count(*) FROM events GROUP BY v ORDER BY v",
    )
    assert by_type == [("shop:app", 5), (None, 1)]  # the header row has no fields
    (attrs,) = _rows(tmp_path / "s", "SELECT attrs FROM events WHERE line = 2")[0]
    fields = json.loads(attrs)
    assert fields["_time"] == "2024-03-05T10:00:01.000+01:00"
    assert "_raw" not in fields  # the message's column is the event's message, not kept twice
    ingest_file(FIXTURES / "kibana_export.csv", tmp_path / "k")
    hosts = _rows(
        tmp_path / "k",
        f"SELECT {field_sql('host.name')} AS v, count(*) FROM events GROUP BY v ORDER BY v",
    )
    assert hosts == [("pod-5c2a", 2), ("pod-7d9f", 3), (None, 1)]


def _wide_export(path: Path, columns: int) -> None:
    """An export of `columns` columns (a time, a level, a message, then fields), three rows."""
    names = ["_time", "level", "_raw"] + [f"field_{i}" for i in range(columns - 3)]
    rows = [
        f"2024-03-04T10:00:0{i}Z,{level},user {i} signed in,"
        + ",".join(f"v{i}.{c}" for c in range(columns - 3))
        for i, level in enumerate(("INFO", "WARN", "ERROR"))
    ]
    path.write_text(",".join(names) + "\n" + "\n".join(rows) + "\n")


def test_an_export_of_as_many_columns_as_read_gives_every_one_a_field(tmp_path: Path) -> None:
    _wide_export(tmp_path / "wide.csv", MAX_COLUMNS)
    profile = ingest_file(tmp_path / "wide.csv", tmp_path / "s")
    assert (profile.format, profile.event_count) == ("csv", 4)
    assert profile.levels == {"INFO": 1, "WARN": 1, "ERROR": 1, "NONE": 1}
    last = f"field_{MAX_COLUMNS - 4}"
    (attrs,) = _rows(tmp_path / "s", "SELECT attrs FROM events WHERE line = 4")[0]
    assert json.loads(attrs)[last] == f"v2.{MAX_COLUMNS - 4}"


def test_a_wider_export_is_read_as_stamped_text_not_failed(tmp_path: Path) -> None:
    _wide_export(tmp_path / "wider.csv", 3 * MAX_COLUMNS)
    assert read_header((tmp_path / "wider.csv").read_text().splitlines()[0]) is None
    profile = ingest_file(tmp_path / "wider.csv", tmp_path / "s")
    assert profile.format != "csv" and profile.line_count == 4


def test_a_row_without_a_time_is_an_event_of_its_own_without_one(tmp_path: Path) -> None:
    log = tmp_path / "gaps.csv"
    log.write_text(
        '"_time","level","_raw"\n'
        '"2024-03-04T10:00:00Z","INFO","first"\n'
        '"","WARN","a quoted empty time"\n'
        ",ERROR,a bare empty time\n"
        '"2024-03-04T10:00:02Z","ERROR","last"\n'
    )
    profile = ingest_file(log, tmp_path / "s")
    assert (profile.format, profile.event_count, profile.parse_failures) == ("csv", 5, 0)
    assert _rows(tmp_path / "s", "SELECT line, ts, level, message FROM events ORDER BY line") == [
        (1, datetime(2024, 3, 4, 10), None, '"_time","level","_raw"'),  # the header row
        (2, datetime(2024, 3, 4, 10), "INFO", "first"),
        (3, None, "WARN", "a quoted empty time"),  # no time made up from its neighbours
        (4, None, "ERROR", "a bare empty time"),
        (5, datetime(2024, 3, 4, 10, 0, 2), "ERROR", "last"),
    ]
    (attrs,) = _rows(tmp_path / "s", "SELECT attrs FROM events WHERE line = 4")[0]
    assert json.loads(attrs) == {"_time": None, "level": "ERROR"}
    assert any("2 parsed events carry no wall-clock time" in w for w in profile.warnings)
