"""Browser test fixtures: system Chromium driven by Playwright, a live app, signed-in pages."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from analyzer.chat import accounts
from analyzer.config import Settings
from analyzer.db.engine import Database
from tests import databases
from tests.e2e.browser import Screen, ScreenFactory
from tests.e2e.server import AppServer

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
HOW_TO_ENABLE = (
    "browser tests need Debian's chromium and Playwright for Python: "
    "`apt-get install chromium` and `.venv/bin/pip install playwright` "
    "(no `playwright install` needed; set CHROMIUM_PATH for another binary)"
)


def _unavailable(reason: str) -> None:
    """Skip with a message on a developer's machine; fail in CI, where they must run."""
    message = f"{reason}; {HOW_TO_ENABLE}"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture
def database_url(tmp_path: Path, sqlite_template: Path) -> str:
    """Browser tests run on SQLite only (the API tests cover PostgreSQL)."""
    return databases.sqlite_copy(sqlite_template, tmp_path)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Chromium per module (Playwright's sync API holds an event loop on this
    thread while it runs, so it must be gone before other tests run their own loops)."""
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} is missing")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def app_server(settings: Settings) -> Iterator[AppServer]:
    """The app on a fixed port (not started: tests choose the orchestrator)."""
    server = AppServer(settings)
    yield server
    server.stop()


@pytest.fixture
def open_screen(browser: Any, db: Database, make_user: Any) -> Iterator[ScreenFactory]:
    """Sign a user in through a real one-time link and return the page (a browser context of
    its own: another browser, with its own storage)."""
    contexts: list[Any] = []
    created: set[str] = set()

    def open_(server: AppServer, *, user: str = "alice", admin: bool = False,
              viewport: tuple[int, int] = (1366, 860), dark: bool = False) -> Screen:  # fmt: skip
        if user not in created:
            make_user(user, admin=admin)
            created.add(user)
        with db.tx() as s:
            token = accounts.new_login_link_token(s, name=user).token
        context = browser.new_context(
            viewport={"width": viewport[0], "height": viewport[1]},
            color_scheme="dark" if dark else "light",
        )
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        screen = Screen(page, server)
        page.goto(f"{server.url}/login?token={token}")
        page.wait_for_selector("#app:not([hidden])")
        return screen

    yield open_
    for context in contexts:
        context.close()
