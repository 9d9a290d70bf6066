"""Ingest: profile values, multi-line events, bad lines, forced formats, cancel and progress."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from analyzer.errors import AppError, ErrorCode
from analyzer.logs.commands import parse_command
from analyzer.logs.detect import detect_format
from analyzer.logs.ingest import (
    CHUNK_BYTES,
    WINDOWED_CHUNK_BYTES,
    IngestCancelled,
    IngestProgress,
    _chunk_bytes,
)
from analyzer.logs.parser import ChunkParser, holds_chunk
from analyzer.logs.profile import load_profile
from analyzer.logs.reader import sample_lines
from analyzer.logs.search import LinesArgs, lines
from analyzer.logs.store import LogStore

from .conftest import FIXTURES, LOGHUB, ingest_file, needs_loghub


@needs_loghub()
def test_hdfs_profile_matches_the_file(tmp_path: Path) -> None:
    profile = ingest_file(LOGHUB / "HDFS" / "HDFS_2k.log", tmp_path)
    assert (profile.format, profile.line_count, profile.event_count) == ("hdfs", 2000, 2000)
    assert profile.levels == {"INFO": 1920, "WARN": 80}
    assert profile.time_range.start is not None and profile.time_range.end is not None
    assert profile.time_range.start.isoformat() == "2008-11-09T20:36:15+00:00"
    assert profile.time_range.end.isoformat() == "2008-11-11T10:20:17+00:00"
    assert profile.parse_failures == 0
    assert load_profile(tmp_path) == profile
    assert profile.model_dump(mode="json")["time_range"]["start"] == "2008-11-09T20:36:15Z"


def test_stack_trace_is_one_event_with_first_and_last_line(tmp_path: Path) -> None:
    profile = ingest_file(FIXTURES / "java_app.log", tmp_path)
    assert (profile.line_count, profile.event_count, profile.multiline_events) == (14, 9, 1)
    with LogStore.open([("j", tmp_path)]) as store:
        rows = store.rows("SELECT line, end_line, level, message FROM events WHERE line = 6")
    assert rows[0][:3] == (6, 11, "ERROR")
    assert "Caused by: java.io.IOException" in rows[0][3]


def test_parse_csv_gives_every_physical_line_a_template(tmp_path: Path) -> None:
    out = io.StringIO()
    assert parse_command(FIXTURES / "java_app.log", fmt=None, timezone="UTC", out=out) == 0
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [int(r["line"]) for r in rows] == list(range(1, 15))
    trace = {r["template_id"] for r in rows[5:11]}
    assert len(trace) == 1 and rows[5]["template"].startswith("Payment failed for order")


def test_invalid_utf8_and_long_lines_are_kept_and_counted(tmp_path: Path) -> None:
    raw = tmp_path / "bad.log"
    long_line = b"2024-03-01 10:00:02,000 INFO [m] a.B: " + b"x" * 200_000
    raw.write_bytes(
        b"2024-03-01 10:00:00,000 INFO [m] a.B: caf\xe9 ok\n"
        + long_line
        + b"\n2024-03-01 10:00:03,000 INFO [m] a.B: fine\n"
    )
    profile = ingest_file(raw, tmp_path / "s")
    assert (profile.line_count, profile.invalid_utf8_lines, profile.truncated_lines) == (3, 1, 1)
    with LogStore.open([("bad", tmp_path / "s")]) as store:
        got = lines(store, LinesArgs(log_id="bad", start=1, end=3)).lines
    assert got[0].text.endswith("café ok")  # the byte UTF-8 cannot read, as Windows-1252
    assert len(got[1].text) == len(long_line.decode())
    assert got[1].level == "INFO"


def test_lines_in_windows_1252_are_read_as_written(tmp_path: Path) -> None:
    # a French Tomcat's lines in Windows-1252 among UTF-8 ones: the letters are read, the lines
    # counted as invalid UTF-8; a UTF-8 letter on such a line stays itself
    raw = tmp_path / "catalina.log"
    raw.write_bytes(
        "01-mars-2024 10:00:00.001 INFO [main] org.apache.catalina.core.StandardService."
        "startInternal Démarrage du service [Catalina]\n".encode("cp1252")
        + "01-mars-2024 10:00:01.000 AVERTISSEMENT [main] a.B Échec – 5 €\n".encode("cp1252")
        + "01-mars-2024 10:00:02.000 INFO [main] a.B déjà démarré\n".encode()
        + "01-mars-2024 10:00:03.000 INFO [main] a.B naïve ".encode()
        + b"caf\xe9\n"
    )
    profile = ingest_file(raw, tmp_path / "s")
    assert (profile.line_count, profile.invalid_utf8_lines) == (4, 3)
    assert any("Windows-1252" in w for w in profile.warnings)
    with LogStore.open([("x", tmp_path / "s")]) as store:
        got = [ln.text for ln in lines(store, LinesArgs(log_id="x", start=1, end=4)).lines]
        messages = [row[0] for row in store.rows("SELECT message FROM events ORDER BY line")]
    assert got[0].endswith("Démarrage du service [Catalina]")
    assert got[1].endswith("Échec – 5 €") and got[3].endswith("naïve café")
    assert messages[1].endswith("Échec – 5 €")


def test_a_stamp_past_any_calendar_leaves_its_line_untimed(tmp_path: Path) -> None:
    """`date=12026-03-14` is a date to DuckDB (year 12026), not to Python or a Parquet reader:
    the ingest failed; now the line is kept, its time unknown, and the others keep theirs."""
    raw = tmp_path / "fortigate.log"
    line = 'date={} time=09:12:33 devname="FG100E" logid="0000000013" level="notice" vd="root"'
    raw.write_text("\n".join(line.format(d) for d in ("2026-03-14", "12026-03-14", "2026-03-15")))
    profile = ingest_file(raw, tmp_path / "s")
    assert (profile.line_count, profile.event_count) == (3, 3)
    assert profile.time_range.start is not None and profile.time_range.end is not None
    assert (profile.time_range.start.year, profile.time_range.end.day) == (2026, 15)
    with LogStore.open([("fortigate", tmp_path / "s")]) as store:
        got = lines(store, LinesArgs(log_id="fortigate", start=1, end=3)).lines
    assert [row.ts is None for row in got] == [False, True, False]
    assert got[1].level == "NOTICE"


def test_forced_format_that_does_not_fit_falls_back_per_line(tmp_path: Path) -> None:
    profile = ingest_file(FIXTURES / "java_app.log", tmp_path, format_override="hdfs")
    assert profile.format == "hdfs" and profile.format_forced
    assert profile.format_fit == 0.0
    assert profile.fallback_formats == ["log4j"] and profile.parse_failures == 0
    assert any("fall back per line" in w for w in profile.warnings)
    assert (profile.line_count, profile.event_count) == (14, 9)


def test_forced_format_without_any_fit_keeps_lines_raw(tmp_path: Path) -> None:
    raw = tmp_path / "notes.txt"
    raw.write_text("hello world\nsomething happened here\nthird line\n")
    profile = ingest_file(raw, tmp_path / "s", format_override="hdfs")
    assert profile.parse_failures == profile.event_count == profile.line_count == 3
    assert profile.fallback_formats == [] and profile.format_fit == 0.0


def test_unknown_forced_format_and_timezone_are_validation_errors(tmp_path: Path) -> None:
    with pytest.raises(AppError) as err:
        ingest_file(FIXTURES / "java_app.log", tmp_path, format_override="nope")
    assert err.value.code == ErrorCode.VALIDATION_FAILED
    with pytest.raises(AppError):
        ingest_file(FIXTURES / "java_app.log", tmp_path, timezone="Mars/Base")


# a folder of the zone database (Python's ZoneInfo raised IsADirectoryError: a 500), and names
# only the system's zone files hold, which DuckDB does not know (the ingest failed)
@pytest.mark.parametrize("zone", ["America", "Etc", "localtime", "posixrules", ""])
def test_a_timezone_both_python_and_duckdb_do_not_know_is_a_validation_error(
    tmp_path: Path, zone: str
) -> None:
    with pytest.raises(AppError) as err:
        ingest_file(FIXTURES / "java_app.log", tmp_path, timezone=zone)
    assert err.value.code == ErrorCode.VALIDATION_FAILED


_CMTRACE = (
    '<![LOG[{}]LOG]!><time="10:00:00.123{}" date="01-02-2024" component="CcmExec" context="" '
    'type="1" thread="3412" file="ccmexec.cpp:1234">'
)


# times read from the lines around (DuckDB allows no `try` there) with values past any time:
# a MySQL slow log's `SET timestamp=` of 20 digits, CMTrace's zone offset of 15 digits; the
# ingest failed on them
@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "slow.log",
            "# User@Host: app[app] @ localhost []  Id:    12\n"
            "# Query_time: 2.3  Lock_time: 0.0 Rows_sent: 1  Rows_examined: 10\n"
            "SET timestamp=99999999999999999999;\nSELECT 1;\n"
            "# Time: 2024-02-01T08:16:10.654321Z\n# User@Host: app[app] @ localhost []  Id: 13\n"
            "# Query_time: 1.0  Lock_time: 0.0 Rows_sent: 0  Rows_examined: 5\n"
            "SET timestamp=1706775370;\nSELECT 2;\n",
        ),
        (
            "ccmexec.log",
            "\n".join([_CMTRACE.format("up", "+480"), _CMTRACE.format("odd", "+" + "9" * 15), ""]),
        ),
    ],
)
def test_times_read_around_a_line_past_any_time_do_not_fail_the_ingest(
    tmp_path: Path, name: str, text: str
) -> None:
    raw = tmp_path / name
    raw.write_text(text)
    profile = ingest_file(raw, tmp_path / "s")
    assert profile.line_count == text.count("\n")
    assert profile.time_range.start is not None and profile.time_range.start.year == 2024


@pytest.mark.parametrize(
    ("name", "text", "untimed"),
    [
        # TAI64N labels before 1970 + 10 s and past any time: the label's arithmetic overflowed
        ("tai64n.log", "@400000005f5e1000deadbeef a\n@ffffffffffffffffffffffff b\n", 1),
        # a journal cursor's time past any (its microseconds overflowed a timestamp)
        (
            "journal.log",
            "Fri 2024-02-16 11:00:00.123456 CET [s=739a;i=4ece7;b=6c7c;m=ed58bcb;"
            "t=ffffffffffffffff;x=4b8e]\n    PRIORITY=6\n    MESSAGE=Started Session 12.\n",
            1,
        ),
        # nested past Python's JSON parser (RecursionError in detection and the document check)
        ("deep.json", '{"a":' * 1000 + "1" + "}" * 1000 + "\n", 1),
        ("deep.jsonl", '{"a":' + "[" * 5000 + "]" * 5000 + "}\n" + '{"a": 1}\n', 2),
    ],
)
def test_lines_past_what_a_parser_holds_are_kept_untimed(
    tmp_path: Path, name: str, text: str, untimed: int
) -> None:
    raw = tmp_path / name
    raw.write_text(text)
    profile = ingest_file(raw, tmp_path / "s")
    assert profile.line_count == text.count("\n")
    assert profile.events_without_time == untimed


def test_naive_timestamps_use_the_timezone(tmp_path: Path) -> None:
    profile = ingest_file(FIXTURES / "java_app.log", tmp_path, timezone="Europe/Paris")
    assert profile.time_range.start is not None
    assert profile.time_range.start.isoformat() == "2024-03-01T09:00:00.001000+00:00"


@pytest.mark.parametrize(("zone", "warned"), [("IST", True), ("CST", True), ("CET", False)])
def test_stamps_naming_an_ambiguous_zone_are_warned_of(
    tmp_path: Path, zone: str, warned: bool
) -> None:
    # PostgreSQL writes its log_timezone's abbreviation; IST is India's, Israel's or Ireland's
    log = tmp_path / "pg.log"
    log.write_text(
        f"2024-03-01 10:00:00.123 {zone} [1] LOG:  starting PostgreSQL 16.2\n"
        f'2024-03-01 10:05:00.123 {zone} [42] ERROR:  relation "x" does not exist\n'
    )
    profile = ingest_file(log, tmp_path / "s", timezone="Europe/Paris")
    said = [w for w in profile.warnings if f"name the zone {zone}" in w]
    assert bool(said) is warned
    assert not said or "read in Europe/Paris" in said[0]


def test_missing_year_is_stated(tmp_path: Path) -> None:
    profile = ingest_file(FIXTURES / "glog.log", tmp_path)
    assert any("no year" in w for w in profile.warnings)


def test_empty_file_is_refused(tmp_path: Path) -> None:
    empty = tmp_path / "e.log"
    empty.write_bytes(b"")
    with pytest.raises(AppError) as err:
        ingest_file(empty, tmp_path / "s")
    assert err.value.code == ErrorCode.EMPTY_LOG


def test_progress_and_cancel(tmp_path: Path) -> None:
    seen: list[IngestProgress] = []
    ingest_file(FIXTURES / "java_app.log", tmp_path / "a", progress=seen.append)
    assert seen[-1].phase == "done" and seen[-1].lines_done == 14
    assert seen[-1].bytes_done == seen[-1].total_bytes
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(IngestCancelled):
        ingest_file(FIXTURES / "java_app.log", tmp_path / "b", cancel=cancel)
    assert not (tmp_path / "b" / "events.parquet").exists()


def test_json_fields_and_offsets(tmp_path: Path) -> None:
    profile = ingest_file(FIXTURES / "app.jsonl", tmp_path)
    assert profile.format == "json"
    assert profile.levels == {"INFO": 2, "ERROR": 1, "WARN": 1, "DEBUG": 1}
    assert profile.time_range.end is not None
    assert profile.time_range.end.isoformat() == "2024-03-01T10:00:04+00:00"


def test_lines_of_another_format_use_a_fallback_format(tmp_path: Path) -> None:
    java = (FIXTURES / "java_app.log").read_text().splitlines()
    jsonl = (FIXTURES / "app.jsonl").read_text().splitlines()
    mixed = tmp_path / "mixed.log"
    mixed.write_text("\n".join(java[:5] + jsonl[:3] + java[5:] + jsonl[3:]) + "\n")
    profile = ingest_file(mixed, tmp_path / "s")
    assert (profile.format, profile.fallback_formats) == ("log4j", ["json"])
    assert profile.parse_failures == 0 and profile.event_count == 14
    assert profile.levels["ERROR"] == 2 and profile.levels["DEBUG"] == 1


def test_a_continuation_line_first_is_an_event_of_its_own(tmp_path: Path) -> None:
    raw = tmp_path / "orphan.log"
    raw.write_text(
        "\tat com.x.Y.z(Y.java:12)\n"
        "2024-03-01 10:00:00,000 INFO [m] a.B: started 1\n"
        "2024-03-01 10:00:01,000 ERROR [m] a.B: failed 2\n"
        "\tat com.x.Y.z(Y.java:12)\n"
        "2024-03-01 10:00:02,000 INFO [m] a.B: started 3\n"
    )
    out = io.StringIO()
    assert parse_command(raw, fmt=None, timezone="UTC", out=out) == 0
    rows = [(r["line"], r["template"]) for r in csv.DictReader(io.StringIO(out.getvalue()))]
    assert rows == [
        ("1", "at com.x.Y.z(Y.java:<*>)"),
        ("2", "started <*>"),
        ("3", "failed <*>"),
        ("4", "failed <*>"),
        ("5", "started <*>"),
    ]


def test_parse_piped_into_a_reader_that_stops_ends_quietly(tmp_path: Path) -> None:
    """`parse FILE | head`: the closed pipe ends the command without a traceback."""
    log = tmp_path / "big.log"
    log.write_text(
        "".join(f"2026-03-01 10:00:{i % 60:02d} INFO job {i} done\n" for i in range(50_000))
    )
    with subprocess.Popen(
        [sys.executable, "-m", "analyzer", "parse", str(log)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "DATA_DIR": str(tmp_path / "data")},
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        assert proc.stdout.readline() == b"line,template_id,template\n"
        proc.stdout.close()
        assert proc.wait(timeout=60) == 141
        assert proc.stderr.read() == b""


def test_json_records_are_read_by_the_keys_of_their_own_chunk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # records of three conventions, one after another: cut in chunks of a few records, each
    # chunk's query looks only for the keys its own records hold
    records = (
        [
            f'{{"time":"2024-03-04T10:00:{i % 60:02d}Z","level":"info","msg":"a {i}"}}'
            for i in range(40)
        ]
        + [
            f'{{"@timestamp":"2024-03-04T11:00:{i % 60:02d}Z","severity":"ERROR",'
            f'"message":"b {i}","logger":"billing"}}'
            for i in range(40)
        ]
        + [
            f'{{"ts":"2024-03-04T12:00:{i % 60:02d}Z","log.level":"warn",'
            f'"kubernetes":{{"container_name":"web"}},"event":"c {i}"}}'
            for i in range(40)
        ]
    )
    log = tmp_path / "mixed.jsonl"
    log.write_text("\n".join(records) + "\n")
    monkeypatch.setattr("analyzer.logs.ingest._chunk_bytes", lambda total, **_: 1024)
    profile = ingest_file(log, tmp_path / "s")
    assert (profile.format, profile.event_count, profile.parse_failures) == ("json", 120, 0)
    assert profile.levels == {"INFO": 40, "ERROR": 40, "WARN": 40}
    assert profile.sources == {"billing": 40, "web": 40}
    assert profile.time_range.start is not None and profile.time_range.end is not None
    assert (profile.time_range.start.hour, profile.time_range.end.hour) == (10, 12)
    with LogStore.open([("s", tmp_path / "s")]) as store:
        messages = [m for (m,) in store.rows("SELECT message FROM events ORDER BY line")]
    assert messages[::40] == ["a 0", "b 0", "c 0"]


def test_a_json_query_names_only_the_keys_its_records_hold() -> None:
    from analyzer.logs.formats import BY_NAME
    from analyzer.logs.parsing import chunk_sql

    full = chunk_sql(BY_NAME["json"], year=2026)
    pruned = chunk_sql(BY_NAME["json"], year=2026, keys=frozenset({"msg", "log"}))
    assert full.count("$.") > 90 and pruned.count("'$.") < 10
    assert "'$.\"message\"'" in full and "'$.\"message\"'" not in pruned
    assert "'$.\"msg\"'" in pruned and "'$.log.level'" in pruned  # a nested key's path too


def test_a_logfmt_line_is_searched_for_each_key_once() -> None:
    # reading a time tries four layouts: each naming the time key's regex made 31 searches a
    # line, 3.7 times the whole query's cost
    from analyzer.logs.formats import BY_NAME
    from analyzer.logs.parsing import JSON_TIME, _logfmt_pair, _sql_str, chunk_sql

    sql = chunk_sql(BY_NAME["logfmt"], year=2026)
    time_key = _sql_str(_logfmt_pair(JSON_TIME, capture=True))
    assert sql.count(time_key) == 2  # its quoted value, its bare value


def test_a_log_whose_parse_holds_its_chunk_in_a_window_is_cut_smaller() -> None:
    # the line before or after is streamed; an ordered or framed window, an aggregate, are not
    assert not holds_chunk("SELECT coalesce(lag(p) OVER (), '') || lead(left(p, 2)) OVER ()")
    assert holds_chunk("SELECT first_value(ts) OVER (ORDER BY line ROWS BETWEEN 1 FOLLOWING)")
    assert holds_chunk("SELECT lag(p) OVER (), max(x) OVER () > 12")

    def parser(name: str) -> ChunkParser:
        return ChunkParser.for_detection(detect_format(sample_lines(FIXTURES / name)), year=2026)

    slow, plain = parser("mariadb_slow.log"), parser("log4j_line.log")
    assert slow.windowed and not plain.windowed
    big = 1 << 30
    assert _chunk_bytes(big, windowed=True) == WINDOWED_CHUNK_BYTES < CHUNK_BYTES
    assert _chunk_bytes(big) == CHUNK_BYTES
