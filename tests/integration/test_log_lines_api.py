"""The log viewer's lines over HTTP: pages, server-side filters, their cursor, bad inputs."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import UserFactory
from tests.live import LiveServer
from tests.log_lines import Line, expected, write_viewer_log


@pytest.fixture
def viewer_log(tmp_path: Path) -> tuple[Path, list[Line]]:
    path = tmp_path / "viewer.log"
    return path, write_viewer_log(path)


@pytest.fixture
def alice(server: LiveServer, make_user: UserFactory) -> Iterator[httpx.Client]:
    with server.client(make_user("alice")) as http:
        yield http


@pytest.fixture
def log_id(alice: httpx.Client, viewer_log: tuple[Path, list[Line]]) -> str:
    path, _lines = viewer_log
    files = {"file": ("viewer.log", io.BytesIO(path.read_bytes()))}
    response = alice.post("/api/logs", files=files)
    assert response.status_code == 201, response.text
    found: str = response.json()["id"]
    return found


def all_pages(http: httpx.Client, log_id: str, **params: Any) -> tuple[list[dict[str, Any]], int]:
    """Follow next_start until the filter has nothing more; (rows, pages)."""
    rows: list[dict[str, Any]] = []
    start: int | None = params.pop("start", 1)
    pages = 0
    while start is not None:
        response = http.get(f"/api/logs/{log_id}/lines", params={**params, "start": start})
        assert response.status_code == 200, response.text
        page = response.json()
        assert len(page["lines"]) <= params.get("limit", 200)
        rows += page["lines"]
        start = page["next_start"]
        pages += 1
        assert pages < 100
    return rows, pages


def pairs(rows: list[dict[str, Any]]) -> list[tuple[int, str]]:
    return [(row["line"], row["text"]) for row in rows]


def test_a_level_filter_pages_through_every_matching_line(
    alice: httpx.Client, log_id: str, viewer_log: tuple[Path, list[Line]]
) -> None:
    _path, lines = viewer_log
    rows, pages = all_pages(alice, log_id, level="ERROR", limit=50)
    want = expected(lines, levels=("ERROR",))
    assert pairs(rows) == want
    assert pages == -(-len(want) // 50)  # full pages, and the last one says there is no more
    assert {row["level"] for row in rows} == {"ERROR"}
    tracebacks = [row for row in rows if row["text"].startswith("Traceback")]
    assert tracebacks and all(row["event_line"] == row["line"] - 1 for row in tracebacks)


def test_levels_sources_and_text_combine(
    alice: httpx.Client, log_id: str, viewer_log: tuple[Path, list[Line]]
) -> None:
    _path, lines = viewer_log
    params = {"level": ["error", "WARN"], "source": "app.web", "q": "TOOK 1", "limit": 40}
    rows, _pages = all_pages(alice, log_id, **params)
    want = expected(lines, levels=("ERROR", "WARN"), sources=("app.web",), q="took 1")
    assert want and pairs(rows) == want
    assert {row["source"] for row in rows} == {"app.web"}


def test_text_is_a_case_insensitive_substring_or_a_regex(
    alice: httpx.Client, log_id: str, viewer_log: tuple[Path, list[Line]]
) -> None:
    _path, lines = viewer_log
    rows, _ = all_pages(alice, log_id, q="boom 1")
    assert pairs(rows) == expected(lines, q="boom 1") != []
    rows, _ = all_pages(alice, log_id, q="[p3]")  # regex characters are literal by default
    assert pairs(rows) == expected(lines, q="[p3]") != []
    pattern = r"request 1\d7 took"
    rows, _ = all_pages(alice, log_id, q=pattern, regex="true", limit=3)
    assert pairs(rows) == expected(lines, q=pattern, regex=True)
    assert len(rows) == 10


def test_a_filtered_page_stays_within_start_and_end(
    alice: httpx.Client, log_id: str, viewer_log: tuple[Path, list[Line]]
) -> None:
    _path, lines = viewer_log
    page = alice.get(
        f"/api/logs/{log_id}/lines", params={"level": "ERROR", "start": 500, "end": 620}
    ).json()
    assert pairs(page["lines"]) == expected(lines, levels=("ERROR",), start=500, end=620)
    assert page["next_start"] is None and page["total_lines"] == len(lines)
    assert page["filters"] == {"level": ["ERROR"], "source": [], "q": None, "regex": False}
    nothing = alice.get(f"/api/logs/{log_id}/lines", params={"q": "no such text"}).json()
    assert nothing["lines"] == [] and nothing["next_start"] is None


def test_unfiltered_pages_keep_start_and_end(
    alice: httpx.Client, log_id: str, viewer_log: tuple[Path, list[Line]]
) -> None:
    _path, lines = viewer_log
    page = alice.get(f"/api/logs/{log_id}/lines", params={"start": 11, "end": 20}).json()
    assert pairs(page["lines"]) == [(line.number, line.text) for line in lines[10:20]]
    assert page["next_start"] == 21
    last = alice.get(f"/api/logs/{log_id}/lines", params={"start": len(lines) - 1}).json()
    assert [row["line"] for row in last["lines"]] == [len(lines) - 1, len(lines)]
    assert last["next_start"] is None
    empty_q = alice.get(f"/api/logs/{log_id}/lines", params={"start": 3, "end": 4, "q": " "})
    assert [row["line"] for row in empty_q.json()["lines"]] == [3, 4]  # blank text: no filter


@pytest.mark.parametrize(
    "params",
    [
        {"level": "<script>"},
        {"level": "x" * 40},
        {"level": [f"L{i}" for i in range(21)]},
        {"source": "x" * 201},
        {"q": "x" * 201},
        {"q": "(unclosed", "regex": "true"},
        {"regex": "true"},
        {"regex": "maybe", "q": "x"},
        {"limit": "0", "q": "x"},
        {"limit": "1001", "q": "x"},
        {"level": "ERROR", "start": "9", "end": "3"},
        {"level": "ERROR", "start": "0"},
    ],
    ids=lambda p: ",".join(p),
)
def test_bad_filters_are_422_problems(
    alice: httpx.Client, log_id: str, params: dict[str, Any]
) -> None:
    response = alice.get(f"/api/logs/{log_id}/lines", params=params)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["code"] == "VALIDATION_FAILED" and body["detail"]


def test_another_users_log_is_404_even_with_filters(
    server: LiveServer, make_user: UserFactory, log_id: str
) -> None:
    with server.client(make_user("mallory")) as http:
        for params in ({}, {"level": "ERROR"}, {"q": "boom"}, {"q": "(", "regex": "true"}):
            response = http.get(f"/api/logs/{log_id}/lines", params=params)
            assert response.status_code == 404, params
            assert response.json()["code"] == "LOG_NOT_FOUND"
        unknown = http.get("/api/logs/" + "0" * 26 + "/lines", params={"q": "boom"})
        assert unknown.status_code == 404 and unknown.json()["code"] == "LOG_NOT_FOUND"
