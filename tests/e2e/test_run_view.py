"""A run's view in the browser: what it re-renders while events arrive, and what it keeps."""

from __future__ import annotations

import pytest

from tests.e2e.browser import ScreenFactory
from tests.e2e.scripted import CitingOrchestrator
from tests.e2e.server import AppServer

pytestmark = pytest.mark.e2e

# Builds a RunView in the page, marks the notice and the button, then applies more events.
SCRIPT = """async (status) => {
  const { RunState } = await import("/static/js/runstate.js");
  const { RunView } = await import("/static/js/runview.js");
  const state = new RunState("r1");
  let retried = 0;
  const view = new RunView(state, { onRetry: () => { retried += 1; }, onCancel: () => {} });
  document.body.append(view.el);
  const events = [
    { seq: 1, type: "run.in_progress", payload: {}, created_at: "2026-01-01T00:00:00Z" },
    { seq: 2, type: "step.created", agent: "plan", payload: { step_id: "s1", title: "Plan" } },
  ];
  for (const e of events) state.apply(e);
  view.render();
  const stop = view.el.querySelector(".run-controls button");
  for (let i = 0; i < 5; i += 1) {
    state.apply({ seq: 3 + i, type: "message.delta", payload: { text: "x" } });
    view.render();
  }
  const stopKept = stop.isConnected;
  state.apply({ seq: 20, type: "run." + status,
                payload: { error: { title: "Stopped", code: "RUN_" + status.toUpperCase() } } });
  view.render();
  const notice = view.el.querySelector(".notice-error");
  for (let i = 0; i < 3; i += 1) view.render();
  const kept = notice.isConnected;
  notice.querySelector("button").click();
  return { stopKept, kept, retried, text: notice.textContent,
           controls: view.el.querySelectorAll(".run-controls button").length };
}"""


@pytest.mark.parametrize("status", ["interrupted", "failed"])
def test_the_error_notice_and_stop_button_survive_re_renders(
    app_server: AppServer, open_screen: ScreenFactory, status: str
) -> None:
    app_server.start(CitingOrchestrator(app_server.data_dir))
    screen = open_screen(app_server)
    result = screen.page.evaluate(SCRIPT, status)
    assert result["stopKept"], "the Stop button was rebuilt while the answer streamed"
    assert result["kept"], "the error notice was rebuilt by a render that changed nothing"
    assert result["retried"] == 1
    assert result["controls"] == 0  # a finished run offers no Stop
    assert "Retry" in result["text"]
    assert screen.errors == []
