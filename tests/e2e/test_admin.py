"""The admin page in real headless Chromium: the ledger, its charts, one conversation's report."""

from __future__ import annotations

import pytest

from analyzer.db.engine import Database
from analyzer.db.ledger import insert_calls
from tests.e2e.browser import ScreenFactory
from tests.e2e.flows import QUESTION, ask, upload_fixture, wait_for_answer
from tests.e2e.ledger_samples import sample_calls
from tests.e2e.scripted import CitingOrchestrator
from tests.e2e.server import AppServer

pytestmark = pytest.mark.e2e


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


def test_a_conversation_report_opens_from_the_ledger(
    app_server: AppServer, open_screen: ScreenFactory, db: Database
) -> None:
    app_server.start(CitingOrchestrator(app_server.data_dir))
    admin = open_screen(app_server, user="root", admin=True)
    page = admin.page
    upload_fixture(admin)
    ask(admin)
    wait_for_answer(admin)
    conversation_id = page.url.split("?c=")[1]
    run_id = page.locator(".turn-assistant .run").last.get_attribute("data-run-id")
    with db.tx() as s:
        insert_calls(s, rows=sample_calls(conversation_id=conversation_id, run_id=run_id))

    page.locator("#nav-admin").click()
    page.locator(".admin-ledger table.ledger tbody tr").first.wait_for()
    page.get_by_role("link", name=f"Open conversation {conversation_id}").first.click()
    page.locator(".report-message").nth(1).wait_for()
    assert "conversation=" in page.url
    assert page.locator("#admin-title").inner_text() == QUESTION
    question = page.locator(".report-message.report-user")
    assert QUESTION in question.locator(".report-text").inner_text()
    run = question.locator(".report-run")
    assert run.locator(".badge", has_text="completed").count() == 1
    assert run.locator(".report-steps .step").count() == 4
    assert "count_by_time" in run.locator(".report-queries").inner_text()
    calls = question.locator(".report-calls tbody tr")
    assert calls.count() == 3
    assert "3 errors" in page.locator(".report-message.report-assistant .report-text").inner_text()
    assert (
        page.locator(".stat-card", has_text="LLM calls").locator(".stat-value").inner_text() == "3"
    )
    admin.shot("09b-admin-conversation")

    calls.first.get_by_role("button", name="Details").first.click()
    detail = page.locator("dialog.call-detail[open]")
    detail.locator(".call-fields").wait_for()
    assert conversation_id in detail.locator(".call-fields").inner_text()
    detail.get_by_role("button", name="Close").click()
    page.get_by_role("link", name="← LLM calls").click()
    page.locator(".admin-charts .chart canvas").first.wait_for()
    page.go_back()
    page.locator(".report-message").first.wait_for()
    assert admin.errors == []

    phone = open_screen(app_server, user="root", viewport=(390, 844))
    phone.page.goto(f"{app_server.url}/?view=admin&conversation={conversation_id}")
    phone.page.locator(".report-message").nth(1).wait_for()
    phone.shot("09c-phone-admin-conversation")
    phone.page.goto(f"{app_server.url}/?view=admin")
    phone.page.locator(".admin-charts .chart canvas").first.wait_for()
    phone.shot("09d-phone-admin-ledger")
    phone.page.goto(f"{app_server.url}/?view=admin&conversation=nope")
    phone.page.get_by_text("No conversation nope is stored").wait_for()
    assert phone.errors == []
