"""Health, Prometheus metrics and structured JSON logs."""

from __future__ import annotations

import json
import logging

import pytest

from analyzer.telemetry import JsonFormatter, request_id_var, run_id_var
from tests.conftest import UserFactory
from tests.live import LiveServer, read_sse


def test_health_reports_database_store_and_llm(server: LiveServer) -> None:
    with server.client() as http:
        response = http.get("/api/health")
    body = response.json()
    assert response.status_code == 200
    assert body["status"] == "ok"
    assert body["database"]["ok"] is True and body["database"]["latency_ms"] >= 0
    assert body["log_store"]["ok"] is True
    assert body["llm"] == {"configured": False, "reachable": False, "model": "llama3.1:8b"}


def test_metrics_expose_the_required_series(server: LiveServer, make_user: UserFactory) -> None:
    with server.client(make_user("alice")) as http:
        conv = http.post("/api/conversations", json={}).json()
        run = http.post(f"/api/conversations/{conv['id']}/messages", json={"content": "hi"}).json()
        read_sse(http, run["events_url"])
        http.get("/api/conversations/nope")
        text = http.get("/api/metrics").text
    assert 'analyzer_runs{status="completed"} 1.0' in text
    assert "analyzer_active_conversations 1.0" in text
    assert 'analyzer_errors_total{code="CONVERSATION_NOT_FOUND"} 1.0' in text
    assert 'analyzer_session_lookups_total{outcome="miss"} 1.0' in text
    assert "analyzer_session_cache_hit_ratio 0.0" in text
    assert 'analyzer_analysis_duration_seconds_count{intent="chat"} 1.0' in text


def test_json_logs_carry_request_and_run_ids() -> None:
    record = logging.LogRecord("analyzer.x", logging.INFO, __file__, 1, "hello %s", ("w",), None)
    tokens = request_id_var.set("req-1"), run_id_var.set("run-9")
    try:
        line = json.loads(JsonFormatter().format(record))
    finally:
        request_id_var.reset(tokens[0])
        run_id_var.reset(tokens[1])
    assert line["msg"] == "hello w" and line["level"] == "INFO"
    assert line["request_id"] == "req-1" and line["run_id"] == "run-9"
    assert "conversation_id" not in line


def test_response_echoes_a_safe_request_id(server: LiveServer) -> None:
    with server.client() as http:
        given = http.get("/api/health", headers={"X-Request-ID": "abc-123"})
        hostile = http.get("/api/health", headers={"X-Request-ID": "<script>"})
    assert given.headers["x-request-id"] == "abc-123"
    assert hostile.headers["x-request-id"] != "<script>"
    assert "default-src 'self'" in given.headers["content-security-policy"]


@pytest.mark.parametrize("enabled", [True, False])
def test_websocket_serves_the_same_events(
    start_server: object, make_settings: object, make_user: UserFactory, enabled: bool
) -> None:
    from websockets.exceptions import InvalidStatus
    from websockets.sync.client import connect

    server = start_server(settings_=make_settings(ENABLE_WEBSOCKET=enabled))  # type: ignore[operator]
    token = make_user("alice")
    with server.client(token) as http:
        conv = http.post("/api/conversations", json={}).json()
        run = http.post(f"/api/conversations/{conv['id']}/messages", json={"content": "hi"}).json()
        _status, sse = read_sse(http, run["events_url"])
    url = server.base_url.replace("http", "ws") + f"/api/runs/{run['run_id']}/ws?after=0"
    headers = {"Authorization": f"Bearer {token}"}
    if not enabled:
        with pytest.raises(InvalidStatus):
            connect(url, additional_headers=headers, open_timeout=5)
        return
    with connect(url, additional_headers=headers, open_timeout=5) as ws:
        frames = [json.loads(message) for message in ws]
    assert frames == [e["data"] for e in sse]
