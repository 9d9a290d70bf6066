"""The log viewer in real headless Chromium: filters search the whole file on the server."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.browser import ScreenFactory
from tests.e2e.flows import wait_for_count
from tests.e2e.scripted import CitingOrchestrator
from tests.e2e.server import AppServer
from tests.log_lines import expected, write_viewer_log

pytestmark = pytest.mark.e2e


def test_filters_search_the_whole_file_and_page_through_matches(
    app_server: AppServer, open_screen: ScreenFactory, tmp_path: Path
) -> None:
    app_server.start(CitingOrchestrator(app_server.data_dir))
    lines = write_viewer_log(tmp_path / "viewer.log")
    screen = open_screen(app_server, viewport=(1366, 900))
    page = screen.page
    page.set_input_files("#file-input", str(tmp_path / "viewer.log"))
    page.locator(".log-card.log-ready").wait_for()
    page.get_by_role("button", name="View lines").click()
    viewer = page.locator("#viewer")
    rows = viewer.locator(".log-line")
    wait_for_count(rows, 200)
    assert viewer.locator(".viewer-status").inner_text() == f"Lines 1–200 of {len(lines):,}"

    # A line far beyond the first page is found: the filter runs over the whole file.
    last_boom = expected(lines, q="boom 1178")
    assert len(last_boom) == 1 and last_boom[0][0] > 1200
    viewer.get_by_label("Filter by text").fill("BOOM 1178")
    wait_for_count(rows, 1)
    assert rows.first.locator(".line-text").inner_text() == last_boom[0][1]
    assert "1 matching line" in viewer.locator(".viewer-status").inner_text()
    screen.shot("03b-log-viewer-filtered")

    # Its line number opens it among its neighbours, filters cleared.
    rows.first.get_by_role("button", name=f"Show line {last_boom[0][0]} in context").click()
    target = viewer.locator(".log-line.target")
    target.wait_for()
    assert target.locator(".line-text").inner_text() == last_boom[0][1]
    assert viewer.get_by_label("Filter by text").input_value() == ""
    assert rows.count() > 1

    # A level filter pages through its matches with Later and Earlier.
    errors = expected(lines, levels=("ERROR",))
    viewer.get_by_label("Filter by level").select_option("ERROR")
    wait_for_count(rows, 200)
    assert rows.first.locator(".line-text").inner_text() == errors[0][1]
    viewer.get_by_role("button", name="Later →").click()
    page.locator(f"#viewer .log-line[data-line='{errors[200][0]}']").wait_for()
    assert rows.first.locator(".line-text").inner_text() == errors[200][1]
    viewer.get_by_role("button", name="Later →").click()
    wait_for_count(rows, len(errors) - 400)
    assert viewer.get_by_role("button", name="Later →").is_disabled()
    assert "no more matches" in viewer.locator(".viewer-status").inner_text()
    viewer.get_by_role("button", name="← Earlier").click()
    page.locator(f"#viewer .log-line[data-line='{errors[200][0]}']").wait_for()

    # A regular expression, and one the server refuses.
    viewer.get_by_label("Filter by level").select_option("")
    viewer.locator(".regex-toggle").check()
    viewer.get_by_label("Filter by text").fill(r"request 1\d7 took")
    wait_for_count(rows, len(expected(lines, q=r"request 1\d7 took", regex=True)))
    viewer.get_by_label("Filter by text").fill("(unclosed")
    viewer.get_by_text("That filter cannot be used").wait_for()
    assert rows.count() == 0
    assert screen.errors == []
