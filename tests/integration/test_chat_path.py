"""The chat path answers from state; an analysis question never gets an invented answer."""

from __future__ import annotations

import csv

import psycopg
import pytest

from tests.conftest import SHARED_DATA, LogFactory, UserFactory
from tests.databases import PG_SERVER
from tests.live import LiveServer, read_sse


def ask(server: LiveServer, token: str, conv_id: str, text: str) -> list[dict[str, object]]:
    with server.client(token) as http:
        run = http.post(f"/api/conversations/{conv_id}/messages", json={"content": text}).json()
        _status, events = read_sse(http, run["events_url"])
    return events


def test_attached_logs_are_listed_truthfully(
    server: LiveServer, make_user: UserFactory, make_log: LogFactory
) -> None:
    token = make_user("alice")
    log_ids = [make_log(token, filename="nginx.log"), make_log(token, filename="app.jsonl")]
    with server.client(token) as http:
        conv = http.post("/api/conversations", json={"log_ids": log_ids}).json()
    events = ask(server, token, conv["id"], "which logs are attached?")
    answer = "".join(e["data"]["payload"]["text"] for e in events if e["event"] == "message.delta")
    assert "2 log(s) attached" in answer
    assert "nginx.log" in answer and "app.jsonl" in answer
    intent = next(e for e in events if e["event"] == "intent.resolved")
    assert intent["data"]["payload"]["intent"] == "chat"


def test_analysis_answer_is_computed_cited_and_verified(
    server: LiveServer, make_user: UserFactory
) -> None:
    sample = SHARED_DATA / "loghub-2k" / "HDFS" / "HDFS_2k.log"
    truth = SHARED_DATA / "loghub-2k" / "HDFS" / "HDFS_2k.log_structured_corrected.csv"
    if not sample.exists():
        pytest.skip(f"the Loghub samples are not at {sample}")
    with truth.open(newline="") as fh:
        expected = sum(1 for row in csv.DictReader(fh) if row["Level"] == "WARN")
    token = make_user("alice")
    with server.client(token) as http:
        with sample.open("rb") as fh:
            log = http.post("/api/logs", files={"file": ("HDFS_2k.log", fh)}).json()
        conv = http.post("/api/conversations", json={"log_ids": [log["id"]]}).json()
    events = ask(server, token, conv["id"], "how many warnings were there?")
    kinds = [e["event"] for e in events]
    assert kinds[-2:] == ["run.completed", "done"]
    assert "warning" in kinds  # no language model configured: said plainly
    for agent in ("parameter", "planning", "analyze", "verify", "report"):
        assert any(e["data"]["agent"] == agent for e in events if e["event"] == "step.completed")
    assert any(e["event"] == "tool.result" for e in events)
    answer = "".join(e["data"]["payload"]["text"] for e in events if e["event"] == "message.delta")
    assert f"**{expected:,}**" in answer.split("\n", 1)[0]
    result = next(e for e in events if e["event"] == "result.created")["data"]["payload"]
    lead = result["findings"][0]
    assert lead["verified"] is True
    lines = sample.read_text().splitlines()
    for evidence in lead["evidence"]:
        assert lines[evidence["line"] - 1] == evidence["text"]
        assert " WARN " in evidence["text"]
        assert f"(#cite={log['id']}:{evidence['line']})" in answer


def test_question_without_logs_asks_for_one(server: LiveServer, make_user: UserFactory) -> None:
    token = make_user("alice")
    with server.client(token) as http:
        conv = http.post("/api/conversations", json={}).json()
    events = ask(server, token, conv["id"], "how many errors were there?")
    intent = next(e for e in events if e["event"] == "intent.resolved")
    assert intent["data"]["payload"]["intent"] == "clarification"
    answer = "".join(e["data"]["payload"]["text"] for e in events if e["event"] == "message.delta")
    assert "No log is attached" in answer


def test_dropped_database_connections_are_replaced(
    database_url: str, server: LiveServer, make_user: UserFactory
) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("connection loss is simulated on PostgreSQL (pg_terminate_backend)")
    token = make_user("alice")
    with server.client(token) as http:
        assert http.get("/api/conversations").status_code == 200
        name = database_url.rsplit("/", 1)[1]
        with psycopg.connect(PG_SERVER, autocommit=True) as admin:
            killed = admin.execute(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid()",
                (name,),
            ).fetchone()
        assert killed is not None and killed[0] >= 1
        response = http.get("/api/conversations")
        assert response.status_code == 200, response.text
