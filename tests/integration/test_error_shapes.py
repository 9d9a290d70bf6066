"""Every /api route's error paths answer the one problem+json shape with its registered code.

The route table below must name every /api route of the app: adding a route without its
error cases fails `test_route_table_covers_every_api_route`.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func, select

from agents.contracts import RunRequest
from analyzer.app import create_app
from analyzer.config import Settings
from analyzer.db.engine import Database
from analyzer.db.models import Conversation, Message
from analyzer.errors import PROBLEM_CONTENT_TYPE, REGISTRY, ErrorCode
from analyzer.events import Emit, message_delta
from tests.conftest import SMALL_LOG, LogFactory, ServerFactory, SettingsFactory, UserFactory
from tests.live import LiveServer, read_sse

PROBLEM_KEYS = {"type", "title", "status", "detail", "code", "retryable", "request_id"}
OPTIONAL_KEYS: dict[ErrorCode, set[str]] = {
    ErrorCode.VALIDATION_FAILED: {"errors"},
    ErrorCode.RUN_ALREADY_ACTIVE: {"active_run_id"},
}
LEAKS = ("traceback", "sqlalchemy", "psycopg", "select ", 'file "', "sqlite3")
PUBLIC_ROUTES = {("GET", "/api/health"), ("GET", "/api/metrics")}
UNKNOWN_ID = "0" * 26
V = ErrorCode.VALIDATION_FAILED


# --------------------------------------------------------------------------- the route table


@dataclass(frozen=True)
class Bad:
    """One bad input to a route and the error it must get."""

    name: str
    params: dict[str, str] | None = None
    json: Any = None
    content: bytes | None = None
    headers: dict[str, str] | None = None
    code: ErrorCode = V


@dataclass(frozen=True)
class RouteCase:
    """What a route needs to be called and how its errors look."""

    resource: str | None = None  # the id kind in the path: conversation, run, log, call
    not_found: ErrorCode | None = None  # the code an unknown (or another user's) id gets
    body: Any = None  # a valid JSON body, for routes that take one
    upload: bool = False  # a multipart upload route
    admin: bool = False
    user_scoped: bool = True  # another user's ids are hidden (admin routes see everything)
    bad: tuple[Bad, ...] = ()


MALFORMED = b'{"title": "unterminated'
UNDECODABLE = b"\xff"  # no UTF-8: FastAPI's own 400, not its validation error
HUGE_PAGE = "10856960064302786560"  # (page - 1) * limit past a 64-bit offset
CONV = "/api/conversations/{conversation_id}"
LOG = "/api/logs/{log_id}"
RUN = "/api/runs/{run_id}"
CN, RN, LN = ErrorCode.CONVERSATION_NOT_FOUND, ErrorCode.RUN_NOT_FOUND, ErrorCode.LOG_NOT_FOUND

ROUTES: dict[tuple[str, str], RouteCase] = {
    ("POST", "/api/auth/logout"): RouteCase(),
    ("GET", "/api/me"): RouteCase(),
    ("POST", "/api/conversations"): RouteCase(
        body={},
        bad=(
            Bad("malformed json", content=MALFORMED),
            Bad("body not UTF-8", content=UNDECODABLE),
            Bad("extra field", json={"nope": 1}),
            Bad("title not a string", json={"title": 5}),
            Bad("log_ids not a list", json={"log_ids": "x"}),
            Bad("body not an object", json=["x"]),
            Bad("unknown log id", json={"log_ids": [UNKNOWN_ID]}, code=LN),
        ),
    ),
    ("GET", "/api/conversations"): RouteCase(
        bad=(
            Bad("page 0", params={"page": "0"}),
            Bad("page not a number", params={"page": "abc"}),
            Bad("page past any offset", params={"page": HUGE_PAGE}),
            Bad("limit too large", params={"limit": "500"}),
        ),
    ),
    ("GET", CONV): RouteCase("conversation", CN),
    ("PATCH", CONV): RouteCase(
        "conversation",
        CN,
        body={"title": "renamed by someone"},
        bad=(
            Bad("malformed json", content=MALFORMED),
            Bad("body not UTF-8", content=UNDECODABLE),
            Bad("extra field", json={"name": "x"}),
            Bad("title not a string", json={"title": 7}),
            Bad("empty title", json={"title": ""}),
            Bad("blank title", json={"title": "   "}),
            Bad("unknown log attached", json={"attach_log_ids": [UNKNOWN_ID]}, code=LN),
        ),
    ),
    ("DELETE", CONV): RouteCase("conversation", CN),
    ("GET", CONV + "/messages"): RouteCase(
        "conversation",
        CN,
        bad=(
            Bad("page 0", params={"page": "0"}),
            Bad("limit 0", params={"limit": "0"}),
            Bad("limit not a number", params={"limit": "many"}),
        ),
    ),
    ("POST", CONV + "/messages"): RouteCase(
        "conversation",
        CN,
        body={"content": "hello"},
        bad=(
            Bad("malformed json", content=MALFORMED),
            Bad("body not UTF-8", content=UNDECODABLE),
            Bad("missing content", json={}),
            Bad("content not a string", json={"content": 5}),
            Bad("extra field", json={"content": "hi", "role": "system"}),
            Bad("log_ids not a list", json={"content": "hi", "log_ids": "x"}),
            Bad("empty content", json={"content": ""}),
            Bad("blank content", json={"content": " \n\t "}),
        ),
    ),
    ("POST", "/api/logs"): RouteCase(
        upload=True,
        bad=(
            Bad("json instead of multipart", json={"file": "x"}),
            Bad("bad format name", params={"format": "NOT A FORMAT!"}),
            Bad("bad timezone name", params={"timezone": "NOT A ZONE!"}),
            Bad("timezone a folder of zones", params={"timezone": "America"}),
            Bad("wait not a boolean", params={"wait": "perhaps"}),
        ),
    ),
    ("GET", "/api/logs"): RouteCase(
        bad=(
            Bad("page 0", params={"page": "0"}),
            Bad("page past any offset", params={"page": HUGE_PAGE}),
            Bad("limit too large", params={"limit": "999"}),
        )
    ),
    ("GET", "/api/log-formats"): RouteCase(),
    ("GET", LOG): RouteCase("log", LN),
    ("GET", LOG + "/events"): RouteCase("log", LN),
    ("GET", LOG + "/lines"): RouteCase(
        "log",
        LN,
        bad=(
            Bad("start 0", params={"start": "0"}),
            Bad("end not a number", params={"end": "x"}),
            Bad("end before start", params={"start": "5", "end": "2"}),
            Bad("page too long", params={"start": "1", "end": "5000"}),
        ),
    ),
    ("POST", LOG + "/reingest"): RouteCase(
        "log",
        LN,
        body={},
        bad=(
            Bad("malformed json", content=MALFORMED),
            Bad("body not UTF-8", content=UNDECODABLE),
            Bad("extra field", json={"fmt": "x"}),
            Bad("bad format name", json={"format": "Not A Format!"}),
            Bad("bad timezone name", json={"timezone": "Not a zone!"}),
            Bad("unknown timezone", json={"timezone": "Mars/Base"}),
            Bad("timezone a folder of zones", json={"timezone": "Etc"}),
            Bad("timezone only the system knows", json={"timezone": "posixrules"}),
        ),
    ),
    ("DELETE", LOG): RouteCase("log", LN),
    ("GET", RUN): RouteCase("run", RN),
    ("GET", RUN + "/events"): RouteCase(
        "run",
        RN,
        bad=(
            Bad("after not a number", params={"after": "abc"}),
            Bad("after negative", params={"after": "-1"}, code=ErrorCode.INVALID_EVENT_ID),
            Bad(
                "bad Last-Event-ID",
                headers={"Last-Event-ID": "abc"},
                code=ErrorCode.INVALID_EVENT_ID,
            ),
        ),
    ),
    ("POST", RUN + "/cancel"): RouteCase("run", RN),
    ("POST", RUN + "/retry"): RouteCase("run", RN),
    ("GET", "/api/admin/users"): RouteCase(admin=True),
    ("GET", "/api/admin/llm-calls"): RouteCase(
        admin=True,
        bad=(
            Bad("limit 0", params={"limit": "0"}),
            Bad("unknown status", params={"status": "bogus"}),
            Bad("unknown filter", params={"colour": "red"}),
            Bad("bad cursor", params={"cursor": "not-a-cursor"}),
            Bad("since not a time", params={"since": "yesterday-ish"}),
        ),
    ),
    ("GET", "/api/admin/llm-calls/stats"): RouteCase(
        admin=True,
        bad=(
            Bad("unknown scope", params={"scope": "planet"}),
            Bad("negative hours", params={"hours": "-1"}),
        ),
    ),
    ("GET", "/api/admin/llm-calls/export"): RouteCase(
        admin=True, bad=(Bad("unknown format", params={"format": "xml"}),)
    ),
    ("GET", "/api/admin/llm-calls/{call_id}"): RouteCase(
        "call", ErrorCode.NOT_FOUND, admin=True, user_scoped=False
    ),
    ("GET", "/api/admin/overview"): RouteCase(
        admin=True,
        bad=(Bad("hours 0", params={"hours": "0"}), Bad("hours text", params={"hours": "a"})),
    ),
    ("GET", "/api/admin/conversations/{conversation_id}"): RouteCase(
        "conversation", CN, admin=True, user_scoped=False
    ),
}
WEBSOCKET_ROUTES = {"/api/runs/{run_id}/ws"}


def api_routes(app: FastAPI) -> tuple[set[tuple[str, str]], set[str]]:
    """The app's /api HTTP routes as (method, path), and its /api WebSocket paths."""
    try:
        from fastapi.routing import iter_route_contexts  # FastAPI with included-router contexts
    except ImportError:  # older FastAPI: app.routes is already flat
        contexts: list[Any] = list(app.routes)
    else:
        contexts = list(iter_route_contexts(app.routes))
    http: set[tuple[str, str]] = set()
    sockets: set[str] = set()
    for route in contexts:
        path: str = getattr(route, "path", "")
        if not path.startswith("/api"):
            continue
        methods = getattr(route, "methods", None)
        if methods:
            http.update((m, path) for m in methods if m != "HEAD")
        else:
            sockets.add(path)
    return http - PUBLIC_ROUTES, sockets


# --------------------------------------------------------------------------- the one shape


def assert_problem(response: httpx.Response, status: int, code: ErrorCode) -> dict[str, Any]:
    """The response is the one problem+json shape with this status and code."""
    text = response.text
    assert response.status_code == status, f"expected {status} {code}, got {response.status_code}"
    media_type = response.headers.get("content-type", "").split(";")[0].strip()
    assert media_type == PROBLEM_CONTENT_TYPE, f"content-type {media_type!r}: {text[:200]}"
    body: dict[str, Any] = response.json()
    keys = set(body)
    assert keys >= PROBLEM_KEYS, f"missing keys {PROBLEM_KEYS - keys}"
    extra = keys - PROBLEM_KEYS
    assert extra <= OPTIONAL_KEYS.get(code, set()), f"unexpected keys {extra}"
    assert body["code"] == code.value, f"code {body['code']!r}, expected {code.value}: {text}"
    assert body["code"] in {c.value for c in ErrorCode}
    info = REGISTRY[ErrorCode(body["code"])]
    assert body["status"] == status == info.status
    assert body["title"] == info.title
    assert body["retryable"] is info.retryable
    assert isinstance(body["type"], str) and body["type"]
    assert isinstance(body["detail"], str) and body["detail"]
    request_id = response.headers.get("x-request-id")
    assert request_id, "no X-Request-ID header"
    assert body["request_id"] == request_id, f"request_id {body['request_id']!r} != header"
    lowered = text.lower()
    for leak in LEAKS:
        assert leak not in lowered, f"the body leaks {leak!r}: {text[:300]}"
    if "errors" in body:
        assert isinstance(body["errors"], list) and body["errors"]
        for err in body["errors"]:
            assert set(err) == {"loc", "msg", "type"}
    if status == 401:
        assert response.headers.get("www-authenticate", "").lower().startswith("bearer")
    return body


class Failures:
    """Collects every failing case of a walk, so one run reports them all."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self.checked = 0

    @contextlib.contextmanager
    def case(self, label: str) -> Iterator[None]:
        """Record an AssertionError under `label` instead of stopping the walk."""
        self.checked += 1
        try:
            yield
        except AssertionError as exc:
            self.items.append(f"{label}: {exc}".splitlines()[0])

    def check(self) -> None:
        """Fail with the list of every failing case (and guard against an empty walk)."""
        assert self.checked > 0, "no case was checked"
        assert not self.items, f"{len(self.items)} failing case(s):\n" + "\n".join(self.items)


# --------------------------------------------------------------------------- the world


@dataclass
class World:
    """Alice owns a conversation (with a finished run and a log); Bob owns nothing of hers."""

    server: LiveServer
    alice: str
    bob: str
    admin: str
    ids: dict[str, str] = field(default_factory=dict)

    def path(self, template: str, *, unknown: bool = False) -> str:
        """Fill a route's path with Alice's ids (or unknown ones)."""
        values = {
            "{conversation_id}": self.ids["conversation"],
            "{run_id}": self.ids["run"],
            "{log_id}": self.ids["log"],
            "{call_id}": UNKNOWN_ID,
        }
        for key, value in values.items():
            template = template.replace(key, UNKNOWN_ID if unknown else value)
        return template

    def token_for(self, case: RouteCase) -> str:
        """A token allowed past the route's role check (admin for admin routes)."""
        return self.admin if case.admin else self.alice


@pytest.fixture
def world(server: LiveServer, make_user: UserFactory, make_log: LogFactory) -> World:
    alice, bob, admin = make_user("alice"), make_user("bob"), make_user("root", admin=True)
    w = World(server, alice, bob, admin)
    with server.client(alice) as http:
        log_id = make_log(alice)
        conv = http.post("/api/conversations", json={"log_ids": [log_id]}).json()
        accepted = http.post(f"/api/conversations/{conv['id']}/messages", json={"content": "hi"})
        assert accepted.status_code == 202
        status, events = read_sse(http, accepted.json()["events_url"])
        assert status == 200 and events[-1]["event"] == "done"
    w.ids = {"conversation": conv["id"], "run": accepted.json()["run_id"], "log": log_id}
    return w


def send(
    http: httpx.Client,
    method: str,
    path: str,
    case: RouteCase,
    *,
    bad: Bad | None = None,
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    """Call a route with a valid body (or the bad input given)."""
    kwargs: dict[str, Any] = {"headers": dict(headers or {})}
    if bad is not None:
        kwargs["params"] = bad.params
        kwargs["headers"].update(bad.headers or {})
        if bad.content is not None:
            kwargs["content"] = bad.content
            kwargs["headers"]["content-type"] = "application/json"
        elif bad.json is not None:
            kwargs["json"] = bad.json
        elif case.upload:
            kwargs["files"] = {"file": ("a.log", SMALL_LOG.read_bytes(), "text/plain")}
        elif case.body is not None:
            kwargs["json"] = case.body
    elif case.upload:
        kwargs["files"] = {"file": ("a.log", SMALL_LOG.read_bytes(), "text/plain")}
    elif case.body is not None:
        kwargs["json"] = case.body
    return http.request(method, path, **kwargs)


def alice_state(w: World) -> dict[str, Any]:
    """What Alice can see of her objects (compared before and after the bad inputs)."""
    with w.server.client(w.alice) as http:
        conv = http.get(w.path(CONV))
        messages = http.get(w.path(CONV + "/messages"))
        run = http.get(w.path(RUN))
        log = http.get(w.path(LOG))
        listing = http.get("/api/conversations")
    assert [r.status_code for r in (conv, messages, run, log, listing)] == [200] * 5
    return {
        "conversation": conv.json(),
        "messages": [(m["id"], m["role"], m["content"]) for m in messages.json()["items"]],
        "run": {k: run.json()[k] for k in ("status", "last_seq", "reply_message_id")},
        "log": {k: log.json()[k] for k in ("status", "filename", "sha256")},
        "listing": [c["id"] for c in listing.json()["items"]],
    }


# --------------------------------------------------------------------------- route walks


def test_route_table_covers_every_api_route(
    server: LiveServer, make_settings: SettingsFactory
) -> None:
    http_routes, sockets = api_routes(server.app)
    assert ("POST", "/api/conversations") in http_routes  # the enumeration itself works
    assert set(ROUTES) == http_routes, (
        f"routes without error cases: {sorted(http_routes - set(ROUTES))}; "
        f"table entries for missing routes: {sorted(set(ROUTES) - http_routes)}"
    )
    assert sockets <= WEBSOCKET_ROUTES
    with_ws = create_app(make_settings(ENABLE_WEBSOCKET=True))
    ws_http, ws_sockets = api_routes(with_ws)
    with_ws.state.services.db.dispose()
    assert ws_http == http_routes
    assert ws_sockets <= WEBSOCKET_ROUTES


def test_no_token_is_401_on_every_route(world: World) -> None:
    failures = Failures()
    with world.server.client() as http:
        for (method, template), case in ROUTES.items():
            for unknown in (False, True):
                with failures.case(f"{method} {template} unknown={unknown}"):
                    response = send(http, method, world.path(template, unknown=unknown), case)
                    assert_problem(response, 401, ErrorCode.UNAUTHENTICATED)
    failures.check()
    assert alice_state(world)["run"]["status"] == "completed"


@pytest.mark.parametrize(
    "authorization",
    ["Bearer la_not-a-real-token", "Bearer", "Basic YWxpY2U6c2VjcmV0", "la_no-scheme"],
)
def test_invalid_token_is_401_on_every_route(world: World, authorization: str) -> None:
    before = alice_state(world)
    failures = Failures()
    with world.server.client() as http:
        for (method, template), case in ROUTES.items():
            with failures.case(f"{method} {template}"):
                response = send(
                    http,
                    method,
                    world.path(template),
                    case,
                    headers={"Authorization": authorization},
                )
                assert_problem(response, 401, ErrorCode.UNAUTHENTICATED)
    failures.check()
    assert alice_state(world) == before


def test_unknown_ids_are_404_with_the_resource_code(world: World) -> None:
    before = alice_state(world)
    failures = Failures()
    for (method, template), case in ROUTES.items():
        if case.resource is None:
            continue
        assert case.not_found is not None
        with (
            world.server.client(world.token_for(case)) as http,
            failures.case(f"{method} {template}"),
        ):
            response = send(http, method, world.path(template, unknown=True), case)
            assert_problem(response, 404, case.not_found)
    failures.check()
    assert alice_state(world) == before


def test_another_users_ids_are_404_never_403(world: World) -> None:
    before = alice_state(world)
    failures = Failures()
    with world.server.client(world.bob) as http:
        for (method, template), case in ROUTES.items():
            if case.resource is None or case.admin or not case.user_scoped:
                continue
            assert case.not_found is not None
            with failures.case(f"{method} {template}"):
                mine = send(http, method, world.path(template), case)
                unknown = send(http, method, world.path(template, unknown=True), case)
                assert_problem(mine, 404, case.not_found)
                assert_problem(unknown, 404, case.not_found)
                assert mine.json()["title"] == unknown.json()["title"]
        # Alice's log id in a body is as unknown to Bob as a made-up one.
        with failures.case("POST /api/conversations with another user's log"):
            taken = http.post("/api/conversations", json={"log_ids": [world.ids["log"]]})
            assert_problem(taken, 404, LN)
        assert http.get("/api/conversations").json()["total"] == 0
    failures.check()
    assert alice_state(world) == before


def test_bad_inputs_are_422_or_their_documented_code(world: World) -> None:
    before = alice_state(world)
    failures = Failures()
    for (method, template), case in ROUTES.items():
        with world.server.client(world.token_for(case)) as http:
            for bad in case.bad:
                with failures.case(f"{method} {template} [{bad.name}]"):
                    response = send(http, method, world.path(template), case, bad=bad)
                    body = assert_problem(response, REGISTRY[bad.code].status, bad.code)
                    if bad.content is not None:  # the parser's own errors are listed
                        assert body["errors"][0]["type"] == "json_invalid"
    failures.check()
    after = alice_state(world)
    assert after == before, "a rejected request changed stored rows"


def test_admin_routes_are_403_for_users(world: World) -> None:
    failures = Failures()
    admin_routes = [(k, c) for k, c in ROUTES.items() if c.admin]
    assert len(admin_routes) >= 6
    with world.server.client(world.alice) as http:
        for (method, template), case in admin_routes:
            for unknown in (False, True):
                with failures.case(f"{method} {template} unknown={unknown}"):
                    response = send(http, method, world.path(template, unknown=unknown), case)
                    assert_problem(response, 403, ErrorCode.FORBIDDEN)
    with world.server.client(world.admin) as http:
        for (method, template), case in admin_routes:
            if case.resource is None:
                with failures.case(f"{method} {template} as admin"):
                    assert send(http, method, template, case).status_code == 200
    failures.check()


def test_wrong_method_is_405_on_every_path(world: World) -> None:
    failures = Failures()
    paths = {template for _method, template in ROUTES}
    with world.server.client(world.alice) as http:
        for template in sorted(paths):
            allowed = {m for m, t in ROUTES if t == template}
            for method in sorted({"PUT", "PATCH", "DELETE", "POST"} - allowed)[:2]:
                with failures.case(f"{method} {template}"):
                    response = http.request(method, world.path(template))
                    assert_problem(response, 405, ErrorCode.METHOD_NOT_ALLOWED)
                    # RFC 9110: Allow names every method of the resource, across routes
                    named = {m.strip() for m in response.headers["allow"].split(",")}
                    assert named >= allowed, f"Allow {named} lacks {allowed - named}"
                    assert method not in named
    failures.check()


@pytest.mark.parametrize(
    "path",
    ["/api/nope", "/api/conversations/x/y/z", "/api/runs", "/api/admin", "/api/v2/conversations"],
)
def test_unknown_route_is_404_not_found(world: World, path: str) -> None:
    for token in (world.alice, None):
        with world.server.client(token) as http:
            assert_problem(http.get(path), 404, ErrorCode.NOT_FOUND)


def test_client_request_id_is_echoed_in_the_problem(world: World) -> None:
    with world.server.client(world.alice) as http:
        response = http.get(world.path(CONV, unknown=True), headers={"X-Request-ID": "trace-42"})
    body = assert_problem(response, 404, CN)
    assert body["request_id"] == "trace-42"


@pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")
def test_an_unexpected_error_is_a_500_problem_with_its_request_id(
    make_settings: SettingsFactory, world: World
) -> None:
    """A bug's exception is answered inside the request's context: the problem and the
    response carry its request id and the security headers, and nothing internal leaks."""
    from starlette.testclient import TestClient

    app = create_app(make_settings())

    def broken() -> None:
        raise OverflowError("Python int too large to convert to SQLite INTEGER")

    app.add_api_route("/api/broken", broken)
    try:  # no lifespan: the database is already migrated
        response = TestClient(app).get("/api/broken", headers={"X-Request-ID": "trace-500"})
    finally:
        app.state.services.db.dispose()
    body = assert_problem(response, 500, ErrorCode.GENERIC_ERROR)
    assert body["request_id"] == "trace-500"
    assert response.headers["x-content-type-options"] == "nosniff"


@pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")
def test_websocket_errors_close_with_codes(make_settings: SettingsFactory, world: World) -> None:
    """With ENABLE_WEBSOCKET the same checks close the socket with 44xx codes (no body to shape)."""
    from starlette.testclient import TestClient
    from starlette.websockets import WebSocketDisconnect

    app = create_app(make_settings(ENABLE_WEBSOCKET=True))
    _http, sockets = api_routes(app)
    if not sockets:
        pytest.skip("the app has no WebSocket route")
    assert sockets == WEBSOCKET_ROUTES
    template = next(iter(sockets))
    client = TestClient(app)  # no lifespan: the database is already migrated
    cases: list[tuple[str, dict[str, str], int]] = [
        (world.path(template), {}, 4401),
        (world.path(template), {"Authorization": "Bearer la_nope"}, 4401),
        (world.path(template, unknown=True), {"Authorization": f"Bearer {world.alice}"}, 4404),
        (world.path(template), {"Authorization": f"Bearer {world.bob}"}, 4404),
        (world.path(template) + "?after=-1", {"Authorization": f"Bearer {world.alice}"}, 4400),
    ]
    try:
        for url, headers, code in cases:
            with (
                pytest.raises(WebSocketDisconnect) as closed,
                client.websocket_connect(url, headers=headers) as ws,
            ):
                ws.receive_text()
            assert closed.value.code == code, url
    finally:
        app.state.services.db.dispose()  # no lifespan ran to close the pool


# --------------------------------------------------------------------------- issue 2's bad input


class NeverEnding:
    """An orchestrator whose run starts answering and then waits until cancelled."""

    def __init__(self) -> None:
        self.started = 0

    async def run(self, request: RunRequest) -> AsyncIterator[Emit]:
        """Yield one delta, then block forever."""
        self.started += 1
        yield message_delta("looking…")
        await asyncio.Event().wait()
        yield message_delta("never")


def wait_until(predicate: Callable[[], bool], timeout: float = 15.0) -> None:
    """Poll until `predicate` holds (fails after `timeout` seconds)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "condition not reached in time"
        time.sleep(0.02)


def message_count(http: httpx.Client, conversation_id: str) -> int:
    response = http.get(f"/api/conversations/{conversation_id}/messages")
    assert response.status_code == 200
    total: int = response.json()["total"]
    return total


def ask(http: httpx.Client, conversation_id: str, content: str) -> dict[str, Any]:
    response = http.post(
        f"/api/conversations/{conversation_id}/messages", json={"content": content}
    )
    assert response.status_code == 202, response.text
    accepted: dict[str, Any] = response.json()
    return accepted


def test_message_over_max_chars_is_413(
    start_server: ServerFactory, make_settings: SettingsFactory, make_user: UserFactory
) -> None:
    server = start_server(settings_=make_settings(MAX_MESSAGE_CHARS=50))
    token = make_user("alice")
    with server.client(token) as http:
        conv = http.post("/api/conversations", json={}).json()
        for size in (51, 5000):
            too_long = http.post(
                f"/api/conversations/{conv['id']}/messages", json={"content": "x" * size}
            )
            body = assert_problem(too_long, 413, ErrorCode.PAYLOAD_TOO_LARGE)
            assert "50" in body["detail"]
            assert "x" * 51 not in too_long.text  # the input is not echoed
        assert message_count(http, conv["id"]) == 0
        assert http.get(f"/api/conversations/{conv['id']}").json()["title"] is None
        run = ask(http, conv["id"], "y" * 50)  # exactly the limit is accepted
        read_sse(http, run["events_url"])
        assert message_count(http, conv["id"]) == 2


def test_empty_messages_are_422(server: LiveServer, make_user: UserFactory) -> None:
    token = make_user("alice")
    with server.client(token) as http:
        conv = http.post("/api/conversations", json={}).json()
        run = ask(http, conv["id"], "hello")
        read_sse(http, run["events_url"])
        for content in ("", " ", "\n\t  \n"):
            empty = http.post(
                f"/api/conversations/{conv['id']}/messages", json={"content": content}
            )
            assert_problem(empty, 422, V)
        assert message_count(http, conv["id"]) == 2
        assert http.get(f"/api/conversations/{conv['id']}").json()["title"] == "hello"
        assert http.get(run["run_url"]).json()["status"] == "completed"


def test_bad_last_event_ids_are_400(server: LiveServer, make_user: UserFactory) -> None:
    token = make_user("alice")
    with server.client(token) as http:
        conv = http.post("/api/conversations", json={}).json()
        run = ask(http, conv["id"], "hello")
        _status, events = read_sse(http, run["events_url"])
        last = events[-1]["data"]["seq"]
        assert http.get(run["run_url"]).json()["last_seq"] == last
        url = run["events_url"]
        for bad in ("abc", "-1", str(last + 1), "1.5", "0x10", "9" * 40):
            response = http.get(url, headers={"Last-Event-ID": bad})
            assert_problem(response, 400, ErrorCode.INVALID_EVENT_ID)
        for after in ("-1", str(last + 1)):
            assert_problem(http.get(url, params={"after": after}), 400, ErrorCode.INVALID_EVENT_ID)
        assert_problem(http.get(url, params={"after": "abc"}), 422, V)
        # The stream itself is untouched: the last id is 204, a full replay is the same events.
        assert http.get(url, headers={"Last-Event-ID": str(last)}).status_code == 204
        _status, again = read_sse(http, url)
        assert [e["data"] for e in again] == [e["data"] for e in events]


def test_second_message_while_a_run_is_active_is_409(
    start_server: ServerFactory, make_user: UserFactory, make_log: LogFactory
) -> None:
    blocking = NeverEnding()
    server = start_server(orchestrator=blocking)
    token = make_user("alice")
    with server.client(token) as http:
        conv = http.post("/api/conversations", json={"log_ids": [make_log(token)]}).json()
        run = ask(http, conv["id"], "how many errors are in the log?")
        wait_until(lambda: blocking.started == 1)
        assert http.get(run["run_url"]).json()["status"] == "in_progress"
        second = http.post(
            f"/api/conversations/{conv['id']}/messages", json={"content": "and now?"}
        )
        body = assert_problem(second, 409, ErrorCode.RUN_ALREADY_ACTIVE)
        assert body["active_run_id"] == run["run_id"]
        assert body["retryable"] is True
        retry = http.post(f"/api/runs/{run['run_id']}/retry")
        assert_problem(retry, 409, ErrorCode.RUN_NOT_RETRYABLE)
        messages = http.get(f"/api/conversations/{conv['id']}/messages").json()
        assert [m["content"] for m in messages["items"]] == ["how many errors are in the log?"]
        assert http.get(f"/api/conversations/{conv['id']}").json()["active_run_id"] == run["run_id"]
        cancelled = http.post(f"/api/runs/{run['run_id']}/cancel")
        assert cancelled.status_code == 202
        assert cancelled.json()["status"] == "cancelled"
        assert http.get(f"/api/conversations/{conv['id']}").json()["active_run_id"] is None


def test_posting_to_a_deleted_conversation_is_404(
    server: LiveServer, make_user: UserFactory, db: Database
) -> None:
    token = make_user("alice")
    with server.client(token) as http:
        conv = http.post("/api/conversations", json={}).json()
        run = ask(http, conv["id"], "hello")
        read_sse(http, run["events_url"])
        assert http.delete(f"/api/conversations/{conv['id']}").status_code == 204
        posted = http.post(f"/api/conversations/{conv['id']}/messages", json={"content": "hi"})
        assert_problem(posted, 404, CN)
        assert_problem(http.get(f"/api/conversations/{conv['id']}"), 404, CN)
        assert_problem(http.get(f"/api/conversations/{conv['id']}/messages"), 404, CN)
        assert_problem(http.delete(f"/api/conversations/{conv['id']}"), 404, CN)
        assert_problem(http.get(run["run_url"]), 404, RN)
        assert_problem(http.post(f"/api/runs/{run['run_id']}/retry"), 404, RN)
        assert http.get("/api/conversations").json()["total"] == 0
    with db.tx() as s:  # soft delete: the rows are still there, unchanged by the bad post
        stored = s.get(Conversation, conv["id"])
        assert stored is not None and stored.deleted_at is not None
        count = s.scalar(
            select(func.count()).select_from(Message).where(Message.conversation_id == conv["id"])
        )
        assert count == 2


# --------------------------------------------------------------------------- database away


def _offline_settings(tmp_path: Path) -> Settings:
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        DATABASE_URL="postgresql://postgres@127.0.0.1:1/offline",
        DATA_DIR=tmp_path / "data",
        OLLAMA_HOST="",
        AUTO_MIGRATE=False,
        LOG_LEVEL="WARNING",
    )


class TcpProxy:
    """A loopback TCP proxy that can be cut (every connection dropped) and restored."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.port = 0
        self._listener: socket.socket | None = None
        self._conns: list[socket.socket] = []
        self._lock = threading.Lock()

    def open(self) -> TcpProxy:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()
        return self

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _addr = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            with self._lock:
                self._conns += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                dst.shutdown(socket.SHUT_RDWR)

    def cut(self) -> None:
        """Stop listening and drop every open connection."""
        if self._listener is not None:
            with contextlib.suppress(OSError):  # wakes the thread blocked in accept()
                self._listener.shutdown(socket.SHUT_RDWR)
            self._listener.close()
            self._listener = None
        with self._lock:
            for conn in self._conns:
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
                conn.close()
            self._conns.clear()


def test_database_going_away_mid_flight_gives_503_then_recovers(
    database_url: str,
    make_settings: SettingsFactory,
    start_server: ServerFactory,
    make_user: UserFactory,
) -> None:
    if "postgresql" not in database_url:
        pytest.skip("cutting the connection needs a networked database")
    parts = urlsplit(database_url)
    proxy = TcpProxy((parts.hostname or "127.0.0.1", parts.port or 5432)).open()
    try:
        netloc = parts.netloc.rsplit(":", 1)[0] if parts.port else parts.netloc
        proxied = urlunsplit(parts._replace(netloc=f"{netloc}:{proxy.port}"))
        server = start_server(settings_=make_settings(DATABASE_URL=proxied))
        token = make_user("alice")
        with server.client(token) as http:
            conv = http.post("/api/conversations", json={"title": "kept"}).json()
            assert http.get("/api/me").status_code == 200
        proxy.cut()
        # One client per request: the service drops the connection after a 503 (see report).
        for path in ("/api/me", f"/api/conversations/{conv['id']}"):
            with server.client(token) as http:
                assert_problem(http.get(path), 503, ErrorCode.SERVICE_UNAVAILABLE)
        with server.client(token) as http:
            posted = http.post("/api/conversations", json={"title": "lost?"})
            assert_problem(posted, 503, ErrorCode.SERVICE_UNAVAILABLE)
        with server.client(token) as http:
            health = http.get("/api/health")
            assert health.status_code == 503 and health.json()["database"]["ok"] is False
        proxy.open()  # the database is back on the same address
        with server.client(token) as http:
            wait_until(lambda: http.get("/api/health").status_code == 200)
            titles = [c["title"] for c in http.get("/api/conversations").json()["items"]]
            assert titles == ["kept"]
    finally:
        proxy.cut()


def test_database_unreachable_gives_503_then_starts_when_it_answers(
    database_url: str, make_settings: SettingsFactory, start_server: ServerFactory, tmp_path: Path
) -> None:
    """The server starts without its database: health and requests answer 503, never 500;
    on SQLite the database then appears and the start-up steps complete in the background."""
    missing = tmp_path / "not-yet"
    missing.write_text("a file where the database's directory should be")
    if "postgresql" in database_url:
        url = "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2"
    else:
        url = f"sqlite:///{missing / 'app.db'}"
    server = start_server(settings_=make_settings(DATABASE_URL=url, AUTO_MIGRATE=True))
    with server.client("ll_not-a-real-token") as http:
        health = http.get("/api/health")
        assert health.status_code == 503
        assert health.json()["database"]["ok"] is False
        listed = http.get("/api/conversations")
        assert_problem(listed, 503, ErrorCode.SERVICE_UNAVAILABLE)
        assert "Traceback" not in listed.text and "sqlalchemy" not in listed.text.lower()
        if "postgresql" in database_url:
            return
        missing.unlink()
        missing.mkdir()
        deadline = time.monotonic() + 20
        while http.get("/api/health").status_code != 200:
            assert time.monotonic() < deadline, "start-up did not complete once the db answered"
            time.sleep(0.2)
        assert_problem(http.get("/api/conversations"), 401, ErrorCode.UNAUTHENTICATED)
