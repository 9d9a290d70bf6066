"""Developer harness: ask scenario questions in-process (no server) and print answers and scores.

    .venv/bin/python scripts/ask.py [--only ID,ID] [--show] [SCENARIO_NAME ...]

Logs are ingested once into /tmp/la-ask/<log name>/ and reused.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from agents.contracts import Context, LogRef, RunRequest  # noqa: E402
from agents.orchestrator import AgentOrchestrator  # noqa: E402
from analyzer.chat.responder import ChatResponder  # noqa: E402
from analyzer.chat.router import IntentRouter  # noqa: E402
from analyzer.events import EventType, Intent  # noqa: E402
from analyzer.logs.ingest import ingest  # noqa: E402
from tests import scenarios  # noqa: E402

CACHE = Path("/tmp/la-ask")


def prepare(path: str) -> LogRef:
    src = (REPO / path).resolve()
    log_id = src.stem.replace(".", "_")
    root = CACHE / log_id
    profile_file = root / "profile.json"
    if not profile_file.exists() or profile_file.stat().st_mtime < src.stat().st_mtime:
        root.mkdir(parents=True, exist_ok=True)
        raw = root / "raw.log"
        raw.write_bytes(src.read_bytes())
        store = root / "store"
        profile = ingest(raw, store, log_id=log_id, filename=src.name)
        profile_file.write_text(profile.model_dump_json())
    profile = json.loads(profile_file.read_text())
    return LogRef(log_id, src.name, "ready", profile, str(root / "store"))


async def ask(
    orch: AgentOrchestrator, logs: list[LogRef], question: str, previous: dict[str, Any] | None
) -> tuple[str, dict[str, Any] | None]:
    routed = IntentRouter().route(question, has_logs=True, has_previous=previous is not None)
    request = RunRequest(
        "r",
        "c",
        "u",
        "m",
        question,
        routed.intent,
        Context(previous_parameters=previous, logs=logs),
    )
    text, result = "", None
    chat = routed.intent in (Intent.CHAT, Intent.CLARIFICATION)
    source = ChatResponder().run(request, rule=routed.rule) if chat else orch.run(request)
    async for emit in source:
        if emit.type == EventType.MESSAGE_DELTA:
            text += emit.payload["text"]
        elif emit.type == EventType.RESULT_CREATED:
            result = emit.payload
    return text, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("names", nargs="*")
    parser.add_argument("--only", default="")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    only = {x for x in args.only.split(",") if x}
    files = scenarios.load(REPO / "fixtures" / "scenarios")
    outcomes = []
    for scenario in files:
        if args.names and scenario["logset"] not in args.names:
            continue
        logs = [prepare(p) for p in scenario["logs"]]
        stores = {log.log_id: Path(log.store_dir or "") for log in logs}
        orch = AgentOrchestrator(stores.__getitem__)
        previous_of: dict[str, dict[str, Any] | None] = {}
        for q in scenario["questions"]:
            if only and q["id"] not in only:
                continue
            parent = q.get("follow_up_of")
            previous = previous_of.get(parent) if parent else None
            answer, result = asyncio.run(ask(orch, logs, q["question"], previous))
            previous_of[q["id"]] = (result or {}).get("parameters")
            reasons = scenarios.score(answer, result, q["expect"])
            outcomes.append(
                scenarios.Outcome(scenario["logset"], q["id"], q["question"], not reasons, reasons)
            )
            if args.show or only:
                print(f"=== {q['id']}: {q['question']}\n--- expect {q['expect']}")
                print(answer)
                print("--- reasons:", reasons)
    print(scenarios.report(outcomes))


if __name__ == "__main__":
    main()
