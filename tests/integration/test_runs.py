"""Runs: persist-then-publish streams, resume, cancel, retry, failure and interruption."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.conftest import LogFactory, ServerFactory, UserFactory
from tests.fakes.orchestrators import BlockingOrchestrator, FailingOrchestrator, SlowOrchestrator
from tests.live import LiveServer, iter_frames, read_sse

PIECES = [f"word{i} " for i in range(12)]


def ask(http: httpx.Client, conversation_id: str, text: str = "how many errors?") -> dict[str, Any]:
    response = http.post(f"/api/conversations/{conversation_id}/messages", json={"content": text})
    assert response.status_code == 202, response.text
    accepted: dict[str, Any] = response.json()
    return accepted


def new_conversation(http: httpx.Client, log_id: str) -> str:
    conv = http.post("/api/conversations", json={"log_ids": [log_id]})
    assert conv.status_code == 201, conv.text
    conversation_id: str = conv.json()["id"]
    return conversation_id


def wait_for(predicate: Any, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.02)


def answer_text(events: list[dict[str, Any]]) -> str:
    return "".join(e["data"]["payload"]["text"] for e in events if e["event"] == "message.delta")


@pytest.fixture
def setup(
    start_server: ServerFactory, make_user: UserFactory, make_log: LogFactory
) -> Iterator[Any]:
    clients: list[httpx.Client] = []

    def build(orchestrator: Any) -> tuple[LiveServer, httpx.Client, str]:
        server = start_server(orchestrator=orchestrator)
        token = make_user("alice")
        http = server.client(token)
        clients.append(http)
        return server, http, new_conversation(http, make_log(token))

    yield build
    for http in clients:
        http.close()


def test_resume_with_last_event_id_has_no_gap_or_duplicate(setup: Any) -> None:
    _server, http, conv = setup(SlowOrchestrator(PIECES, delay=0.05))
    run = ask(http, conv)
    first: list[dict[str, Any]] = []
    with http.stream("GET", run["events_url"]) as response:
        for frame in iter_frames(response.iter_lines()):
            first.append(frame)
            if frame["event"] == "message.delta":
                break  # the tab closes mid-answer
    seen = first[-1]["data"]["seq"]
    status, rest = read_sse(http, run["events_url"], headers={"Last-Event-ID": str(seen)})
    assert status == 200
    seqs = [e["data"]["seq"] for e in first + rest]
    assert seqs == list(range(1, len(seqs) + 1))
    assert rest[0]["data"]["seq"] == seen + 1
    assert rest[-1]["event"] == "done"
    assert answer_text(first + rest) == "".join(PIECES)
    messages = http.get(f"/api/conversations/{conv}/messages").json()["items"]
    assert messages[-1]["role"] == "assistant"
    assert messages[-1]["content"] == "".join(PIECES)


def test_after_query_and_finished_run_answers_204(setup: Any) -> None:
    _server, http, conv = setup(SlowOrchestrator(["a", "b"], delay=0))
    run = ask(http, conv)
    _status, events = read_sse(http, run["events_url"])
    last = events[-1]["data"]["seq"]
    _status, tail = read_sse(http, f"{run['events_url']}?after={last - 2}")
    assert [e["data"]["seq"] for e in tail] == [last - 1, last]
    assert http.get(run["events_url"], headers={"Last-Event-ID": str(last)}).status_code == 204
    snapshot = http.get(run["run_url"]).json()
    assert snapshot["status"] == "completed"
    assert snapshot["last_seq"] == last
    assert snapshot["steps"][0]["status"] == "completed"


def test_concurrent_streams_see_identical_events(setup: Any) -> None:
    _server, http, conv = setup(SlowOrchestrator(PIECES, delay=0.02))
    run = ask(http, conv)
    _s1, one = read_sse(http, run["events_url"])
    _s2, two = read_sse(http, run["events_url"])
    assert [e["data"] for e in one] == [e["data"] for e in two]


def test_message_deltas_are_coalesced(setup: Any) -> None:
    pieces = ["x"] * 400
    _server, http, conv = setup(SlowOrchestrator(pieces, delay=0))
    run = ask(http, conv)
    _status, events = read_sse(http, run["events_url"])
    deltas = [e for e in events if e["event"] == "message.delta"]
    assert answer_text(events) == "x" * 400
    assert len(deltas) <= 4


def test_cancel_then_retry(setup: Any) -> None:
    blocking = BlockingOrchestrator()
    _server, http, conv = setup(blocking)
    run = ask(http, conv)
    wait_for(lambda: http.get(run["run_url"]).json()["status"] == "in_progress")
    cancelled = http.post(f"/api/runs/{run['run_id']}/cancel")
    assert cancelled.status_code == 202
    assert cancelled.json()["status"] == "cancelled"
    _status, events = read_sse(http, run["events_url"])
    assert [e["event"] for e in events[-2:]] == ["run.cancelled", "done"]
    assert events[-2]["data"]["payload"]["error"]["code"] == "RUN_CANCELLED"
    blocking.release.set()
    retried = http.post(f"/api/runs/{run['run_id']}/retry")
    assert retried.status_code == 202
    new = retried.json()
    assert new["message_id"] == run["message_id"] and new["run_id"] != run["run_id"]
    _status, events = read_sse(http, new["events_url"])
    assert events[-2]["event"] == "run.completed"
    assert http.get(new["run_url"]).json()["retry_of"] == run["run_id"]


@pytest.mark.parametrize(("unexpected", "code"), [(False, "LLM_TIMEOUT"), (True, "GENERIC_ERROR")])
def test_failures_carry_the_problem_object(setup: Any, unexpected: bool, code: str) -> None:
    _server, http, conv = setup(FailingOrchestrator(unexpected=unexpected))
    run = ask(http, conv)
    _status, events = read_sse(http, run["events_url"])
    failed = events[-2]
    assert failed["event"] == "run.failed" and events[-1]["event"] == "done"
    error = failed["data"]["payload"]["error"]
    assert error["code"] == code
    assert set(error) == {"type", "title", "status", "detail", "code", "retryable", "request_id"}
    assert "SELECT" not in str(failed) and "Traceback" not in str(failed)
    assert http.get(run["run_url"]).json()["error"]["code"] == code


def test_graceful_shutdown_interrupts_and_restart_offers_retry(
    start_server: ServerFactory, make_user: UserFactory, make_log: LogFactory
) -> None:
    blocking = BlockingOrchestrator()
    server = start_server(orchestrator=blocking)
    token = make_user("alice")
    with server.client(token) as http:
        conv = new_conversation(http, make_log(token))
        run = ask(http, conv)
        wait_for(lambda: blocking.started == 1)
    server.stop()
    again = start_server()
    with again.client(token) as http:
        snapshot = http.get(run["run_url"]).json()
        assert snapshot["status"] == "interrupted"
        assert snapshot["error"]["code"] == "RUN_INTERRUPTED"
        _status, events = read_sse(http, run["events_url"])
        assert [e["event"] for e in events[-2:]] == ["run.interrupted", "done"]
        question = only_message(http, conv)
        assert question["latest_run"]["id"] == run["run_id"]
        assert question["latest_run"]["status"] == "interrupted"
        assert question["latest_run"]["error"]["code"] == "RUN_INTERRUPTED"
        assert question["latest_run"]["error"]["retryable"] is True
        retried = http.post(f"/api/runs/{run['run_id']}/retry")
        assert retried.status_code == 202
        _status, events = read_sse(http, retried.json()["events_url"])
        assert events[-2]["event"] == "run.completed"


def only_message(http: httpx.Client, conversation_id: str, role: str = "user") -> dict[str, Any]:
    items = http.get(f"/api/conversations/{conversation_id}/messages").json()["items"]
    mine: list[dict[str, Any]] = [m for m in items if m["role"] == role]
    assert len(mine) == 1, items
    return mine[0]


def test_messages_name_the_latest_run_of_each_question(setup: Any) -> None:
    blocking = BlockingOrchestrator()
    _server, http, conv = setup(blocking)
    run = ask(http, conv)
    wait_for(lambda: only_message(http, conv)["latest_run"]["status"] == "in_progress")
    brief = only_message(http, conv)["latest_run"]
    assert brief["id"] == run["run_id"] and brief["error"] is None and brief["last_seq"] >= 2
    http.post(f"/api/runs/{run['run_id']}/cancel")
    cancelled = only_message(http, conv)["latest_run"]
    assert (cancelled["status"], cancelled["error"]["code"]) == ("cancelled", "RUN_CANCELLED")
    assert cancelled["finished_at"] is not None
    blocking.release.set()
    retried = http.post(f"/api/runs/{run['run_id']}/retry").json()
    read_sse(http, retried["events_url"])
    latest = only_message(http, conv)["latest_run"]
    assert (latest["id"], latest["retry_of"]) == (retried["run_id"], run["run_id"])
    assert latest["status"] == "completed"
    reply = only_message(http, conv, role="assistant")
    assert reply["run_id"] == retried["run_id"] and reply["latest_run"] is None


def test_messages_paginate(setup: Any) -> None:
    _server, http, conv = setup(SlowOrchestrator(["ok"], delay=0))
    for i in range(3):
        run = ask(http, conv, f"question {i}")
        read_sse(http, run["events_url"])
    page1 = http.get(f"/api/conversations/{conv}/messages?page=1&limit=4").json()
    page2 = http.get(f"/api/conversations/{conv}/messages?page=2&limit=4").json()
    assert page1["total"] == page2["total"] == 6
    assert len(page1["items"]) == 4 and len(page2["items"]) == 2
    contents = [m["content"] for m in page1["items"] + page2["items"]]
    assert contents == ["question 0", "ok", "question 1", "ok", "question 2", "ok"]
