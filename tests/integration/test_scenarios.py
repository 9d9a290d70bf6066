"""Every scenario question, asked through the API on the built-in path; the score is printed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests import scenarios
from tests.conftest import REPO, ServerFactory, UserFactory
from tests.live import read_sse

SCENARIOS = REPO / "fixtures" / "scenarios"
SCORE_FILE = REPO / "artifacts" / "scenario_score.txt"
MIN_SCORE = 0.85  # measured 105/119 (88%); raise as the agents improve


def resolve(path: str) -> Path:
    return (REPO / path).resolve()


def test_scenarios_on_the_builtin_path(
    database_url: str, start_server: ServerFactory, make_user: UserFactory
) -> None:
    if "postgresql" in database_url:
        pytest.skip("scenarios are scored once, on SQLite: the database does not change answers")
    files = scenarios.load(SCENARIOS)
    if not files:
        pytest.fail(f"no scenario files in {SCENARIOS}")
    missing = [p for f in files for p in f["logs"] if not resolve(p).exists()]
    if missing and all("shared/data" in p for p in missing):
        pytest.skip(f"the shared Loghub data is not beside the repository: {missing[0]}")
    server = start_server()
    outcomes: list[scenarios.Outcome] = []
    with server.client(make_user("scorer")) as http:
        for scenario in files:
            outcomes += run_scenario(http, scenario)
    table = scenarios.report(outcomes)
    SCORE_FILE.parent.mkdir(exist_ok=True)
    SCORE_FILE.write_text(table + "\n")
    print("\n" + table)
    passed = sum(o.passed for o in outcomes) / len(outcomes)
    assert passed >= MIN_SCORE, table


def run_scenario(http: Any, scenario: dict[str, Any]) -> list[scenarios.Outcome]:
    log_ids = []
    for path in scenario["logs"]:
        with resolve(path).open("rb") as fh:
            response = http.post("/api/logs", files={"file": (Path(path).name, fh)})
        assert response.status_code in (200, 201), response.text
        log_ids.append(response.json()["id"])
    conversations: dict[str, str] = {}
    outcomes = []
    for q in scenario["questions"]:
        parent = q.get("follow_up_of")
        conv = conversations.get(parent) if parent else None
        if conv is None:
            conv = http.post("/api/conversations", json={"log_ids": log_ids}).json()["id"]
        conversations[q["id"]] = conv
        accepted = http.post(f"/api/conversations/{conv}/messages", json={"content": q["question"]})
        if accepted.status_code != 202:
            reasons = [f"rejected: {accepted.json().get('code')}"]
            honest = q["expect"].get("honest")
            outcomes.append(scenarios.Outcome(scenario["logset"], q["id"], q["question"],
                                              bool(honest), [] if honest else reasons))  # fmt: skip
            continue
        _status, events = read_sse(http, accepted.json()["events_url"])
        run = http.get(accepted.json()["run_url"]).json()
        answer = "".join(e["data"]["payload"]["text"] for e in events
                         if e["event"] == "message.delta")  # fmt: skip
        reasons = scenarios.score(answer, run.get("result"), q["expect"])
        if run["status"] != "completed":
            reasons.insert(0, f"run {run['status']}")
        outcomes.append(scenarios.Outcome(scenario["logset"], q["id"], q["question"],
                                          not reasons, reasons))  # fmt: skip
    return outcomes
