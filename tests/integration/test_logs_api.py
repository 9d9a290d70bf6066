"""Uploads through the HTTP API: profile, progress, lines, dedupe, and every bad input."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import queue
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from analyzer.config import Settings
from tests.conftest import REPO, ServerFactory, SettingsFactory, UserFactory
from tests.live import LiveServer, iter_frames, read_sse

APP_LOG = (REPO / "fixtures" / "logs" / "python.log").read_bytes()
ACCESS_LOG = (REPO / "fixtures" / "logs" / "access_combined.log").read_bytes()


def upload(http: httpx.Client, name: str, data: bytes, **params: str) -> httpx.Response:
    return http.post("/api/logs", params=params, files={"file": (name, io.BytesIO(data))})


def problem_code(response: httpx.Response) -> str:
    assert response.headers["content-type"] == "application/problem+json"
    code: str = response.json()["code"]
    return code


def leftover_files(settings: Settings) -> list[Path]:
    root = settings.DATA_DIR / "logs"
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def test_upload_returns_the_profile(server: LiveServer, make_user: UserFactory) -> None:
    with server.client(make_user("alice")) as http:
        response = upload(http, "access.log", ACCESS_LOG)
        assert response.status_code == 201, response.text
        profile = response.json()
        assert profile["status"] == "ready"
        assert profile["format"] == "nginx_combined" or "access" in profile["format"]
        assert profile["line_count"] == ACCESS_LOG.count(b"\n")
        assert profile["time_range"]["start"].endswith("Z")
        assert sum(profile["levels"].values()) == profile["event_count"]
        for key in ("id", "filename", "event_count", "sources", "top_templates", "parse_failures"):
            assert key in profile
        assert http.get(f"/api/logs/{profile['id']}").json()["line_count"] == profile["line_count"]
        listing = http.get("/api/logs").json()
        assert [item["id"] for item in listing["items"]] == [profile["id"]]


def test_lines_have_parsed_fields_and_template(server: LiveServer, make_user: UserFactory) -> None:
    with server.client(make_user("alice")) as http:
        log = upload(http, "app.log", APP_LOG).json()
        page = http.get(f"/api/logs/{log['id']}/lines", params={"start": 2, "end": 4}).json()
    raw = APP_LOG.decode().splitlines()
    assert [row["line"] for row in page["lines"]] == [2, 3, 4]
    assert [row["text"] for row in page["lines"]] == raw[1:4]
    assert page["lines"][0]["level"] == "ERROR"
    assert page["lines"][1]["event_line"] == 2  # the traceback continues the event of line 2
    assert page["total_lines"] == len(raw)


def test_a_json_document_is_read_one_event_per_record(
    server: LiveServer, make_user: UserFactory, settings: Settings
) -> None:
    document = (REPO / "fixtures" / "logs" / "records_array.json").read_bytes()
    with server.client(make_user("alice")) as http:
        gz = upload(http, "records.json.gz", gzip.compress(document)).json()
        assert (gz["format"], gz["line_count"], gz["event_count"]) == ("json", 38, 6)
        assert gz["warnings"][0].startswith("a JSON document (an array) was read as 6 records")
        page = http.get(f"/api/logs/{gz['id']}/lines", params={"start": 32, "end": 37}).json()
        assert page["total_lines"] == 38
        assert [row["text"] for row in page["lines"]] == document.decode().splitlines()[31:37]
        assert {row["event_line"] for row in page["lines"]} == {32}
        assert {row["level"] for row in page["lines"]} == {"ERROR"}
        assert http.delete(f"/api/logs/{gz['id']}").status_code == 204
    assert not (settings.DATA_DIR / "logs" / gz["id"]).exists()


def test_identical_bytes_reuse_the_earlier_upload(
    server: LiveServer, make_user: UserFactory
) -> None:
    with server.client(make_user("alice")) as http, server.client(make_user("bob")) as other:
        first = upload(http, "a.log", APP_LOG)
        again = upload(http, "b.log", APP_LOG)
        theirs = upload(other, "a.log", APP_LOG)
    assert (first.status_code, again.status_code, theirs.status_code) == (201, 200, 201)
    assert again.json()["id"] == first.json()["id"]
    assert theirs.json()["id"] != first.json()["id"]


def test_a_reused_upload_still_answers_to_the_size_limit(
    start_server: ServerFactory, make_settings: SettingsFactory, make_user: UserFactory
) -> None:
    """The same compressed bytes uploaded again after MAX_LOG_BYTES was lowered below their
    decompressed size are refused as a new upload of them would be (413), though the upload
    itself is under the limit; the earlier upload is kept."""
    user, text = make_user("alice"), APP_LOG * 200
    data = gzip.compress(text)
    with start_server().client(user) as http:
        first = upload(http, "a.log.gz", data).json()
    lowered = start_server(settings_=make_settings(MAX_LOG_BYTES=len(text) - 1))
    assert len(data) < len(text) - 1
    with lowered.client(user) as http:
        again = upload(http, "a.log.gz", data)
        assert again.status_code == 413, again.text
        assert problem_code(again) == "PAYLOAD_TOO_LARGE"
        assert http.get(f"/api/logs/{first['id']}").json()["status"] == "ready"


def test_identical_bytes_uploaded_at_once_are_one_upload(
    server: LiveServer, make_user: UserFactory
) -> None:
    data = b"".join(
        b"2024-03-01 10:00:%02d,000 INFO worker %d done\n" % (i % 60, i) for i in range(200_000)
    )
    user = make_user("alice")
    clients = [server.client(user) for _ in range(3)]
    try:
        with ThreadPoolExecutor(max_workers=3) as pool:
            answers = list(pool.map(lambda c: upload(c, "same.log", data, wait="false"), clients))
    finally:
        for client in clients:
            client.close()
    assert sorted(a.status_code for a in answers) == [200, 200, 202]
    assert len({a.json()["id"] for a in answers}) == 1


def test_gzip_is_decompressed(server: LiveServer, make_user: UserFactory) -> None:
    with server.client(make_user("alice")) as http:
        profile = upload(http, "app.log.gz", gzip.compress(APP_LOG)).json()
    assert profile["line_count"] == APP_LOG.count(b"\n")


def test_xz_and_bzip2_are_decompressed(server: LiveServer, make_user: UserFactory) -> None:
    with server.client(make_user("alice")) as http:
        packed = [
            upload(http, name, data).json()
            for name, data in (
                ("app.log.1.xz", lzma.compress(APP_LOG)),
                ("app.log.2.bz2", bz2.compress(APP_LOG)),
            )
        ]
    assert [p["line_count"] for p in packed] == [APP_LOG.count(b"\n")] * 2


def test_progress_stream_ends_with_completion(server: LiveServer, make_user: UserFactory) -> None:
    with server.client(make_user("alice")) as http:
        accepted = upload(http, "access.log", ACCESS_LOG, wait="false")
        assert accepted.status_code in (201, 202)
        _status, events = read_sse(http, accepted.json()["events_url"])
    kinds = [e["event"] for e in events]
    assert kinds[-2:] == ["ingest.completed", "done"]
    assert events[-2]["data"]["profile"]["line_count"] == ACCESS_LOG.count(b"\n")


@pytest.mark.parametrize(
    ("name", "data", "status", "code"),
    [
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, 415,
         "UNSUPPORTED_LOG_FORMAT"),
        ("empty.log", b"", 422, "EMPTY_LOG"),
        ("bomb.log.gz", gzip.compress(b"A" * 300_000), 413, "PAYLOAD_TOO_LARGE"),
        ("big.log", b"x" * 200_000 + b"\n", 413, "PAYLOAD_TOO_LARGE"),
    ],
)  # fmt: skip
def test_bad_uploads_fail_cleanly_and_keep_earlier_uploads(
    start_server: ServerFactory,
    make_settings: SettingsFactory,
    make_user: UserFactory,
    name: str,
    data: bytes,
    status: int,
    code: str,
) -> None:
    settings = make_settings(MAX_LOG_BYTES=100_000)
    server = start_server(settings_=settings)
    with server.client(make_user("alice")) as http:
        kept = upload(http, "app.log", APP_LOG).json()
        before = sorted(leftover_files(settings))
        response = upload(http, name, data)
        assert response.status_code == status, response.text
        assert problem_code(response) == code
        assert http.get(f"/api/logs/{kept['id']}").json()["status"] == "ready"
        assert http.get("/api/logs").json()["total"] == 1  # a rejected upload leaves no row
    after = [p for p in leftover_files(settings) if "_staging" not in p.parts]
    staged = [p for p in leftover_files(settings) if "_staging" in p.parts]
    assert not staged
    assert sorted(after) == before  # no partial file is left behind


def test_hostile_file_names_are_neutralised(server: LiveServer, make_user: UserFactory) -> None:
    with server.client(make_user("alice")) as http:
        profile = upload(http, "../../etc/<script>alert(1)</script>\x00.log", APP_LOG).json()
    assert "/" not in profile["filename"] and "<" not in profile["filename"]
    assert "\x00" not in profile["filename"]


def test_malformed_and_missing_parts(server: LiveServer, make_user: UserFactory) -> None:
    with server.client(make_user("alice")) as http:
        no_file = http.post("/api/logs", data={"format": "json"})
        not_multipart = http.post(
            "/api/logs", content=b"hello", headers={"content-type": "text/plain"}
        )
        bad_format = upload(http, "a.log", APP_LOG, format="../etc")
    for response in (no_file, not_multipart, bad_format):
        assert response.status_code == 422
        assert problem_code(response) == "VALIDATION_FAILED"


def test_forced_format_that_does_not_fit_is_stated(
    server: LiveServer, make_user: UserFactory
) -> None:
    with server.client(make_user("alice")) as http:
        response = upload(http, "access.log", ACCESS_LOG, format="json")
    assert response.status_code == 201, response.text
    profile = response.json()
    assert profile["format_forced"] is True
    assert profile["line_count"] == ACCESS_LOG.count(b"\n")
    assert profile["parse_failures"] > 0 or profile["warnings"]


def test_known_formats_are_listed_for_signed_in_users(
    server: LiveServer, make_user: UserFactory
) -> None:
    with server.client(make_user("alice")) as http:
        formats = http.get("/api/log-formats").json()
    names = [f["name"] for f in formats]
    assert names[-1] == "raw" and len(names) == len(set(names))
    assert {"json", "logfmt", "syslog", "syslog-iso", "spring-boot", "access"} <= set(names)
    assert all(f["description"] for f in formats)
    envelopes = {f["name"] for f in formats if f["kind"] == "envelope"}
    assert envelopes == {
        "cri",
        "docker-json",
        "pm2",
        "wildfly-domain",
        "torchrun",
        "ray-prefix",
        "ros2-launch-log",
        "ros2-launch",
        "foreman",
        "compose",
        "jsw",
        "kubectl",
        "stern",
        "stern-plain",
        "cloudwatch",
        "svlogd",
        "cloudfoundry",
        "grep",
        "timestamps",
    }
    with server.client() as anonymous:
        assert problem_code(anonymous.get("/api/log-formats")) == "UNAUTHENTICATED"


def test_a_compose_log_is_read_per_service_and_can_be_forced_whole(
    server: LiveServer, make_user: UserFactory
) -> None:
    data = (REPO / "fixtures" / "logs" / "compose.log").read_bytes()
    with server.client(make_user("alice")) as http:
        log = upload(http, "stack.log", data).json()
        assert (log["format"], log["envelopes"], log["line_count"]) == ("compose", ["compose"], 28)
        assert set(log["sources"]) == {"api-1", "db-1", "cache-1", "proxy-1"}
        page = http.get(f"/api/logs/{log['id']}/lines", params={"start": 13, "end": 14}).json()
        assert [(r["source"], r["level"], r["event_line"]) for r in page["lines"]] == [
            ("api-1", "ERROR", 13),
            ("api-1", "ERROR", 13),  # the exception line continues the service's error
        ]
        assert page["lines"][0]["text"] == data.decode().splitlines()[12]  # the line as uploaded
        whole = upload(http, "stack.log", data, format="raw").json()
        assert (whole["format"], whole["envelopes"], whole["sources"]) == ("raw", [], {})


def test_reingest_with_another_format(server: LiveServer, make_user: UserFactory) -> None:
    with server.client(make_user("alice")) as http:
        log = upload(http, "access.log", ACCESS_LOG).json()
        again = http.post(f"/api/logs/{log['id']}/reingest", json={"format": "json"})
        assert again.status_code == 202
        _status, events = read_sse(http, f"/api/logs/{log['id']}/events")
        assert events[-2]["event"] == "ingest.completed"
        assert http.get(f"/api/logs/{log['id']}").json()["format_forced"] is True


def test_an_upload_read_in_its_own_timezone(
    server: LiveServer, make_user: UserFactory, settings: Settings
) -> None:
    # python.log's naive stamps open at 2024-03-01 10:00:00,123: 09:00 UTC in Berlin (CET)
    with server.client(make_user("alice")) as http:
        in_utc = upload(http, "app.log", APP_LOG).json()
        berlin = upload(http, "app.log", APP_LOG, timezone="Europe/Berlin")
        assert berlin.status_code == 201, berlin.text  # not the UTC upload of the same bytes
        profile = berlin.json()
        assert (profile["timezone"], profile["timezone_override"]) == (
            "Europe/Berlin",
            "Europe/Berlin",
        )
        assert in_utc["time_range"]["start"] == "2024-03-01T10:00:00.123000Z"
        assert profile["time_range"]["start"] == "2024-03-01T09:00:00.123000Z"
        # as a form field too, and the same choice again reuses the upload
        again = http.post(
            "/api/logs",
            files={"file": ("app.log", io.BytesIO(APP_LOG))},
            data={"timezone": "Europe/Berlin"},
        )
        assert (again.status_code, again.json()["id"]) == (200, profile["id"])
        # read again in another zone, then in the service's own
        log_id = in_utc["id"]
        moved = http.post(f"/api/logs/{log_id}/reingest", json={"timezone": "America/New_York"})
        assert moved.status_code == 202
        read_sse(http, f"/api/logs/{log_id}/events")
        view = http.get(f"/api/logs/{log_id}").json()
        assert view["time_range"]["start"] == "2024-03-01T15:00:00.123000Z"
        assert view["timezone_override"] == "America/New_York"
        assert http.post(f"/api/logs/{log_id}/reingest", json={}).status_code == 202
        read_sse(http, f"/api/logs/{log_id}/events")
        view = http.get(f"/api/logs/{log_id}").json()
        assert (view["timezone"], view["timezone_override"]) == (settings.LOG_TIMEZONE, None)


def test_an_unknown_timezone_is_refused_and_nothing_is_kept(
    server: LiveServer, make_user: UserFactory, settings: Settings
) -> None:
    with server.client(make_user("alice")) as http:
        kept = upload(http, "app.log", APP_LOG).json()
        before = sorted(leftover_files(settings))
        for zone in ("Mars/Olympus_Mons", "../../etc/passwd", "x" * 65):
            response = upload(http, "other.log", ACCESS_LOG, timezone=zone)
            assert response.status_code == 422, (zone, response.text)
            assert problem_code(response) == "VALIDATION_FAILED"
            assert "timezone" in response.json()["detail"]
        refused = http.post(f"/api/logs/{kept['id']}/reingest", json={"timezone": "Mars/Base"})
        assert problem_code(refused) == "VALIDATION_FAILED"
        assert http.get(f"/api/logs/{kept['id']}").json()["status"] == "ready"  # not touched
        assert [item["id"] for item in http.get("/api/logs").json()["items"]] == [kept["id"]]
    assert sorted(leftover_files(settings)) == before


def test_delete_removes_files_and_detaches(
    server: LiveServer, make_user: UserFactory, settings: Settings
) -> None:
    with server.client(make_user("alice")) as http:
        log = upload(http, "app.log", APP_LOG).json()
        conv = http.post("/api/conversations", json={"log_ids": [log["id"]]}).json()
        assert http.delete(f"/api/logs/{log['id']}").status_code == 204
        assert problem_code(http.get(f"/api/logs/{log['id']}")) == "LOG_NOT_FOUND"
        assert http.get(f"/api/conversations/{conv['id']}").json()["log_ids"] == []
        assert problem_code(http.delete(f"/api/logs/{log['id']}")) == "LOG_NOT_FOUND"
    assert not (settings.DATA_DIR / "logs" / log["id"]).exists()


def test_delete_during_ingestion(server: LiveServer, make_user: UserFactory) -> None:
    big = ACCESS_LOG * 400
    with server.client(make_user("alice")) as http:
        accepted = upload(http, "big.log", big, wait="false")
        assert http.delete(f"/api/logs/{accepted.json()['id']}").status_code == 204
        assert problem_code(http.get(f"/api/logs/{accepted.json()['id']}")) == "LOG_NOT_FOUND"
        assert upload(http, "app.log", APP_LOG).status_code == 201


def test_a_progress_stream_ends_when_its_log_is_deleted(
    server: LiveServer, make_user: UserFactory
) -> None:
    big = "".join(
        f"10.0.{i % 256}.{i % 251} - - [10/Oct/2024:13:{i // 60 % 60:02d}:{i % 60:02d} +0000] "
        f'"GET /item/{i} HTTP/1.1" {200 + i % 3} {i % 5000} "-" "curl/8.{i % 9}"\n'
        for i in range(300_000)
    ).encode()
    user = make_user("alice")
    with server.client(user) as http, server.client(user) as other:
        log_id = upload(http, "big.log", big, wait="false").json()["id"]
        frames: queue.Queue[dict[str, Any] | None] = queue.Queue()

        def follow() -> None:
            with http.stream("GET", f"/api/logs/{log_id}/events") as response:
                for frame in iter_frames(response.iter_lines()):
                    frames.put(frame)
            frames.put(None)

        threading.Thread(target=follow, daemon=True).start()
        first = frames.get(timeout=30)  # the stream is open: the ingestion's first progress
        assert first is not None and first["event"] == "ingest.progress"
        assert other.delete(f"/api/logs/{log_id}").status_code == 204
        events = [first]
        while (frame := frames.get(timeout=30)) is not None:  # it had stayed open for ever
            events.append(frame)
    assert [e["event"] for e in events][-2:] == ["ingest.failed", "done"]
    assert events[-2]["data"]["error"]["code"] == "LOG_NOT_FOUND"
