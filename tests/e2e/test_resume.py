"""Resuming in real headless Chromium: a reload mid-answer, a graceful restart, a SIGKILL."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.browser import ScreenFactory
from tests.e2e.flows import QUESTION, answer_text, ask, upload_fixture, wait_for_answer
from tests.e2e.process_server import ServerProcess
from tests.e2e.scripted import CitingOrchestrator
from tests.e2e.server import AppServer

pytestmark = pytest.mark.e2e


def test_reload_in_the_middle_of_an_answer_resumes_without_duplicates(
    app_server: AppServer, open_screen: ScreenFactory
) -> None:
    app_server.start(CitingOrchestrator(app_server.data_dir, delay=0.3, pieces=16))
    screen = open_screen(app_server)
    page = screen.page
    upload_fixture(screen)
    ask(screen)
    page.locator(".turn-assistant .answer", has_text="3 errors").wait_for()
    partial = answer_text(screen)
    assert "END-OF-ANSWER" not in partial
    page.reload()
    page.locator(".turn-user .bubble", has_text=QUESTION).wait_for()
    screen.shot("04-resumed-mid-answer")
    wait_for_answer(screen)
    resumed = answer_text(screen)
    assert resumed.startswith(partial[: len(partial) // 2])
    for marker in ("3 errors", "step 1 of the count", "step 8 of the count", "END-OF-ANSWER"):
        assert resumed.count(marker) == 1, marker
    assert page.locator(".turn-assistant").count() == 1

    page.reload()  # the stored answer, read back, is the same text
    wait_for_answer(screen)
    assert answer_text(screen) == resumed
    assert screen.errors == []


def test_after_a_server_restart_the_interrupted_run_offers_retry(
    app_server: AppServer, open_screen: ScreenFactory
) -> None:
    holding = CitingOrchestrator(app_server.data_dir)
    holding.hold = True
    app_server.start(holding)
    screen = open_screen(app_server)
    page = screen.page
    upload_fixture(screen)
    ask(screen)
    page.locator(".run .notice-warning").wait_for()  # the run is in progress, held
    app_server.stop()
    app_server.start(CitingOrchestrator(app_server.data_dir))

    page.reload()
    page.locator(".conversation-item").first.wait_for()
    page.locator(".turn-user .bubble", has_text=QUESTION).wait_for()
    assert page.locator(".turn-user").count() == 1
    error = page.locator(".run[data-status='interrupted'] .notice-error")
    error.wait_for()
    assert "interrupted" in error.inner_text()
    error.scroll_into_view_if_needed()
    screen.shot("05-interrupted-run-retry")
    error.get_by_role("button", name="Retry").click()
    wait_for_answer(screen)
    assert "3 errors" in answer_text(screen)
    assert page.locator(".run[data-status='interrupted']").count() == 0
    assert screen.errors == []


def test_after_a_sigkill_the_server_state_offers_retry_in_any_browser(
    app_server: AppServer, open_screen: ScreenFactory, tmp_path: Path
) -> None:
    doomed = ServerProcess(app_server.settings, app_server.port, tmp_path / "killed.log")
    try:
        screen = open_screen(app_server)
        page = screen.page
        upload_fixture(screen)
        ask(screen)
        page.locator(".run[data-status='in_progress'] .notice-warning").wait_for()  # held
        conversation_url = page.url
        assert "?c=" in conversation_url
    finally:
        doomed.kill()  # no shutdown: the database still says the run is in progress
    app_server.start(CitingOrchestrator(app_server.data_dir))  # start-up marks it interrupted

    # The page that was watching reconnects on its own and learns how the run ended.
    page.locator(".run[data-status='interrupted'] .notice-error").wait_for(timeout=30_000)

    # Another browser, with nothing stored about this run, gets the same from the server.
    other = open_screen(app_server)
    stored = other.page.evaluate("Object.keys(localStorage)")
    assert not [key for key in stored if "run" in key.lower()]
    other.page.goto(conversation_url)
    other.page.locator(".turn-user .bubble", has_text=QUESTION).wait_for()
    notice = other.page.locator(".run[data-status='interrupted'] .notice-error")
    notice.wait_for()
    assert "interrupted" in notice.inner_text()
    assert other.page.locator(".turn-user").count() == 1
    assert other.page.locator(".turn-assistant").count() == 1
    notice.scroll_into_view_if_needed()
    other.shot("05b-interrupted-after-sigkill")
    notice.get_by_role("button", name="Retry").click()
    wait_for_answer(other)
    assert "3 errors" in answer_text(other)
    assert other.page.locator(".run[data-status='interrupted']").count() == 0

    page.reload()  # the first browser now shows the answer the retry wrote
    wait_for_answer(screen)
    assert page.locator(".turn-assistant").count() == 1
    assert screen.errors == [] and other.errors == []
