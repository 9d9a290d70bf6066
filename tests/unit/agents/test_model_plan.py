"""An LLM-proposed plan: asked when no rule recognises the question, run only if it validates."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest

from agents.contracts import Context, LogRef, RunRequest
from agents.orchestrator import AgentOrchestrator
from analyzer.errors import AppError, ErrorCode
from analyzer.events import EventType, Intent
from analyzer.llm.scripted import ScriptedLLM
from analyzer.logs.ingest import ingest

REPO = Path(__file__).resolve().parents[3]
LOG = REPO / "fixtures" / "logsets" / "db_timeouts.jsonl"
READING = {"kind": "overview"}
DOWN = AppError(ErrorCode.LLM_UNAVAILABLE, "scripted outage")


@pytest.fixture(scope="module")
def log(tmp_path_factory: pytest.TempPathFactory) -> LogRef:
    root = tmp_path_factory.mktemp("model-plan")
    raw = root / "raw.jsonl"
    shutil.copyfile(LOG, raw)
    profile = ingest(raw, root / "store", log_id="db", filename=LOG.name)
    return LogRef("db", LOG.name, "ready", profile.model_dump(mode="json"), str(root / "store"))


def run(log: LogRef, llm: ScriptedLLM, question: str) -> tuple[str, list[str], dict[str, object]]:
    orchestrator = AgentOrchestrator(lambda _id: Path(log.store_dir or ""), llm)
    request = RunRequest("r", "c", "u", "m", question, Intent.ANALYSIS, Context(logs=[log]))

    async def collect() -> tuple[str, list[str], dict[str, object]]:
        text, warnings, result = "", [], {}
        async for emit in orchestrator.run(request):
            if emit.type == EventType.MESSAGE_DELTA:
                text += emit.payload["text"]
            elif emit.type == EventType.WARNING:
                warnings.append(emit.payload["code"])
            elif emit.type == EventType.RESULT_CREATED:
                result = emit.payload
        return text, warnings, result

    return asyncio.run(collect())


def purposes(llm: ScriptedLLM) -> list[str]:
    return [call.ctx.purpose or "" for call in llm.calls]


def test_a_valid_model_plan_runs_and_its_numbers_are_checked(log: LogRef) -> None:
    plan = {"steps": [{"purpose": "pool", "primitive": "search",
                       "args": {"filters": {"include": ["orders-primary"]}}}]}  # fmt: skip
    llm = ScriptedLLM(READING, plan, DOWN)
    answer, warnings, result = run(log, llm, "tell me about the pool named orders-primary")
    assert purposes(llm) == ["read_question", "propose_plan", "write_answer"]
    expected = sum("orders-primary" in line.lower() for line in LOG.read_text().splitlines())
    assert expected > 0
    assert f"**{expected:,}** events match" in answer
    assert "a query the language model proposed: search" in answer
    claims = [f for f in result["findings"] if "language model proposed" in f["claim"]]  # type: ignore[union-attr]
    assert claims and all(f["verified"] for f in claims)
    assert "LLM_OUTPUT_INVALID" not in warnings


@pytest.mark.parametrize(
    "plan",
    [
        {"steps": [{"purpose": "bad", "primitive": "drop_table", "args": {}}]},
        {"steps": [{"purpose": "bad", "primitive": "count", "args": {"by": "nonsense"}}]},
        {
            "steps": [
                {
                    "purpose": "raw",
                    "primitive": "lines",
                    "args": {"log_id": "db", "start": 1, "end": 9},
                }
            ]
        },
    ],
)
def test_a_plan_that_does_not_validate_is_not_run(log: LogRef, plan: dict[str, object]) -> None:
    llm = ScriptedLLM(READING, plan, DOWN)
    answer, warnings, _ = run(log, llm, "tell me about the pool named orders-primary")
    assert "LLM_OUTPUT_INVALID" in warnings
    assert "language model proposed" not in answer
    assert "### Coverage" in answer  # the built-in plan still answered


def test_a_question_the_rules_recognise_asks_for_no_plan(log: LogRef) -> None:
    llm = ScriptedLLM(READING, DOWN)
    answer, _, _ = run(log, llm, "how many errors were there?")
    assert "propose_plan" not in purposes(llm)
    assert "**550**" in answer
