"""Steps the browser tests share: upload the fixture, ask, wait for the answer."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from tests.e2e.browser import Screen

FIXTURE = Path(__file__).parent / "data" / "checkout.log"
FIXTURE_LINES = FIXTURE.read_text().splitlines()
QUESTION = "How many errors are there, and when did the first one happen?"


def upload_fixture(screen: Screen) -> None:
    """Upload the fixture through the file picker and wait for its card."""
    page = screen.page
    page.set_input_files("#file-input", str(FIXTURE))
    card = page.locator(".log-card.log-ready")
    # the server process's first ingest loads DuckDB and the formats: past the default 15 s
    # once in CI under the whole suite's load
    card.wait_for(timeout=30_000)
    assert card.locator(".log-name").inner_text() == "checkout.log"
    assert card.locator(".log-fact", has_text="Lines").locator("dd").inner_text() == "10"


def ask(screen: Screen, question: str = QUESTION) -> None:
    """Type a question and send it with Enter."""
    box = screen.page.locator("#composer-input")
    box.fill(question)
    box.press("Enter")


def answer_text(screen: Screen) -> str:
    """The text of the last answer on screen."""
    return str(screen.page.locator(".turn-assistant .answer").last.inner_text())


def wait_for_answer(screen: Screen, timeout: float = 20_000) -> None:
    """Until the last run has finished streaming its answer."""
    screen.page.locator(".turn-assistant .run[data-status='completed']").last.wait_for(
        timeout=timeout
    )
    screen.page.locator(".turn-assistant .answer", has_text="END-OF-ANSWER").last.wait_for()


def wait_for_count(locator: Any, count: int, timeout: float = 10.0) -> None:
    """Until `locator` matches exactly `count` elements (answers arrive asynchronously)."""
    deadline = time.monotonic() + timeout
    while (found := locator.count()) != count:
        assert time.monotonic() < deadline, f"expected {count} elements, found {found}"
        locator.page.wait_for_timeout(50)
