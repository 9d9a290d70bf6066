"""The admin ledger API over HTTP: admin-only, filters, cursors, search, stats, export, 422s."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import httpx
import pytest

from analyzer.api import admin_ledger
from analyzer.app import create_app
from analyzer.config import Settings
from analyzer.db.engine import Database
from analyzer.db.ledger_query import CallFilter
from analyzer.db.types import utcnow
from analyzer.errors import PROBLEM_CONTENT_TYPE
from tests.conftest import UserFactory
from tests.integration import test_ledger_db as ledger
from tests.live import LiveServer, read_sse

SKEW = timedelta(minutes=10)  # rows start this long before "now", far from window edges
PROBLEM_KEYS = {"type", "title", "status", "detail", "code", "retryable", "request_id"}


@pytest.fixture
def ledger_server(settings: Settings) -> Iterator[LiveServer]:
    """A live server with the admin ledger routes (registered here if the app lacks them)."""
    app = create_app(settings)
    paths = {getattr(route, "path", "") for route in app.routes}
    if "/api/admin/llm-calls" not in paths:
        app.include_router(admin_ledger.router)
    server = LiveServer(app).start()
    yield server
    server.stop()


@pytest.fixture
def rows(db: Database) -> list[dict[str, Any]]:
    """Realistic ledger rows, stored through the sink."""
    made = ledger.sample_rows(now=utcnow() - SKEW)
    ledger.write(db, made)
    return made


@pytest.fixture
def admin(ledger_server: LiveServer, make_user: UserFactory) -> Iterator[httpx.Client]:
    """An admin's HTTP client."""
    with ledger_server.client(make_user("root", admin=True)) as client:
        yield client


def since_hours(rows: list[dict[str, Any]], hours: float) -> datetime:
    """The window start the server computes for `hours` (rows' base time + SKEW - hours)."""
    return max(r["started_at"] for r in rows) + SKEW - timedelta(hours=hours)


ROUTES = [
    "/api/admin/llm-calls",
    "/api/admin/llm-calls/x",
    "/api/admin/llm-calls/stats",
    "/api/admin/llm-calls/export",
    "/api/admin/overview",
    "/api/admin/conversations/x",
]


@pytest.mark.parametrize("route", ROUTES)
def test_every_admin_route_refuses_other_users(
    ledger_server: LiveServer, make_user: UserFactory, route: str
) -> None:
    with ledger_server.client(make_user("mallory")) as http:
        forbidden = http.get(route)
    with ledger_server.client() as http:
        anonymous = http.get(route)
    assert forbidden.status_code == 403 and forbidden.json()["code"] == "FORBIDDEN"
    assert anonymous.status_code == 401
    assert forbidden.headers["content-type"] == PROBLEM_CONTENT_TYPE


def pages(http: httpx.Client, params: dict[str, Any]) -> list[dict[str, Any]]:
    """Every item of a listing, following next_cursor."""
    items: list[dict[str, Any]] = []
    query = dict(params)
    for _ in range(500):
        body = http.get("/api/admin/llm-calls", params=query).json()
        items.extend(body["items"])
        if body["next_cursor"] is None:
            return items
        query["cursor"] = body["next_cursor"]
    raise AssertionError("the cursor never ended")


@pytest.mark.parametrize(
    ("params", "f"),
    [
        ({"limit": 5}, CallFilter()),
        (
            {"limit": 4, "model": "mistral:7b", "status": "success"},
            ledger.CallFilter(model="mistral:7b", status="success"),
        ),
        ({"limit": 3, "q": "连接数据库"}, CallFilter(q="连接数据库")),
        (
            {"limit": 2, "q": "größenänderung", "agent": "parameter"},
            CallFilter(q="größenänderung", agent="parameter"),
        ),
        (
            {"limit": 6, "user_id": "user-chen", "conversation_id": "conv-zh"},
            CallFilter(user_id="user-chen", conversation_id="conv-zh"),
        ),
    ],
)
def test_listing_pages_every_matching_row_once(
    admin: httpx.Client, rows: list[dict[str, Any]], params: dict[str, Any], f: CallFilter
) -> None:
    items = pages(admin, params)
    ids = [item["id"] for item in items]
    assert len(ids) == len(set(ids))
    assert set(ids) == {r["id"] for r in rows if ledger.matches(r, f)}
    assert items and "input_messages" not in items[0]


def test_listing_by_date_range(admin: httpx.Client, rows: list[dict[str, Any]]) -> None:
    newest = max(r["started_at"] for r in rows)
    since, until = newest - timedelta(hours=9), newest - timedelta(hours=3)
    items = pages(admin, {"since": since.isoformat(), "until": until.isoformat(), "limit": 4})
    f = CallFilter(since=since, until=until)
    assert {i["id"] for i in items} == {r["id"] for r in rows if ledger.matches(r, f)}


def test_one_call_in_full_or_404(admin: httpx.Client, rows: list[dict[str, Any]]) -> None:
    row = rows[2]
    body = admin.get(f"/api/admin/llm-calls/{row['id']}").json()
    missing = admin.get("/api/admin/llm-calls/" + "f" * 32)
    assert body["input_messages"] == row["input_messages"]
    assert body["output_text"] == row["output_text"] and body["status"] == row["status"]
    assert body["model_requested"] == row["model_requested"] and body["retry"] == row["retry"]
    assert body["input_tokens"] == row["input_tokens"] and body["cost_usd"] == row["cost_usd"]
    assert missing.status_code == 404 and missing.json()["code"] == "NOT_FOUND"


BAD = [
    "/api/admin/llm-calls?since=yesterday",
    "/api/admin/llm-calls?until=2026-13-45",
    "/api/admin/llm-calls?since=2026-02-01&until=2026-01-01",
    "/api/admin/llm-calls?status=exploded",
    "/api/admin/llm-calls?limit=500",
    "/api/admin/llm-calls?colour=red",
    "/api/admin/llm-calls?cursor=not-a-cursor",
    "/api/admin/llm-calls/stats?scope=team",
    "/api/admin/llm-calls/stats?scope=user",
    "/api/admin/llm-calls/stats?group_by=week",
    "/api/admin/llm-calls/stats?hours=-1",
    "/api/admin/llm-calls/export?format=xml",
    "/api/admin/llm-calls/export?since=soon",
    "/api/admin/overview?hours=zero",
    "/api/admin/overview?window=3",
]


@pytest.mark.parametrize("url", BAD)
def test_bad_filters_are_422_problems(admin: httpx.Client, url: str) -> None:
    response = admin.get(url)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == PROBLEM_CONTENT_TYPE
    body = response.json()
    assert body.keys() >= PROBLEM_KEYS and body["code"] == "VALIDATION_FAILED"


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"hours": 12, "group_by": "model"},
        {"scope": "user", "id": "user-boris", "group_by": "day"},
        {"scope": "conversation", "id": "conv-ru", "hours": 30, "agent": "planning"},
        {"model": "llama3.1:8b", "group_by": "agent"},
    ],
)
def test_stats_equal_sums_recomputed_from_rows(
    admin: httpx.Client, rows: list[dict[str, Any]], params: dict[str, Any]
) -> None:
    body = admin.get("/api/admin/llm-calls/stats", params=params).json()
    hours = params.get("hours")
    scope = params.get("scope")
    f = CallFilter(
        model=params.get("model"),
        agent=params.get("agent"),
        since=since_hours(rows, hours) if hours else None,
        user_id=params.get("id") if scope == "user" else None,
        conversation_id=params.get("id") if scope == "conversation" else None,
    )
    chosen = [r for r in rows if ledger.matches(r, f)]
    assert chosen
    ledger.assert_stats(body["totals"], chosen)
    group_by = params.get("group_by")
    if group_by:
        assert len(body["groups"]) == len({ledger._group_key(r, group_by) for r in chosen})
        for g in body["groups"]:
            part = [r for r in chosen if ledger._group_key(r, group_by) == g["key"]]
            ledger.assert_stats(g, part)


def test_overview_equals_the_rows_of_the_window(
    admin: httpx.Client, rows: list[dict[str, Any]]
) -> None:
    body = admin.get("/api/admin/overview", params={"hours": 24}).json()
    recent = [r for r in rows if r["started_at"] >= since_hours(rows, 24)]
    ledger.assert_stats(body["totals"], recent)
    assert body["users"] == len({r["user_id"] for r in recent if r["user_id"]})
    assert sum(g["calls"] for g in body["by_agent"]) == len(recent)
    assert len(body["recent_errors"]) == min(
        10, sum(r["status"] in ("error", "timeout") for r in recent)
    )


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export_streams_rows_with_hashed_user_ids(
    admin: httpx.Client, rows: list[dict[str, Any]], fmt: str
) -> None:
    response = admin.get("/api/admin/llm-calls/export", params={"format": fmt, "q": "ошибка"})
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    if fmt == "jsonl":
        records = [json.loads(line) for line in response.text.splitlines()]
    else:
        records = list(csv.DictReader(io.StringIO(response.text)))
    chosen = {r["id"]: r for r in rows if ledger.matches(r, CallFilter(q="ошибка"))}
    assert chosen and sorted(r["id"] for r in records) == sorted(chosen)
    for record in records:
        user = chosen[record["id"]]["user_id"]
        assert (record["user_id"] or None) == (
            hashlib.sha256(user.encode()).hexdigest() if user else None
        )


def test_admin_sees_any_users_conversation(
    ledger_server: LiveServer, admin: httpx.Client, make_user: UserFactory, db: Database
) -> None:
    with ledger_server.client(make_user("erin")) as http:
        conv = http.post("/api/conversations", json={}).json()
        run = http.post(f"/api/conversations/{conv['id']}/messages", json={"content": "Hallo"})
        read_sse(http, run.json()["events_url"])
    run_id = run.json()["run_id"]
    calls = [
        ledger.make_row(
            i, utcnow(), id=f"conv{i:04d}" + "0" * 24, conversation_id=conv["id"], run_id=run_id
        )
        for i in range(3)
    ]
    ledger.write(db, calls)
    body = admin.get(f"/api/admin/conversations/{conv['id']}").json()
    missing = admin.get("/api/admin/conversations/" + "0" * 32)
    question = body["messages"][0]
    assert question["content"] == "Hallo" and question["runs"][0]["id"] == run_id
    assert [c["id"] for c in question["llm_calls"]] == [c["id"] for c in calls]
    assert question["rollup"]["llm_calls"] == 3 and body["rollup"]["llm_calls"] == 3
    assert body["rollup"]["messages"] == len(body["messages"]) >= 2
    assert missing.status_code == 404 and missing.json()["code"] == "CONVERSATION_NOT_FOUND"
