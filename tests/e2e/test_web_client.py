"""The web client in real headless Chromium: sign in, upload, ask, follow the evidence, resume."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.db.engine import Database
from analyzer.db.ledger import insert_calls
from tests.e2e.browser import REPO, Screen, ScreenFactory
from tests.e2e.ledger_samples import sample_calls
from tests.e2e.scripted import CITED_LINE, CitingOrchestrator
from tests.e2e.server import AppServer

pytestmark = pytest.mark.e2e
FIXTURE = Path(__file__).parent / "data" / "checkout.log"
FIXTURE_LINES = FIXTURE.read_text().splitlines()
QUESTION = "How many errors are there, and when did the first one happen?"


def upload_fixture(screen: Screen) -> None:
    """Upload the fixture through the file picker and wait for its card."""
    page = screen.page
    page.set_input_files("#file-input", str(FIXTURE))
    card = page.locator(".log-card.log-ready")
    card.wait_for()
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
    assert page.locator("#viewer .log-line").count() == 3
    page.locator("#viewer input[aria-label='Filter by text']").fill("checkout")
    assert page.locator("#viewer .log-line").count() == 1
    page.get_by_role("button", name="Close the log viewer").click()
    assert not page.locator("#viewer").is_visible()
    assert screen.errors == [] and screen.dialogs == []


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


def test_admin_page_for_admins_and_a_refusal_for_users(
    app_server: AppServer, open_screen: ScreenFactory, db: Database
) -> None:
    app_server.start(CitingOrchestrator(app_server.data_dir))
    with db.tx() as s:  # calls stored as the ledger's writer stores them
        insert_calls(s, rows=sample_calls())
    admin = open_screen(app_server, user="root", admin=True)
    page = admin.page
    page.locator("#nav-admin").click()
    page.locator("#admin-title").wait_for()
    assert page.locator("#admin-title").inner_text() == "LLM calls"
    page.locator(".admin-ledger table.ledger tbody tr").first.wait_for()
    page.locator(".admin-charts .chart canvas").nth(4).wait_for()
    assert page.locator(".admin-charts .chart").count() == 5
    assert page.locator(".stat-card").count() >= 5
    admin.shot("07-admin-ledger")
    rows = page.locator(".admin-ledger table.ledger tbody tr")
    everything = rows.count()
    page.locator(".filters select[name='status']").select_option("timeout")
    page.get_by_role("button", name="Apply").click()
    page.locator(".admin-ledger tbody tr:not(.status-timeout)").first.wait_for(state="detached")
    assert 0 < rows.count() < everything
    assert rows.locator(".badge", has_text="success").count() == 0
    export = page.get_by_role("link", name="Export CSV").get_attribute("href")
    assert export is not None and "status=timeout" in export and "format=csv" in export
    rows.first.get_by_role("button").click()
    detail = page.locator("dialog.call-detail")
    detail.locator(".call-fields").wait_for()
    assert "<b>not bold</b>" in detail.locator(".call-message pre").first.inner_text()
    assert detail.locator("b").count() == 0
    admin.shot("08-admin-call-detail")
    detail.get_by_role("button", name="Close").click()
    assert admin.errors == []

    user = open_screen(app_server, user="bob")
    assert user.page.locator("#nav-admin").is_hidden()
    user.page.goto(f"{app_server.url}/?view=admin")
    user.page.locator(".refusal").wait_for()
    assert "Admins only" in user.page.locator(".refusal").inner_text()
    user.shot("09-admin-refused")


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
    screen.shot("13-format-override")
    card.get_by_role("button", name="Re-read").click()
    page.locator(".log-card.log-ready", has_text="second.log").locator(".format-name").wait_for()
    assert page.locator(".log-card", has_text="second.log").locator(
        ".format-name"
    ).inner_text() == (detected)

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
