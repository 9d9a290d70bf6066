"""A log whose naive syslog stamps its own zoned stamps show at another offset is read at that
offset when the upload names no timezone (`zones.py`). Real lines: a k3s agent's journal (a
diagnostic dump of a k3s join), Grafana Alloy's (grafana/alloy#1486)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from analyzer.logs.zones import is_offset, naive_offset, offset_minutes, offset_name

from .conftest import ingest_file

K3S = [
    "May 06 11:05:04 hellomichka-A8 systemd[1]: Starting k3s-agent.service - Lightweight "
    "Kubernetes...",
    'May 06 11:05:04 hellomichka-A8 k3s[72179]: time="2026-05-06T11:05:04+02:00" level=info '
    'msg="Acquiring lock file /var/lib/rancher/k3s/data/.lock"',
    'May 06 11:05:04 hellomichka-A8 k3s[72179]: time="2026-05-06T11:05:04+02:00" level=info '
    'msg="Starting k3s agent v1.35.4+k3s1 (5dc8fe68)"',
    "May 06 11:05:07 hellomichka-A8 systemd[1]: Started k3s-agent.service - Lightweight "
    "Kubernetes.",
]
ALLOY = [
    "Aug 16 15:46:05 hostname alloy[357803]: ts=2024-08-16T19:46:05.614498326Z level=info "
    'msg="finished node evaluation" controller_path=/ controller_id=remotecfg',
    "Aug 16 15:46:05 hostname alloy[357803]: ts=2024-08-16T19:46:05.614518005Z level=info "
    'msg="Replaying WAL" component_path=/remotecfg',
]


def test_the_offset_of_a_journal_beside_its_programs_utc_times() -> None:
    assert naive_offset(K3S) == 120
    assert naive_offset(ALLOY) == -240  # a journal four hours behind UTC (EDT)


def test_sql_server_names_the_offset_of_its_stamps() -> None:
    # a SQL Server 2019 ERRORLOG on Windows (a Microsoft Q&A thread): its local stamps at -8:00
    errorlog = [
        "2022-11-18 13:43:05.96 Server      Microsoft SQL Server 2019 (RTM) - 15.0.2000.5 (X64)",
        "2022-11-18 13:43:05.96 Server      UTC adjustment: -8:00",
        "2022-11-18 13:43:05.96 Server      (c) Microsoft Corporation.",
    ]
    assert naive_offset(errorlog) == -480
    assert naive_offset([line.replace("-8:00", "5:30") for line in errorlog]) == 330
    assert naive_offset([line.replace("-8:00", "0:00") for line in errorlog]) is None


def test_no_offset_without_two_pairs_that_agree() -> None:
    assert naive_offset(K3S[:2]) is None  # one pair
    other = ALLOY[1].replace("19:46:05.614518005Z", "18:46:05.614518005Z")
    assert naive_offset([ALLOY[0], other]) is None  # -4 h and -3 h
    lagging = ALLOY[1].replace("19:46:05", "19:52:05")
    assert naive_offset([ALLOY[0], lagging]) is None  # six minutes off a quarter
    assert naive_offset([line.replace("11:05:04+02:00", "11:05:04Z") for line in K3S]) is None


@pytest.mark.parametrize(("minutes", "name"), [(120, "+02:00"), (-330, "-05:30"), (0, "+00:00")])
def test_offsets_are_named_as_timezone_settings(minutes: int, name: str) -> None:
    assert offset_name(minutes) == name
    assert is_offset(name) and offset_minutes(name) == minutes
    assert not is_offset("Europe/Berlin")


def _times(tmp_path: Path, **kw: object) -> tuple[list[datetime], str, list[str]]:
    path = tmp_path / "journal.log"
    path.write_text("".join(line + "\n" for line in K3S), encoding="utf-8")
    profile = ingest_file(path, tmp_path / "store", **kw)
    events = pq.read_table(tmp_path / "store" / "events.parquet").sort_by("line")
    return list(events.column("ts").to_pylist()), profile.timezone, profile.warnings


def test_an_upload_naming_no_timezone_is_read_at_the_log_s_own_offset(tmp_path: Path) -> None:
    times, tz, warnings = _times(tmp_path, infer_offset=True)
    assert tz == "+02:00"
    assert times[0].year == times[-1].year  # the systemd lines placed by the journal's year
    assert [t.replace(year=2026) for t in times] == [
        datetime(2026, 5, 6, 9, 5, 4),
        datetime(2026, 5, 6, 9, 5, 4),
        datetime(2026, 5, 6, 9, 5, 4),
        datetime(2026, 5, 6, 9, 5, 7),
    ]
    assert warnings[0].startswith("naive stamps read at +02:00, the offset the log itself gives")


def test_a_timezone_the_upload_names_is_kept(tmp_path: Path) -> None:
    times, tz, _ = _times(tmp_path, timezone="UTC")
    assert tz == "UTC"
    assert times[0].hour == 11 and times[1].hour == 9  # the journal's stamps read in UTC
