"""Users and isolation: another user's objects are 404, roles, revoked tokens, the login flow."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from analyzer.app import create_app
from analyzer.chat import accounts
from analyzer.config import Settings
from analyzer.db.engine import Database
from analyzer.db.models import User
from tests.conftest import ServerFactory, SettingsFactory, UserFactory
from tests.live import LiveServer, read_sse

PROBLEM = "application/problem+json"


def problem_code(response: httpx.Response) -> str:
    assert response.headers["content-type"].startswith(PROBLEM), response.text
    code: str = response.json()["code"]
    return code


def conversation_with_run(http: httpx.Client, title: str) -> dict[str, Any]:
    conv: dict[str, Any] = http.post("/api/conversations", json={"title": title}).json()
    accepted = http.post(f"/api/conversations/{conv['id']}/messages", json={"content": "hello"})
    assert accepted.status_code == 202
    status, events = read_sse(http, accepted.json()["events_url"])
    assert status == 200 and events[-1]["event"] == "done"
    return {**conv, **accepted.json()}


def test_another_user_sees_none_of_alices_objects(
    server: LiveServer, make_user: UserFactory
) -> None:
    alice, bob = make_user("alice"), make_user("bob")
    with server.client(alice) as a, server.client(bob) as b:
        mine = conversation_with_run(a, "alice's")
        conv, run = mine["id"], mine["run_id"]
        before = a.get(f"/api/conversations/{conv}/messages").json()
        theirs = b.post("/api/conversations", json={"title": "bob's"}).json()

        assert [c["id"] for c in b.get("/api/conversations").json()["items"]] == [theirs["id"]]
        denied = {
            "get": b.get(f"/api/conversations/{conv}"),
            "patch": b.patch(f"/api/conversations/{conv}", json={"title": "mine now"}),
            "messages": b.get(f"/api/conversations/{conv}/messages"),
            "post": b.post(f"/api/conversations/{conv}/messages", json={"content": "hi"}),
            "delete": b.delete(f"/api/conversations/{conv}"),
        }
        for name, response in denied.items():
            assert response.status_code == 404, name
            assert problem_code(response) == "CONVERSATION_NOT_FOUND", name
        for response in (
            b.get(f"/api/runs/{run}"),
            b.get(f"/api/runs/{run}/events"),
            b.get(f"/api/runs/{run}/events", headers={"Last-Event-ID": "1"}),
            b.post(f"/api/runs/{run}/cancel"),
            b.post(f"/api/runs/{run}/retry"),
        ):
            assert response.status_code == 404
            assert problem_code(response) == "RUN_NOT_FOUND"

        listing = a.get("/api/conversations").json()
        assert [c["id"] for c in listing["items"]] == [conv] and listing["total"] == 1
        assert a.get(f"/api/conversations/{conv}").json()["title"] == "alice's"
        assert a.get(f"/api/conversations/{conv}/messages").json() == before
        assert a.get(f"/api/runs/{run}").json()["status"] == "completed"
        assert a.get(f"/api/conversations/{theirs['id']}").status_code == 404


def test_listing_shows_only_the_callers_conversations(
    server: LiveServer, make_user: UserFactory
) -> None:
    alice, bob = make_user("alice"), make_user("bob")
    with server.client(alice) as a, server.client(bob) as b:
        ours = {
            a.post("/api/conversations", json={"title": f"a{i}"}).json()["id"] for i in range(3)
        }
        b.post("/api/conversations", json={"title": "b0"})
        listing = a.get("/api/conversations", params={"limit": 200}).json()
        assert {c["id"] for c in listing["items"]} == ours and listing["total"] == 3
        assert b.get("/api/conversations").json()["total"] == 1
        assert b.get("/api/conversations", params={"q": "a1"}).json()["total"] == 0


def test_admin_route_is_403_for_users_and_200_for_admins(
    server: LiveServer, make_user: UserFactory
) -> None:
    user, admin = make_user("alice"), make_user("root", admin=True)
    with server.client(user) as http:
        denied = http.get("/api/admin/users")
        assert denied.status_code == 403 and problem_code(denied) == "FORBIDDEN"
    with server.client(admin) as http:
        allowed = http.get("/api/admin/users")
        assert allowed.status_code == 200
        roles = {u["name"]: u["role"] for u in allowed.json()}
        assert roles["alice"] == "user" and roles["root"] == "admin"
        assert http.get("/api/me").json()["role"] == "admin"


def test_a_revoked_token_is_401(server: LiveServer, make_user: UserFactory, db: Database) -> None:
    token = make_user("alice")
    with server.client(token) as http:
        assert http.get("/api/me").status_code == 200
        with db.tx() as s:
            assert accounts.revoke(s, name="alice") == 1
        response = http.get("/api/me")
        assert response.status_code == 401 and problem_code(response) == "UNAUTHENTICATED"
        assert http.get("/api/conversations").status_code == 401


def set_cookie_headers(response: httpx.Response) -> list[str]:
    return response.headers.get_list("set-cookie")


def test_login_link_sets_a_strict_http_only_cookie(
    server: LiveServer, make_user: UserFactory, db: Database
) -> None:
    make_user("alice")
    with db.tx() as s:
        link_token = accounts.new_login_link_token(s, name="alice").token
    with server.client(follow_redirects=False) as browser:
        signed_in = browser.get("/login", params={"token": link_token})
        assert signed_in.status_code == 303
        assert signed_in.headers["location"] == "/"
        cookies = [c for c in set_cookie_headers(signed_in) if c.startswith("la_session=")]
        assert len(cookies) == 1
        attributes = {part.strip().lower() for part in cookies[0].split(";")[1:]}
        assert "httponly" in attributes
        assert "samesite=strict" in attributes
        assert "path=/" in attributes
        assert link_token not in signed_in.headers["location"]

        me = browser.get("/api/me")  # the cookie jar now holds la_session
        assert me.status_code == 200 and me.json()["name"] == "alice"

        with server.client(follow_redirects=False) as again:
            reused = again.get("/login", params={"token": link_token})
            assert reused.status_code == 303
            assert reused.headers["location"] == "/?signin=invalid-link"
            assert not [c for c in set_cookie_headers(reused) if c.startswith("la_session=")]
            assert again.get("/api/me").status_code == 401

        out = browser.post("/api/auth/logout")
        assert out.status_code == 204
        session = signed_in.cookies["la_session"]
    with server.client(follow_redirects=False) as stale:
        stale.cookies.set("la_session", session)
        after = stale.get("/api/me")
        assert after.status_code == 401 and problem_code(after) == "UNAUTHENTICATED"


def test_a_login_token_is_not_an_api_token(
    server: LiveServer, make_user: UserFactory, db: Database
) -> None:
    make_user("alice")
    with db.tx() as s:
        link_token = accounts.new_login_link_token(s, name="alice").token
    with server.client(link_token) as http:
        assert http.get("/api/me").status_code == 401


LINK = re.compile(r"http://\S+/login\?token=(ll_[A-Za-z0-9_-]+)")


def count_admins(url: str) -> int:
    database = Database(url, pool_size=1)
    try:
        with database.tx() as s:
            return s.scalar(select(func.count()).select_from(User).where(User.role == "admin")) or 0
    finally:
        database.dispose()


def test_first_start_prints_one_login_link_and_creates_one_admin(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    data = tmp_path / "fresh"
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        DATA_DIR=data,
        DATABASE_URL="",
        OLLAMA_HOST="",
        AUTO_MIGRATE=True,
        LOG_LEVEL="WARNING",
    )
    assert not (data / "analyzer.db").exists()
    first = LiveServer(create_app(settings)).start()
    try:
        out = capfd.readouterr().out
        links = LINK.findall(out)
        assert len(links) == 1, out
        with first.client(follow_redirects=False) as browser:
            signed_in = browser.get("/login", params={"token": links[0]})
            assert signed_in.headers["location"] == "/"
            assert browser.get("/api/me").json() == {
                "id": browser.get("/api/me").json()["id"],
                "name": "admin",
                "role": "admin",
            }
    finally:
        first.stop()
    assert count_admins(settings.database_url) == 1
    # nothing raced the first migration (the retention purge once did, and failed)
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []

    second = LiveServer(create_app(settings)).start()
    second.stop()
    assert "/login?token=" not in capfd.readouterr().out
    assert count_admins(settings.database_url) == 1


def test_users_created_before_first_start_prevent_the_bootstrap_admin(
    make_settings: SettingsFactory,
    start_server: ServerFactory,
    make_user: UserFactory,
    db: Database,
    capfd: pytest.CaptureFixture[str],
) -> None:
    make_user("alice")
    capfd.readouterr()
    start_server(settings_=make_settings())
    assert "/login?token=" not in capfd.readouterr().out
    with db.tx() as s:
        assert [u.name for u in s.scalars(select(User))] == ["alice"]
