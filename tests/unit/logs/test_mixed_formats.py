"""Logs of several formats, none of them most lines (services logging into one file): each line
is read with the most specific format that fits it, instead of the whole file as raw text."""

from __future__ import annotations

from pathlib import Path

from analyzer.logs.detect import detect_format
from analyzer.logs.store import LogStore

from .conftest import FIXTURES, ingest_file

SYSLOG = "Mar 14 09:00:{s:02d} web01 sshd[811]: Failed password for root from 10.0.0.{s} port 22"
LOG4J = "2026-03-14 09:01:{s:02d},120 ERROR [pool-1] com.example.Billing: charge {s} failed"
APACHE = "[Sat Mar 14 09:02:{s:02d} 2026] [error] [client 10.0.0.{s}] File does not exist: /x"
PROSE = "an operator's note with no format at all, number {s}"


def _write(path: Path, shapes: list[str], each: int) -> Path:
    path.write_text("".join(shape.format(s=s) + "\n" for shape in shapes for s in range(each)))
    return path


def test_three_formats_of_a_third_each_are_each_read(tmp_path: Path) -> None:
    log = _write(tmp_path / "mixed.log", [SYSLOG, LOG4J, APACHE], 20)
    found = detect_format(log.read_text().splitlines())
    assert found.mixed
    assert {found.format.name, *(f.name for f in found.fallbacks)} == {
        "syslog",
        "log4j",
        "apache-error",
    }
    profile = ingest_file(log, tmp_path / "store")
    assert (profile.line_count, profile.event_count, profile.parse_failures) == (60, 60, 0)
    assert profile.format_fit == 1.0
    assert profile.levels == {"NONE": 20, "ERROR": 40}
    assert {"sshd", "com.example.Billing"} <= set(profile.sources)
    assert any("lines of several formats" in w for w in profile.warnings)
    with LogStore.open([("m", tmp_path / "store")]) as store:
        (row,) = store.rows("SELECT message FROM events WHERE line = 21")
    assert row == ("charge 0 failed",)


def test_formats_of_a_minority_of_lines_read_theirs_and_leave_the_rest_raw(
    tmp_path: Path,
) -> None:
    # a program's prints around two loggers' lines: 40 of 110 lines have a format
    log = _write(tmp_path / "prose.log", [PROSE, SYSLOG, LOG4J, PROSE.replace("note", "line")], 20)
    with log.open("a") as fh:
        fh.writelines(PROSE.format(s=99) + "\n" for _ in range(30))
    found = detect_format(log.read_text().splitlines())
    assert (found.sparse, found.mixed) == (True, True)
    assert {found.format.name, *(f.name for f in found.fallbacks)} == {"syslog", "log4j"}
    profile = ingest_file(log, tmp_path / "store")
    assert (profile.line_count, profile.event_count, profile.parse_failures) == (110, 110, 70)
    assert profile.levels == {"NONE": 90, "ERROR": 20}
    assert profile.time_range.start is not None and profile.time_range.start.minute == 0
    assert any("most lines fit no known format" in w for w in profile.warnings)
    with LogStore.open([("m", tmp_path / "store")]) as store:
        rows = store.rows("SELECT line, level, source FROM events WHERE line IN (20, 21, 41, 61)")
    assert rows == [(20, None, None), (21, None, "sshd"), (41, "ERROR", "com.example.Billing"),
                    (61, None, None)]  # fmt: skip


def test_a_format_joining_every_line_it_misses_joins_no_prints_among_its_few(
    tmp_path: Path,
) -> None:
    # Spring Boot's events take every unstamped line after them, but where most lines are a
    # program's prints those are not its lines
    boot = "2026-03-14 09:0{s}:00.000  INFO 4242 --- [main] com.example.App : step {s}"
    log = _write(tmp_path / "boot.log", ["\n".join([boot, PROSE, PROSE, "  indented {s}"])], 9)
    profile = ingest_file(log, tmp_path / "store")
    assert profile.format == "spring-boot"
    assert (profile.line_count, profile.event_count, profile.parse_failures) == (36, 27, 18)
    assert _events(tmp_path / "store")[:3] == [(1, 1, "com.example.App", "INFO"),
                                               (2, 2, None, None), (3, 4, None, None)]  # fmt: skip


def test_formats_of_too_few_lines_leave_the_log_raw() -> None:
    lines = [PROSE.format(s=s) for s in range(190)] + [SYSLOG.format(s=s) for s in range(10)]
    assert detect_format(lines).format.name == "raw"


def test_a_minority_of_stamped_lines_with_their_records_column_0_lines_is_read() -> None:
    # Django's `[date] LEVEL [logger:line]` records whose fields follow at column 0: three
    # of four lines fit no header, yet the stamped lines give the log its format; and those
    # lines, under error records and unlike a program's repeated prints, are the records' own
    # (`detect._long_records`): the log is not sparse
    record = "[14/Mar/2026 09:00:0{s}] ERROR [cache:59] lookup failed\nID: {s}\nKEY: a\nSERVICE: b"
    lines = "\n".join(record.format(s=s) for s in range(8)).splitlines()
    found = detect_format(lines)
    assert (found.format.name, found.sparse) == ("django-logging", False)
    lines[-25:] = [SYSLOG.format(s=s) for s in range(25)]  # 12.5%
    assert detect_format(lines).format.name == "syslog"


def test_cisco_lines_in_a_linux_syslog_take_their_level_and_facility_from_the_code(
    tmp_path: Path,
) -> None:
    # a syslog server's file: a Linux host's lines, and lines relayed from a router (IOS: a
    # sequence number, the device's stamp, `%LINK-3-UPDOWN: `) and a firewall (ASA)
    profile = ingest_file(FIXTURES / "syslog_cisco_relay.log", tmp_path / "store")
    assert profile.format == "syslog" and profile.parse_failures == 0
    with LogStore.open([("s", tmp_path / "store")]) as store:
        rows = store.rows("SELECT line, level, source FROM events ORDER BY line")
    assert rows == [
        (1, None, "sshd"),
        (2, "NOTICE", "SYS"),  # %SYS-5-CONFIG_I
        (3, "ERROR", "LINK"),  # %LINK-3-UPDOWN
        (4, None, "CRON"),
        (5, None, "kernel"),
        (6, "WARN", "ASA"),  # %ASA-4-106023
        (7, None, "systemd"),
        (8, "INFO", "PIM-SW1"),  # a facility of two parts: %PIM-SW1-6-INVALID_RP_JOIN
    ]


CLICKHOUSE = (
    "2026.03.14 09:03:{s:02d}.000000 [ 42 ] {{}} <Error> executeQuery: Code: 60. "
    "DB::Exception: Table t{s} does not exist. Stack trace:\n"
    "0. DB::Exception::Exception(int) @ 0x000000000c4fd597 in /usr/bin/clickhouse\n"
    "1. DB::executeQuery(String) @ 0x0000000007a1b2c3 in /usr/bin/clickhouse"
)


def _events(store_dir: Path) -> list[tuple[object, ...]]:
    with LogStore.open([("m", store_dir)]) as store:
        return store.rows("SELECT line, end_line, source, level FROM events ORDER BY line")


def test_a_fallback_format_keeps_its_own_lines_no_header_fits(tmp_path: Path) -> None:
    # ClickHouse's stack frames fit no format: under a ClickHouse error they are its lines,
    # as when ClickHouse's is the file's only format
    log = _write(tmp_path / "mixed.log", [LOG4J, SYSLOG, CLICKHOUSE], 8)
    found = detect_format(log.read_text().splitlines())
    assert "clickhouse" in {found.format.name, *(f.name for f in found.fallbacks)}
    assert found.format.name != "clickhouse"
    profile = ingest_file(log, tmp_path / "store")
    assert (profile.line_count, profile.event_count, profile.parse_failures) == (40, 24, 0)
    errors = [e for e in _events(tmp_path / "store") if e[2] == "executeQuery"]
    assert [(e[0], e[1]) for e in errors][:2] == [(17, 19), (20, 22)]


def test_the_first_formats_own_rule_takes_no_header_of_another(tmp_path: Path) -> None:
    # ClickHouse's, the most specific format here, continues its events over any line its
    # header does not fit; an ISO-stamped line after them opens an event all the same, and a
    # note after that continues it, as the ISO format's unstamped lines do
    info = "2026.03.14 09:04:{s:02d}.000000 [ 42 ] {{}} <Information> executeQuery: ok {s}"
    error = "\n".join(CLICKHOUSE.split("\n")[:2])
    plain = "2026-03-14T09:05:{s:02d}Z cron job {s} done"
    log = _write(tmp_path / "mixed.log", ["\n".join([info, error, plain, PROSE])], 12)
    found = detect_format(log.read_text().splitlines())
    assert (found.format.name, found.mixed) == ("clickhouse", True)
    profile = ingest_file(log, tmp_path / "store")
    assert (profile.line_count, profile.event_count, profile.parse_failures) == (60, 36, 0)
    rows = _events(tmp_path / "store")
    assert [(r[0], r[1], r[2], r[3]) for r in rows[:4]] == [
        (1, 1, "executeQuery", "INFO"),
        (2, 3, "executeQuery", "ERROR"),  # the error and its frame
        (4, 5, None, None),  # the ISO line and the note
        (6, 6, "executeQuery", "INFO"),
    ]


def test_a_fallback_reading_the_line_after_its_header_reads_it(tmp_path: Path) -> None:
    # Tomcat's java.util.logging records among Liferay's lines in one catalina.out: a record's
    # level and message are on the line after its header, which no header fits
    log = tmp_path / "catalina.out"
    log.write_text(
        "Dec 04, 2026 10:00:00 AM org.apache.catalina.startup.Catalina load\n"
        "INFO: Initialization processed in 812 ms\n"
        + "".join(f"10:00:0{s},123 INFO  [PortalImpl:{s}] Portal step {s}\n" for s in range(1, 5))
        + "Dec 04, 2026 10:00:05 AM org.apache.catalina.core.StandardService stopInternal\n"
        "SEVERE: Stopping service failed\n"
        "java.lang.IllegalStateException: boom\n"
        "\tat org.apache.Foo.bar(Foo.java:1)\n"
        "10:00:06,000 ERROR [PortalImpl:9] Portal broke\n"
        "Dec 04, 2026 10:00:07 AM org.apache.catalina.startup.Catalina start\n"
        "WARNING: Server startup slow\n"
    )
    profile = ingest_file(log, tmp_path / "store")
    assert (profile.format, profile.fallback_formats) == ("time-thread-level", ["java-logging"])
    assert profile.levels == {"INFO": 5, "ERROR": 2, "WARN": 1}
    with LogStore.open([("m", tmp_path / "store")]) as store:
        rows = store.rows("SELECT line, end_line, message FROM events WHERE line IN (1, 7, 12)")
    assert rows == [
        (1, 2, "Initialization processed in 812 ms"),
        # the message line is not repeated in the joined event
        (7, 10, "Stopping service failed\njava.lang.IllegalStateException: boom\n"
                "\tat org.apache.Foo.bar(Foo.java:1)"),
        (12, 13, "Server startup slow"),
    ]  # fmt: skip


def test_text_whose_lines_open_with_sql_words_is_no_slow_query_log() -> None:
    # a slow-query log's statements fit its header, but its entries open at `# Time:` lines:
    # a third of a text's lines opening with `select`, `set`, `update` make no such log
    steps = ["select a theme for item {s}", "set the colour of panel {s}", "update widget {s}"]
    prose = [PROSE.format(s=s) for s in range(60)]
    lines = [step.format(s=s) for s in range(10) for step in steps] + prose
    assert detect_format(lines).format.name == "raw"


def test_request_lines_among_a_node_apps_prints_read_their_status(tmp_path: Path) -> None:
    # an Express app's stdout: morgan's `dev` lines (no time) among console.log lines
    lines = []
    for s in range(10):
        lines += [f"connected to mongodb, pool {s}", f"cache warmed with {s} keys"]
        lines.append(f"GET /api/items/{s} {200 if s % 5 else 500} {s}.512 ms - 48")
    log = tmp_path / "app.log"
    log.write_text("\n".join(lines) + "\n")
    profile = ingest_file(log, tmp_path / "store")
    assert profile.format == "morgan"
    assert profile.levels == {"NONE": 20, "INFO": 8, "ERROR": 2}
