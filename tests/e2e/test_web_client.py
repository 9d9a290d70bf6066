"""The web client in real headless Chromium: sign in, upload, ask, follow the evidence, safely."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.browser import REPO, ScreenFactory
from tests.e2e.flows import (
    FIXTURE,
    FIXTURE_LINES,
    QUESTION,
    answer_text,
    ask,
    upload_fixture,
    wait_for_answer,
    wait_for_count,
)
from tests.e2e.scripted import CITED_LINE, CitingOrchestrator
from tests.e2e.server import AppServer

pytestmark = pytest.mark.e2e


def test_sign_in_upload_ask_and_open_the_cited_line(
    app_server: AppServer, open_screen: ScreenFactory
) -> None:
    app_server.start(CitingOrchestrator(app_server.data_dir))
    screen = open_screen(app_server, viewport=(1366, 1000))
    page = screen.page
    assert "token" not in page.url  # the one-time token left the address bar
    screen.shot("01-empty-chat")

    upload_fixture(screen)
    ask(screen)
    page.locator(".turn-user .bubble", has_text=QUESTION).wait_for()
    wait_for_answer(screen)
    assert page.locator("#composer-input").input_value() == ""

    run = page.locator(".turn-assistant .run").last
    steps = run.locator(".steps-list .step")
    assert steps.count() >= 5
    assert run.locator(".step-completed", has_text="Running the queries").count() == 1
    assert "10 of 10 lines" in run.locator(".step-kind-tool").text_content()
    assert "No language model reachable" in run.locator(".notice-warning").inner_text()
    assert "3 errors" in answer_text(screen)
    assert run.locator(".chart canvas").count() >= 1
    run.locator(".reading summary").click()
    assert "ERROR" in run.locator(".reading-list").inner_text()
    assert page.locator("#conversation-title").inner_text() != "New conversation"
    assert page.locator(".conversation-item.current").count() == 1
    run.locator(".steps-summary").click()  # the finished run folded its steps away
    run.locator(".steps-summary").scroll_into_view_if_needed()
    page.evaluate("window.scrollBy(0, -120)")
    screen.shot("02-answer-with-steps")

    cite = run.locator("a.cite").first
    assert cite.inner_text() == f"checkout.log:{CITED_LINE}"
    cite.click()
    target = page.locator("#viewer .log-line.target")
    target.wait_for()
    assert target.locator(".line-text").inner_text() == FIXTURE_LINES[CITED_LINE - 1]
    assert page.locator("#viewer .log-line").count() == len(FIXTURE_LINES)
    screen.shot("03-log-viewer-cited-line")

    page.locator("#viewer select[aria-label='Filter by level']").select_option("ERROR")
    wait_for_count(page.locator("#viewer .log-line"), 3)
    page.locator("#viewer input[aria-label='Filter by text']").fill("checkout")
    wait_for_count(page.locator("#viewer .log-line"), 1)
    page.get_by_role("button", name="Close the log viewer").click()
    assert not page.locator("#viewer").is_visible()
    assert screen.errors == [] and screen.dialogs == []


def test_hostile_log_lines_and_messages_stay_inert(
    app_server: AppServer, open_screen: ScreenFactory
) -> None:
    app_server.start(CitingOrchestrator(app_server.data_dir))
    screen = open_screen(app_server, dark=True)
    page = screen.page
    upload_fixture(screen)
    page.get_by_role("button", name="View lines").click()
    hostile = page.locator("#viewer .log-line", has_text="onerror")
    hostile.wait_for()
    assert "<img src=x onerror=alert(1)> <script>alert(2)</script>" in hostile.inner_text()
    assert page.locator("#viewer .log-lines img, #viewer .log-lines script").count() == 0
    screen.shot("06-hostile-line-inert")
    page.keyboard.press("Escape")

    ask(screen, "why <img src=x onerror=alert(3)> and <script>alert(4)</script>?")
    wait_for_answer(screen)
    bubble = page.locator(".turn-user .bubble").last
    assert "<img src=x onerror=alert(3)>" in bubble.inner_text()
    assert page.locator("#messages img, #messages script").count() == 0
    page.wait_for_timeout(300)
    assert screen.dialogs == []
    assert page.evaluate("typeof window.__pwned") == "undefined"
    screen.shot("14-dark-answer")


def test_sidebar_rename_search_delete_and_phone_layout(
    app_server: AppServer, open_screen: ScreenFactory
) -> None:
    app_server.start(CitingOrchestrator(app_server.data_dir))
    screen = open_screen(app_server, viewport=(390, 844))
    page = screen.page
    upload_fixture(screen)
    ask(screen)
    wait_for_answer(screen)
    screen.shot("10-phone-chat")
    page.locator(".turn-assistant a.cite").first.click()
    page.locator("#viewer .log-line.target").wait_for()
    assert page.locator("#viewer .viewer-footer").is_visible()
    screen.shot("10b-phone-viewer")
    page.get_by_role("button", name="Close the log viewer").click()

    page.locator("#sidebar-toggle").click()
    item = page.locator(".conversation-item").first
    item.get_by_role("button", name="Rename").click()
    page.locator(".rename-form input").fill("Checkout incident")
    page.locator(".rename-form input").press("Enter")
    page.locator(".conversation-name", has_text="Checkout incident").wait_for()
    page.locator("#conversation-title", has_text="Checkout incident").wait_for()
    screen.shot("11-phone-sidebar")

    page.locator("#conversation-search").fill("nothing like this")
    page.locator("#conversation-empty:not([hidden])").wait_for()
    page.locator("#conversation-search").fill("checkout")
    page.locator(".conversation-name", has_text="Checkout incident").wait_for()

    page.locator(".conversation-item").first.get_by_role("button", name="Delete").click()
    page.locator(".confirm").get_by_role("button", name="Delete").click()
    page.locator("#conversation-empty:not([hidden])").wait_for()
    assert page.locator("#conversation-title").inner_text() == "New conversation"
    assert screen.errors == []


def test_expired_session_and_bad_link_show_the_sign_in_screen(
    app_server: AppServer, open_screen: ScreenFactory
) -> None:
    app_server.start(CitingOrchestrator(app_server.data_dir))
    screen = open_screen(app_server)
    page = screen.page
    page.context.clear_cookies()
    page.locator("#new-conversation").click()
    page.locator("#conversation-search").fill("x")  # any API call now answers 401
    page.locator("#signin:not([hidden])").wait_for()
    assert "expired" in page.locator("#signin-reason").inner_text()
    screen.shot("12-session-expired")

    page.goto(f"{app_server.url}/login?token=ll_not-a-real-token")
    page.locator("#signin:not([hidden])").wait_for()
    assert "invalid" in page.locator("#signin-reason").inner_text()
    assert "signin" not in page.url and "token" not in page.url


DROP_FILE = """(text) => {
  const data = new DataTransfer();
  data.items.add(new File([text], "dropped.log", { type: "text/plain" }));
  const zone = document.getElementById("dropzone");
  for (const type of ["dragenter", "dragover", "drop"]) {
    const event = new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true });
    zone.dispatchEvent(event);
  }
}"""


def test_several_files_by_picker_and_drop_then_a_format_override(
    app_server: AppServer, open_screen: ScreenFactory, tmp_path: Path
) -> None:
    app_server.start(CitingOrchestrator(app_server.data_dir))
    screen = open_screen(app_server)
    page = screen.page
    second = tmp_path / "second.log"
    second.write_text("\n".join(FIXTURE_LINES[:4]) + "\n")
    page.set_input_files("#file-input", [str(FIXTURE), str(second)])
    page.locator(".log-card.log-ready", has_text="second.log").wait_for()
    page.locator(".log-card.log-ready", has_text="checkout.log").wait_for()
    page.evaluate(DROP_FILE, "\n".join(FIXTURE_LINES[4:]) + "\n")
    page.locator(".log-card.log-ready", has_text="dropped.log").wait_for()
    assert page.locator(".log-card.log-ready").count() == 3
    assert page.locator(".conversation-item").count() == 1  # one conversation holds all three

    card = page.locator(".log-card", has_text="second.log")
    detected = card.locator(".format-name").inner_text()
    card.get_by_role("button", name="Change the format of second.log").click()
    card.locator(".format-form input").fill(detected)
    options = card.locator(".format-form datalist option")
    options.nth(0).wait_for(state="attached")  # suggestions come from GET /api/log-formats
    names = options.evaluate_all("els => els.map(e => e.value)")
    assert {"spring-boot", "syslog-iso", "json", "raw"} <= set(names)
    screen.shot("13-format-override")
    card.get_by_role("button", name="Re-read").click()
    page.locator(".log-card.log-ready", has_text="second.log").locator(".format-name").wait_for()
    assert page.locator(".log-card", has_text="second.log").locator(
        ".format-name"
    ).inner_text() == (detected)
    # its stamps read in another timezone: the format chosen before is kept
    card = page.locator(".log-card", has_text="second.log")
    assert card.locator(".timezone-name").inner_text() == "UTC"
    card.get_by_role("button", name="Change the timezone of second.log").click()
    card.locator(".timezone-form input").fill("Europe/Berlin")
    assert card.locator(".timezone-form datalist option").count() > 100  # the browser's zones
    card.get_by_role("button", name="Re-read").click()
    ready = page.locator(".log-card.log-ready", has_text="second.log")
    ready.locator(".timezone-name", has_text="Europe/Berlin").wait_for()
    screen.shot("13b-timezone-override")
    assert ready.locator(".format-name").inner_text() == detected

    page.reload()  # the three logs are attached to the conversation, so they come back
    page.locator(".log-card.log-ready").nth(2).wait_for()
    assert page.locator(".log-card.log-ready").count() == 3
    assert screen.errors == []


SSH_SAMPLE = REPO.parent / "shared" / "data" / "loghub-2k" / "OpenSSH" / "OpenSSH_2k.log"


@pytest.mark.skipif(not SSH_SAMPLE.exists(), reason="the Loghub samples are not in ../shared/data")
def test_the_built_in_analyzer_answer_renders(
    app_server: AppServer, open_screen: ScreenFactory
) -> None:
    app_server.start()  # the real orchestrator, whatever it answers today
    screen = open_screen(app_server, viewport=(1366, 1000))
    page = screen.page
    page.set_input_files("#file-input", str(SSH_SAMPLE))
    page.locator(".log-card.log-ready").wait_for(timeout=60_000)
    ask(screen, "Which IP addresses had the most failed password attempts?")
    page.locator(".turn-assistant .run:not([aria-busy='true'])").last.wait_for(timeout=60_000)
    run = page.locator(".turn-assistant .run").last
    assert run.get_attribute("data-status") in {"completed", "failed"}
    run.locator(".answer, .notice-error").first.wait_for()
    screen.shot("15-built-in-analyzer-answer")
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    screen.shot("16-built-in-analyzer-answer-end")
    assert screen.errors == []
