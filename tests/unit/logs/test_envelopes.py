"""Envelopes (docker compose, CRI, Docker's json-file, kubectl prefixes and timestamps, `aws logs
tail`, svlogd, `cf logs`): each is taken off, the lines inside are read in their own formats, and
what the envelope says (time, service, stream, split lines) completes them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from analyzer.errors import AppError
from analyzer.logs.detect import detect_format, format_names
from analyzer.logs.envelopes import BY_NAME, find_envelopes
from analyzer.logs.reader import sample_lines
from analyzer.logs.store import LogStore

from .conftest import FIXTURES, ingest_file


@dataclass(frozen=True)
class Expected:
    """What an enveloped fixture says: envelopes, the lines' own format, lines, events, first
    and last time (UTC), events per level, sources, lines no format parses."""

    envelopes: tuple[str, ...]
    payload_format: str
    lines: int
    events: int
    start: datetime
    end: datetime
    levels: dict[str, int]
    sources: tuple[str, ...]
    failures: int = 0


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


EXPECTED = {
    # four services in four formats, each line read by the most specific (the most lines:
    # Spring Boot's, tied with PostgreSQL's read by iso-level); the Java stack trace (5 lines)
    # and PostgreSQL's STATEMENT belong to their errors; "Attaching to", a lone nginx error
    # line and "exited with code" are kept as unparsed lines
    "compose.log": Expected(
        ("compose",),
        "spring-boot",
        28,
        22,
        _utc("2026-03-14 09:00:00.112"),
        _utc("2026-03-14 09:05:01"),
        # LOG is INFO; nginx's one error line, too rare in the sample to make its format a
        # fallback, is read with it all the same (`ChunkParser._strays`)
        {"INFO": 8, "NOTICE": 5, "ERROR": 5, "FATAL": 1, "WARN": 1, "NONE": 2},
        ("api-1", "db-1", "cache-1", "proxy-1"),
        failures=2,
    ),
    # Flask's development server beside Redis: its `WARNING: This is a development server`
    # is an event of its own with its level (java.util.logging's second line only continues
    # that format's records); the banner's indented lines go on with the line above them
    "compose_flask.log": Expected(
        ("compose",),
        "python-http",
        10,
        7,
        _utc("2026-12-04 10:00:01.123"),
        _utc("2026-12-04 10:00:06"),
        {"WARN": 3, "NONE": 2, "NOTICE": 1, "INFO": 1},  # Redis's `#` and a 404 are warnings
        ("web-1", "redis-1"),
        failures=3,  # Flask's three lines of its own text
    ),
    # zap's JSON inside Docker's records: times are the runtime's (nanoseconds cut to
    # microseconds), levels and loggers the application's
    "docker_json.log": Expected(
        ("docker-json",),
        "json",
        6,
        6,
        _utc("2026-03-14 10:00:00.101934"),
        _utc("2026-03-14 10:00:12.000412"),
        {"INFO": 3, "WARN": 1, "ERROR": 2},
        ("http", "db"),
    ),
    # log4j inside Docker's records: the exception and its frames (one record each) continue
    # the ERROR
    "docker_json_plain.log": Expected(
        ("docker-json",),
        "log4j",
        7,
        4,
        _utc("2026-03-14 11:00:00.017513"),
        _utc("2026-03-14 11:00:04.002377"),
        {"INFO": 2, "WARN": 1, "ERROR": 1},
        ("com.example.worker.Main", "com.example.worker.Job"),
    ),
    # klog inside CRI: the line the runtime split (tag P) and its rest are one event
    "cri_pod.log": Expected(
        ("cri",),
        "glog",
        7,
        6,
        _utc("2026-03-14 12:00:00.101934"),
        _utc("2026-03-14 12:00:09.000312"),
        {"INFO": 3, "WARN": 1, "ERROR": 2},
        ("leaderelection.go:250", "replica_set.go:548"),
    ),
    "cri.log": Expected(
        ("cri",),
        "raw",
        2,
        2,
        _utc("2024-03-01 10:00:00.669794"),
        _utc("2024-03-01 10:00:01"),
        {"INFO": 1, "ERROR": 1},  # the level word leading an unstructured line
        ("stdout", "stderr"),  # no source inside: the stream
    ),
    # two containers of a pod in two formats (JSON, and istio's zap console)
    "kubectl_prefix.log": Expected(
        ("kubectl",),
        "json",
        9,
        9,
        _utc("2026-03-14 12:59:58.001"),
        _utc("2026-03-14 13:00:09.870"),
        {"INFO": 6, "WARN": 2, "ERROR": 1},
        ("pod/shop-api-7d9f8c6b5-x2kqz/api", "pod/shop-api-7d9f8c6b5-x2kqz/istio-proxy"),
    ),
    # uvicorn under kubectl's RFC 3339 times (1 to 9 fractional digits); the traceback
    # belongs to the ERROR
    "kubectl_timestamps.log": Expected(
        ("timestamps",),
        "uvicorn",
        8,
        5,
        _utc("2026-03-14 14:00:00.121212"),
        _utc("2026-03-14 14:00:03.33"),
        {"INFO": 3, "WARN": 1, "ERROR": 1},
        (),
    ),
    # `aws logs tail` of a Lambda function's log group: each log stream the source, the
    # runtime's lines (START, END, REPORT, `[ERROR]\t<time>\t<request>\t...`) read as Lambda's
    "aws_logs_tail.log": Expected(
        ("cloudwatch",),
        "lambda",
        9,
        9,
        _utc("2024-01-02 10:00:00.123"),
        _utc("2024-01-02 10:00:05.1001"),
        {"NONE": 6, "INFO": 1, "ERROR": 1, "WARN": 1},
        ("2024/01/02/[$LATEST]abcdef0123456789", "2024/01/02/[$LATEST]0123456789abcdef"),
    ),
    # a 7 Days to Die server under `docker compose logs -f` (vinanrra/7dtd-server, pasted in a
    # blog post): `47.744 INF Use Imposter Values: False` is the game's time since start, its
    # level and its message, not a syslog host and tag
    "compose_7dtd.log": Expected(
        ("compose",),
        "iso-level",
        29,
        28,
        _utc("2023-07-26 07:24:45"),
        _utc("2023-07-26 07:24:54"),
        {"INFO": 28},
        ("7dtdserver",),
    ),
    # `cf logs --recent` (Cloud Foundry): the lines indented under the CLI's first line, each
    # origin (the cloud controller, the cell, the router, the app's process) the source, the
    # envelope's offset giving UTC; the app's JSON records read with their levels, the other
    # origins' lines kept as unparsed lines (the blank line under the first)
    # (the indentation under the CLI's first line, a banner, is taken off first)
    "cloudfoundry.log": Expected(
        ("indented", "cloudfoundry"),
        "json",
        13,
        12,
        _utc("2024-10-03 05:53:48.10"),
        _utc("2024-10-03 05:54:09.01"),
        {"NONE": 7, "INFO": 2, "WARN": 2, "ERROR": 1},  # npm's `npm warn ...` is WARN
        ("APP/PROC/WEB/0", "CELL/0", "RTR/0", "API/1"),
        failures=8,
    ),
    # `grep -R` over a Synology DSM box's /var/log (a blog post on fixing its storage
    # manager): the file before each syslog line, the lines' time after it
    "synology_messages_grep_prefixed.log": Expected(
        ("grep",),
        "syslog-iso",
        8,
        8,
        _utc("2024-05-01 14:48:55"),
        _utc("2024-05-01 14:49:24"),
        {"NONE": 8},
        ("synoscgi_SYNO.Entry.Request_1_request", "synoscgi_SYNO.Core.System_1_info"),
    ),
    # stern without --timestamps over Argo CD's pods (github.com/argoproj/argo-cd/issues/1533):
    # the pod and the container before each logrus line
    "argocd_stern_prefixed.log": Expected(
        ("stern-plain",),
        "logfmt",
        4,
        4,
        _utc("2019-04-26 10:53:30"),
        _utc("2019-04-26 10:53:30"),
        {"INFO": 4},
        ("argocd-application-controller-65d85974d-t9kwx", "argocd-server-7dc6666d45-mk8lp"),
    ),
    # Nexus 2.8 under the Java Service Wrapper (github.com/sonatype/nexus-oss/pull/280): the
    # wrapper's `jvm 1    | ` before logback's lines
    "nexus2_jsw_wrapper.log": Expected(
        ("jsw",),
        "iso-level",
        5,
        5,
        _utc("2013-12-12 18:38:40.872"),
        _utc("2013-12-12 18:38:40.873"),
        {"INFO": 5},
        ("org.sonatype.nexus.bootstrap.jsw.JswLauncher$1",),
    ),
    # GitLab Omnibus' PostgreSQL under runit's svlogd -tt (UTC): the DETAIL and STATEMENT lines
    # belong to the ERROR; the envelope's time wins
    "svlogd_gitlab_postgresql.log": Expected(
        ("svlogd",),
        "postgres-stderr",
        10,
        8,
        _utc("2023-05-02 09:14:20.12345"),
        _utc("2023-05-02 10:02:04.01155"),
        {"INFO": 5, "ERROR": 1, "WARN": 1, "FATAL": 1},
        (),
    ),
    # GitLab Workhorse's JSON records under svlogd
    "svlogd_gitlab_workhorse.log": Expected(
        ("svlogd",),
        "json",
        5,
        5,
        _utc("2023-05-02 09:15:02.40121"),
        _utc("2023-05-02 09:16:30.00087"),
        {"INFO": 3, "ERROR": 1, "WARN": 1},
        (),
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_enveloped_log_profile_matches_the_file(name: str, tmp_path: Path) -> None:
    want = EXPECTED[name]
    named = next(e for e in want.envelopes if e != "indented")  # (indentation names no log)
    found = detect_format(sample_lines(FIXTURES / name))
    assert (found.name, found.format.name) == (named, want.payload_format)
    profile = ingest_file(FIXTURES / name, tmp_path / "store")
    assert profile.format == named
    assert (tuple(profile.envelopes), profile.payload_format) == (
        want.envelopes,
        want.payload_format,
    )
    assert (profile.line_count, profile.event_count) == (want.lines, want.events)
    assert profile.parse_failures == want.failures
    assert (profile.time_range.start, profile.time_range.end) == (want.start, want.end)
    assert dict(profile.levels) == want.levels
    assert set(want.sources) <= set(profile.sources)
    assert not any("year" in w or "no timestamps" in w for w in profile.warnings)


def _events(store_dir: Path, where: str = "true") -> list[tuple[object, ...]]:
    with LogStore.open([("x", store_dir)]) as store:
        return store.rows(
            "SELECT line, end_line, level, source, message, header FROM events "
            f"WHERE {where} ORDER BY line"
        )


def test_a_services_stack_trace_stays_with_its_error_under_the_service(tmp_path: Path) -> None:
    ingest_file(FIXTURES / "compose.log", tmp_path / "c")
    (error,) = _events(tmp_path / "c", "source = 'api-1' AND level = 'ERROR'")
    line, end_line, _, _, message, header = error
    assert (line, end_line) == (13, 18)
    assert str(message).startswith("Servlet.service() for servlet [dispatcherServlet]")
    assert "Caused by: java.sql.SQLTransientConnectionException" in str(message)
    assert "api-1 |" not in str(message)  # the envelope is not part of the message...
    assert str(header).startswith("api-1    | 2026-03-14T09:01:15.002Z ERROR")  # ...but kept


def test_a_stack_trace_interleaved_with_another_service_joins_none_of_its_events(
    tmp_path: Path,
) -> None:
    # `docker compose logs` writes the services' lines as they come: api-1's trace is cut by
    # a line of db-1, which must not take the trace's lines as its own
    lines = (FIXTURES / "compose.log").read_text().splitlines()
    lines.insert(14, "db-1     | 2026-03-14 09:01:15.100 UTC [68] LOG:  checkpoint starting: time")
    log = tmp_path / "interleaved.log"
    log.write_text("\n".join(lines) + "\n")
    ingest_file(log, tmp_path / "c")
    rows = _events(tmp_path / "c", "line BETWEEN 13 AND 19")
    assert [(r[0], r[1], r[3]) for r in rows] == [
        (13, 14, "api-1"),  # the error and the exception's first line
        (15, 15, "db-1"),  # the checkpoint alone
        (16, 19, "api-1"),  # the rest of the trace, under its service
    ]
    assert str(rows[1][4]) == "checkpoint starting: time"
    assert "Caused by: java.sql.SQLTransientConnectionException" in str(rows[2][4])


def test_lines_outside_the_envelope_are_kept_as_unparsed_lines(tmp_path: Path) -> None:
    ingest_file(FIXTURES / "compose.log", tmp_path / "c")
    rows = _events(tmp_path / "c", "line IN (1, 28)")
    assert [(r[0], r[2], r[3], r[4]) for r in rows] == [
        (1, None, None, "Attaching to api-1, db-1, proxy-1, cache-1"),
        (28, None, None, "api-1 exited with code 137"),
    ]


def test_templates_are_mined_from_the_lines_inside_the_envelope(tmp_path: Path) -> None:
    profile = ingest_file(FIXTURES / "compose.log", tmp_path / "c")
    patterns = [t.pattern for t in profile.top_templates]
    assert not any("|" in p.split(" ")[:3] for p in patterns)
    assert any(p.startswith("database system is ready") for p in patterns)


def test_each_services_lines_are_read_with_their_own_format(tmp_path: Path) -> None:
    # PostgreSQL's lines are most of the log, and the generic ISO format fits Spring Boot's
    # too: still each line goes to the most specific format that fits it
    db = "db-1   | 2026-03-14 09:00:{s:02d}.990 UTC [7] LOG:  checkpoint complete {s}"
    api = (
        "api-1  | 2026-03-14T09:00:{s:02d}.002Z  INFO 1 --- [nio-8080-exec-1] "
        "c.e.shop.OrderController : request {s} took 12 ms"
    )
    log = tmp_path / "stack.log"
    log.write_text("".join(f"{db.format(s=s)}\n" for s in range(20)) + api.format(s=30) + "\n")
    log.write_text(log.read_text() + "".join(f"{api.format(s=s)}\n" for s in range(31, 36)))
    profile = ingest_file(log, tmp_path / "store")
    assert (profile.payload_format, profile.fallback_formats) == ("iso-level", ["spring-boot"])
    (row,) = _events(tmp_path / "store", "line = 21")
    assert (row[2], row[3], row[4]) == ("INFO", "api-1", "request 30 took 12 ms")


def test_a_line_the_runtime_split_is_one_event_with_both_parts(tmp_path: Path) -> None:
    ingest_file(FIXTURES / "cri_pod.log", tmp_path / "cri")
    (split,) = _events(tmp_path / "cri", "line = 5")
    assert (split[0], split[1], split[2]) == (5, 6, "ERROR")
    assert str(split[4]).endswith("limits.memory=3840Mi, \nlimited: limits.memory=4Gi")


def test_a_partial_line_goes_on_in_its_own_stream_only(tmp_path: Path) -> None:
    # stderr's partial line, then stdout's whole one: no joining across the streams
    access = '172.18.0.1 - - [28/Jan/2022:16:04:0{s} +0000] "GET / HTTP/1.1" 200 13 "-" "curl"'
    lines = [
        f"2022-01-28T16:04:05.10000000{s}Z {stream} {tag} {access.format(s=s)}"
        for s, (stream, tag) in enumerate([("stdout", "F"), ("stderr", "P"), ("stdout", "F")])
    ]
    log = tmp_path / "pod.log"
    log.write_text("\n".join(lines) + "\n")
    profile = ingest_file(log, tmp_path / "store")
    assert (profile.format, profile.line_count, profile.event_count) == ("cri", 3, 3)


def test_a_line_docker_split_into_records_is_one_event(tmp_path: Path) -> None:
    # json-file cuts a line of over 16 KiB into records, all but the last without their `\n`
    records = [
        ("example: 12 Tue Feb 16 09:15:12 UTC 2021\n", "12.50286486"),
        ("example: 13 payload " + "x" * 16384, "13.503624173"),
        ("example: 13 end of payload\n", "13.503624173"),
        ("example: 14 Tue Feb 16 09:15:14 UTC 2021\n", "14.504446654"),
    ]
    log = tmp_path / "container-json.log"
    log.write_text(
        "".join(
            json.dumps({"log": text, "stream": "stdout", "time": f"2021-02-16T09:15:{t}Z"}) + "\n"
            for text, t in records
        )
    )
    profile = ingest_file(log, tmp_path / "d")
    assert (profile.line_count, profile.event_count) == (4, 3)
    (split,) = _events(tmp_path / "d", "line = 2")
    assert (split[0], split[1]) == (2, 3)
    assert str(split[4]).endswith("x\nexample: 13 end of payload")


def test_the_stream_is_the_source_only_when_the_line_names_none(tmp_path: Path) -> None:
    ingest_file(FIXTURES / "docker_json_plain.log", tmp_path / "d")
    rows = _events(tmp_path / "d")
    assert {r[3] for r in rows} == {
        "com.example.worker.Main",
        "com.example.worker.Queue",
        "com.example.worker.Job",
    }
    assert all(str(r[5]).startswith(("stdout ", "stderr ")) for r in rows)


def test_coloured_compose_prefixes_are_read(tmp_path: Path) -> None:
    log = tmp_path / "colour.log"
    colour, reset = "\x1b[36m", "\x1b[0m"  # as compose writes to a terminal
    log.write_text(
        "".join(
            f"{colour}web-1  |{reset} 2026-03-14 09:00:0{i},000 INFO [main] com.example.A: go\n"
            for i in range(6)
        )
    )
    profile = ingest_file(log, tmp_path / "store")
    assert (profile.format, profile.payload_format) == ("compose", "log4j")
    assert profile.sources == {"web-1": 6} and profile.levels == {"INFO": 6}


def test_a_short_compose_log_opening_with_compose_own_line_is_read(tmp_path: Path) -> None:
    lines = (FIXTURES / "compose.log").read_text().splitlines()[:4]  # "Attaching to" first
    assert detect_format(lines).name == "compose"


def test_times_before_unstructured_text_are_a_time_stamped_log(tmp_path: Path) -> None:
    lines = [f"2026-03-14T10:00:0{i}.123456789Z Run step {i}" for i in range(5)]
    found = detect_format(lines)
    assert found.envelopes == () and found.format.name == "iso-plain"


def test_an_envelope_can_be_forced_and_a_forced_format_reads_lines_whole(
    tmp_path: Path,
) -> None:
    lines = (FIXTURES / "compose.log").read_text().splitlines()
    forced = ingest_file(FIXTURES / "compose.log", tmp_path / "forced", format_override="compose")
    assert (forced.format, forced.format_forced, forced.line_count) == ("compose", True, 28)
    detected = ingest_file(FIXTURES / "compose.log", tmp_path / "detected")
    assert (forced.payload_format, forced.fallback_formats, forced.levels) == (
        detected.payload_format,
        detected.fallback_formats,
        detected.levels,
    )
    whole = ingest_file(FIXTURES / "compose.log", tmp_path / "whole", format_override="raw")
    assert (whole.format, whole.envelopes, whole.payload_format) == ("raw", [], None)
    assert whole.sources == {} and whole.line_count == len(lines)


def test_an_envelope_forced_on_lines_without_it_says_so(tmp_path: Path) -> None:
    profile = ingest_file(FIXTURES / "java_app.log", tmp_path / "x", format_override="cri")
    assert (profile.format, profile.payload_format) == ("cri", "log4j")
    assert any("forced envelope 'cri' opens only 0%" in w for w in profile.warnings)
    plain = ingest_file(FIXTURES / "java_app.log", tmp_path / "plain")
    assert profile.event_count == plain.event_count and profile.levels == plain.levels


def test_unknown_forced_names_list_the_envelopes_too(tmp_path: Path) -> None:
    with pytest.raises(AppError) as caught:
        ingest_file(FIXTURES / "compose.log", tmp_path / "x", format_override="composer")
    assert "compose" in caught.value.detail and "cri" in caught.value.detail
    assert format_names()[: len(BY_NAME)] == list(BY_NAME)
    assert format_names()[-1] == "raw"


def test_plain_logs_have_no_envelope() -> None:
    for name in ("java_app.log", "pino.jsonl", "access_combined.log", "glog.log"):
        assert find_envelopes(sample_lines(FIXTURES / name))[0] == (), name
    # RFC 3339 times open these lines, but what follows is syslog's host and program
    assert detect_format(sample_lines(FIXTURES / "syslog_iso.log")).envelopes == ()


def test_a_log_indented_as_a_whole_is_read_under_its_indentation(tmp_path: Path) -> None:
    lines = [
        "2024-03-01 10:00:00,123 INFO  [main] com.example.App - Starting",
        "2024-03-01 10:00:01,123 ERROR [main] com.example.Db - Connection failed",
        "java.net.ConnectException: Connection refused",
        "\tat com.example.Db.open(Db.java:42)",
        "",
        "2024-03-01 10:00:02,123 WARN  [main] com.example.App - Retrying",
    ]
    log = tmp_path / "pasted.log"
    log.write_text("".join(f"    {line}\n" if line else "\n" for line in lines))
    profile = ingest_file(log, tmp_path / "store")
    assert profile.format == profile.payload_format == "log4j"  # indentation names no log
    assert profile.envelopes == ["indented"]
    assert (profile.line_count, profile.event_count, profile.parse_failures) == (6, 3, 0)
    assert profile.levels == {"INFO": 1, "ERROR": 1, "WARN": 1}
    assert profile.time_range.start == _utc("2024-03-01 10:00:00.123")
    with LogStore.open([("p", tmp_path / "store")]) as store:
        rows = store.rows("SELECT line, end_line, message FROM events ORDER BY line")
    assert [r[:2] for r in rows] == [(1, 1), (2, 5), (6, 6)]  # the trace keeps its event
    assert rows[0][2] == "Starting"


def test_indented_text_of_no_format_is_a_line_per_event_but_what_is_indented_further(
    tmp_path: Path,
) -> None:
    log = tmp_path / "text.log"
    log.write_text(
        "    The quick brown fox\n    jumps over the lazy dog\n      and its tail\n"
        "    then runs away\n"
    )
    profile = ingest_file(log, tmp_path / "store")
    assert (profile.format, profile.envelopes) == ("raw", ["indented"])
    assert profile.event_count == 3
    assert profile.warnings[0].startswith("no known format recognised; each line is one event")


def test_a_line_flush_left_means_no_common_indentation() -> None:
    text = "Build log\n    2024-03-01 10:00:00 INFO step 1\n    2024-03-01 10:00:01 INFO step 2"
    assert find_envelopes(text.splitlines())[0] == ()


def test_a_format_forced_on_an_indented_log_reads_under_the_indentation(tmp_path: Path) -> None:
    log = tmp_path / "pasted.log"
    text = (FIXTURES / "java_app.log").read_text()
    log.write_text("".join(f"  {line}" if line.strip() else line for line in text.splitlines(True)))
    plain = ingest_file(FIXTURES / "java_app.log", tmp_path / "plain")
    forced = ingest_file(log, tmp_path / "forced", format_override="log4j")
    assert (forced.format, forced.format_forced, forced.envelopes) == ("log4j", True, ["indented"])
    assert forced.format_fit == 1.0 and not any("fits only" in w for w in forced.warnings)
    assert (forced.event_count, forced.levels) == (plain.event_count, plain.levels)


def test_a_date_after_kubectl_s_time_is_the_line_s_not_a_log_stream(tmp_path: Path) -> None:
    # `kubectl logs --prefix --timestamps` of nginx: its error log's own `2024/09/29 15:57:44`
    # is no CloudWatch log stream's name (`aws logs tail`'s envelope)
    pod = "[pod/web-7c9d8f6b4-2xkqz/nginx]"
    lines = [
        f"{pod} 2024-09-29T15:57:40.000000123Z 2024/09/29 15:57:40 [notice] 1#1: nginx/1.27.1",
        f"{pod} 2024-09-29T15:57:41.000000123Z 2024/09/29 15:57:40 [notice] 1#1: start workers",
        f"{pod} 2024-09-29T15:57:46.000006123Z 2024/09/29 15:57:44 [error] 29#29: *1 open() "
        '"/usr/share/nginx/html/favicon.ico" failed (2: No such file or directory)',
    ]
    assert [e.name for e in find_envelopes(lines)[0]] == ["kubectl", "timestamps"]
    log = tmp_path / "pods.log"
    log.write_text("\n".join(lines) + "\n")
    profile = ingest_file(log, tmp_path / "store")
    assert (profile.payload_format, profile.parse_failures) == ("nginx-error", 0)
    assert dict(profile.levels) == {"NOTICE": 2, "ERROR": 1}


def test_a_line_compose_writes_itself_opens_an_event_of_no_service(tmp_path: Path) -> None:
    # `web-1 exited with code 2` has no `|`: it is docker compose's, not the worker's error
    lines = [
        "worker-1  | 2026-09-30 18:16:45,121 - rq.worker - INFO - *** Listening on ingestion...",
        "worker-1  | error: Failed to initialize cache at `/nonexistent/.cache/uv`",
        "worker-1  |   cause: failed to create directory: Permission denied (os error 13)",
        "worker-1 exited with code 2 (restarting)",
        "worker-1  | 2026-09-30 18:16:50,002 - rq.worker - INFO - Worker started",
        "worker-1  | 2026-09-30 18:16:50,003 - rq.worker - INFO - *** Listening on ingestion...",
    ]
    log = tmp_path / "compose.log"
    log.write_text("\n".join(lines) + "\n")
    ingest_file(log, tmp_path / "store")
    with LogStore.open([("s", tmp_path / "store")]) as store:
        rows = store.rows("SELECT line, end_line, source FROM events ORDER BY line")
    assert rows == [(1, 3, "worker-1"), (4, 4, None), (5, 5, "worker-1"), (6, 6, "worker-1")]


def test_a_process_s_traceback_under_launch_s_prefix_is_its_own_event(tmp_path: Path) -> None:
    # `ros2 launch` relays each node's output under `[name-n] `: a node's Python traceback
    # after another node's line is one event of its process, not the other's further lines
    ingest_file(FIXTURES / "ros2_launch_traceback.log", tmp_path / "r")
    rows = _events(tmp_path / "r", "line BETWEEN 32 AND 57")
    assert [(r[0], r[1], r[3]) for r in rows] == [
        (32, 32, "state_visualizer"),
        (33, 56, "controller_node-5"),
        (57, 57, "planner_node"),
    ]
    assert str(rows[1][4]).startswith("Traceback (most recent call last):\n  File ")


def test_a_thread_in_brackets_opening_every_line_is_no_launch_prefix() -> None:
    # launch's prefix is taken off where launch's own lines are there too: a logger's
    # `[pool-1-thread-3] ` is the thread of a line of its own format
    lines = [
        f"[pool-1-thread-{i % 4 + 1}] INFO com.example.Worker - task {i} done" for i in range(40)
    ]
    assert all(e.name != "ros2-launch" for e in find_envelopes(lines)[0])
    with_launch = ["[INFO] [launch]: All log files can be found below /tmp/log", *lines]
    assert [e.name for e in find_envelopes(with_launch)[0]] == ["ros2-launch"]
