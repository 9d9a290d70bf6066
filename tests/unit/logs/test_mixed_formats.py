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


def test_formats_for_too_few_lines_leave_the_log_raw(tmp_path: Path) -> None:
    log = _write(tmp_path / "prose.log", [PROSE, SYSLOG, LOG4J], 20)
    assert (
        detect_format(log.read_text().splitlines() + [PROSE.format(s=99)] * 30).format.name == "raw"
    )


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
    ]
