"""Format detection on real samples and on one file per generic format."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.logs import detect
from analyzer.logs.detect import detect_format
from analyzer.logs.formats import FORMATS
from analyzer.logs.reader import sample_lines

from .conftest import FIXTURES, LOGHUB, needs_loghub

LOGHUB_FORMATS = {
    "Android": "android",
    "Apache": "apache-error",
    "BGL": "bgl",
    "HDFS": "hdfs",
    "HPC": "hpc",
    "Hadoop": "log4j",
    "HealthApp": "healthapp",
    "Linux": "syslog",
    "Mac": "syslog",
    "OpenSSH": "syslog",
    "OpenStack": "openstack",
    "Proxifier": "proxifier",
    "Spark": "spark",
    "Thunderbird": "thunderbird",
    "Windows": "windows",
    "Zookeeper": "zookeeper",
}
FIXTURE_FORMATS = {
    "access_combined.log": "access",
    "android_brief.log": "android-brief",
    "android_time.log": "android-time",
    "apache_error.log": "apache-error",
    "app.jsonl": "json",
    "app.logfmt": "logfmt",
    "cri.log": "cri",
    "github_actions.log": "github-actions",
    "glog.log": "glog",
    "java_app.log": "log4j",
    "lambda.log": "lambda",
    "logback.log": "logback",
    "macos_log_show.log": "macos",
    "mariadb_slow.log": "mysql-slow",
    "nginx_error.log": "nginx-error",
    "postgres.csv": "postgres-csv",
    "python.log": "python",
    "syslog5424.log": "syslog-5424",
    "syslog_year.log": "syslog-year",
    "zap_console.log": "zap-console",
    "zeek_conn.log": "zeek",
}


@needs_loghub()
@pytest.mark.parametrize(("system", "expected"), sorted(LOGHUB_FORMATS.items()))
def test_loghub_systems_are_detected(system: str, expected: str) -> None:
    found = detect_format(sample_lines(LOGHUB / system / f"{system}_2k.log"))
    assert found.format.name == expected
    assert found.fit > 0.99


@pytest.mark.parametrize(("name", "expected"), sorted(FIXTURE_FORMATS.items()))
def test_generic_formats_are_detected(name: str, expected: str) -> None:
    assert detect_format(sample_lines(FIXTURES / name)).name == expected


def test_unknown_text_falls_back_to_raw() -> None:
    found = detect_format(["hello there", "nothing structured here", "at all"])
    assert found.format.name == "raw"


def test_format_names_are_unique() -> None:
    names = [f.name for f in FORMATS]
    assert len(names) == len(set(names))


def test_lines_of_two_formats_go_to_them_not_to_a_generic_format_fitting_both() -> None:
    android = [f"03-17 16:13:38.811  1702  2395 D WindowManager: printFreezingDisplayLogs {i}"
               for i in range(60)]  # fmt: skip
    log4j = [f"2015-10-18 18:01:47,978 INFO [main] org.apache.hadoop.A: step {i}"
             for i in range(20)]  # fmt: skip
    zookeeper = [
        f"2015-07-29 17:41:44,747 - INFO  [QuorumPeer[myid=1]/0.0.0.0:2181:Leader@{i}] - ok"
        for i in range(20)
    ]
    found = detect_format(android + log4j + zookeeper)
    assert found.format.name == "android"
    # iso-level fits all 40 lines, but each has a format of its own
    assert [f.name for f in found.fallbacks] == ["zookeeper", "log4j"]


def _every_format_everywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(detect, "FIRST_PASS_STRIDE", 1)


@pytest.mark.parametrize(
    "path",
    sorted(p for p in FIXTURES.iterdir() if p.is_file())
    + (sorted(LOGHUB.glob("*/*_2k.log")) if LOGHUB.is_dir() else []),
    ids=lambda p: p.name,
)
def test_trying_formats_on_a_quarter_first_changes_no_detection(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample = sample_lines(path)
    quick = detect.detect_format(sample)
    _every_format_everywhere(monkeypatch)
    full = detect.detect_format(sample)
    assert quick == full


def test_a_format_whose_lines_all_fall_between_the_first_pass_is_still_found() -> None:
    lines = [f"2024-01-01T10:00:{i % 60:02d}Z INFO main: step {i}" for i in range(400)]
    for i in range(1, 9):  # 2% of the lines, none of them among every fourth line
        lines[i * 40 + 1] = f"Mar  1 10:00:0{i} host sshd[12]: Accepted password for u{i}"
    assert [f.name for f in detect_format(lines).fallbacks] == ["syslog"]


def test_a_lambda_log_of_mostly_platform_lines_is_a_lambda_log() -> None:
    ids = [f"6f1c3a52-9d1e-4c57-8a3e-2b7f0e9d4c{i:02d}" for i in range(8)]
    lines = ["INIT_START Runtime Version: nodejs:20.v13\tRuntime Version ARN: arn:aws:lambda:x"]
    for i, rid in enumerate(ids):
        lines += [f"START RequestId: {rid} Version: $LATEST", f"END RequestId: {rid}"]
        lines += [f"REPORT RequestId: {rid}\tDuration: 1.{i} ms\tBilled Duration: 2 ms\t"]
    lines.append(f"2024-03-01T10:00:00.123Z\t{ids[0]}\tERROR\tInvoke Error ")
    assert detect_format(lines).name == "lambda"


def test_seven_decimal_stamps_with_a_level_on_every_line_are_not_a_job_log() -> None:
    lines = [f"2024-03-01T10:00:0{i}.1234567Z INFO processed order {i} in 12 ms" for i in range(9)]
    assert detect_format(lines).name == "iso-level"
    lines[4] = "2024-03-01T10:00:04.1234567Z ##[group]Run npm test"
    assert detect_format(lines).name == "github-actions"


def test_logcat_threadtime_stays_android() -> None:
    lines = [f"03-17 16:13:38.811  1702  2395 D WindowManager: printFreezingDisplayLogs {i}"
             for i in range(9)]  # fmt: skip
    assert detect_format(lines).name == "android"
