"""The orchestrator: parameter -> planning -> analyze -> verify -> report, each step streamed."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from agents import llm_planner, llm_reader, prose
from agents.contracts import LogRef, RunRequest
from agents.drafting import Workbench
from agents.findings import CiteFn, Draft
from agents.kinds import classify
from agents.parameter_agent import ParameterAgent
from agents.params import AnalysisParameters
from agents.plan import Plan, Step
from agents.planner import Planner
from agents.recipe_book import RECIPES
from agents.recipes_model import model_findings
from agents.report import render, result_payload
from agents.verify import Verifier
from analyzer.errors import AppError
from analyzer.events import Emit, EventType, Intent, message_delta, step_completed, step_created
from analyzer.events import warning as warning_event
from analyzer.llm.protocol import CallContext, LLMClient
from analyzer.logs.primitives import PRIMITIVES
from analyzer.logs.store import LogStore
from analyzer.logs.vocabulary import Vocabulary

StoreDirOf = Callable[[str], Path]
NO_MODEL = "No language model is reachable; answered by the built-in analyzer."


class AgentOrchestrator:
    """Answers analysis questions from the data; a language model only reads and rephrases."""

    def __init__(self, store_dir_of: StoreDirOf, llm: LLMClient | None = None) -> None:
        self._store_dir_of = store_dir_of
        self._llm = llm
        self._reader = ParameterAgent()
        self._planner = Planner()
        self._verifier = Verifier()

    async def run(self, request: RunRequest) -> AsyncIterator[Emit]:
        """Yield every step's events, the answer as message deltas, then result.created."""
        ready = [log for log in request.context.logs if log.status == "ready"]
        if not ready:
            yield message_delta(_not_ready(request.context.logs))
            return
        llm = await self._usable_llm()
        if llm is None:
            yield warning_event("LLM_UNAVAILABLE", NO_MODEL)
        started = time.monotonic()
        yield step_created("parameter", "parameter", "Reading the question")
        store = await asyncio.to_thread(self._open, ready)
        try:
            vocabulary = await asyncio.to_thread(Vocabulary.of, store)
            params = await asyncio.to_thread(
                self._reader.read,
                request.question,
                request.context,
                follow_up=request.intent == Intent.FOLLOW_UP,
                vocabulary=vocabulary,
            )
            if llm is not None:
                async for emit in self._refine(llm, request, params, ready):
                    yield emit
            yield step_completed(
                "parameter", "parameter", "; ".join(params.describe()), _ms(started)
            )
            draft = Draft()
            async for item in self._analyze(request, params, store, ready, llm):
                if isinstance(item, Draft):
                    draft = item
                else:
                    yield item
            started = time.monotonic()
            yield step_created("verify", "verify", "Re-computing every number from the logs")
            verified, total = await asyncio.to_thread(self._verifier.verify, draft, store)
            yield step_completed(
                "verify", "verify", f"{verified} of {total} statements confirmed", _ms(started)
            )
        finally:
            await asyncio.to_thread(store.close)
        async for emit in self._report(request, params, draft, ready, llm):
            yield emit

    async def _analyze(
        self,
        request: RunRequest,
        params: AnalysisParameters,
        store: LogStore,
        logs: list[LogRef],
        llm: LLMClient | None,
    ) -> AsyncIterator[Emit | Draft]:
        started = time.monotonic()
        yield step_created("planning", "planning", "Planning the queries")
        plan = self._planner.plan(params)
        yield step_completed("planning", "planning", plan.summary(), _ms(started))
        started = time.monotonic()
        yield step_created("analyze", "analyze", "Running the queries")
        results: dict[str, BaseModel] = {}
        steps: dict[str, Step] = {}
        for round_plan in (plan, None):
            current = round_plan or self._planner.follow_up(params, results, len(steps))
            async for emit in self._run_plan(current, store, results):
                yield emit
            steps.update({s.purpose: s for s in current.steps})
        if llm is not None and classify(request.question) is None:
            async for emit in self._model_plan(llm, request, params, store, results, steps):
                yield emit
        cite = CiteFn({log.log_id: log.filename for log in logs})
        bench = Workbench(params, results, steps, _reader(store), cite)
        draft = RECIPES[params.kind](bench)
        model_findings(bench, draft)
        yield step_completed(
            "analyze", "analyze", f"{len(draft.findings)} finding(s)", _ms(started)
        )
        yield draft

    async def _model_plan(
        self,
        llm: LLMClient,
        request: RunRequest,
        params: AnalysisParameters,
        store: LogStore,
        results: dict[str, BaseModel],
        steps: dict[str, Step],
    ) -> AsyncIterator[Emit]:
        """No rule recognised the question: the model may propose extra queries that validate."""
        try:
            plan = await llm_planner.propose(
                llm,
                request.question,
                params,
                offset=len(steps),
                ctx=_ctx(request, "planning", "propose_plan"),
            )
        except AppError as exc:
            yield warning_event(
                exc.code.value,
                f"The language model's plan was not used ({exc.detail}); the built-in plan ran.",
            )
            return
        try:
            async for emit in self._run_plan(plan, store, results):
                yield emit
        except Exception as exc:  # a query that validates may still fail in the engine
            yield warning_event(
                "LLM_OUTPUT_INVALID",
                f"A query the language model proposed failed ({type(exc).__name__}); "
                "its results are left out.",
            )
        steps.update({s.purpose: s for s in plan.steps if s.purpose in results})

    async def _run_plan(
        self, plan: Plan, store: LogStore, results: dict[str, BaseModel]
    ) -> AsyncIterator[Emit]:
        for step in plan.steps:
            yield Emit(
                type=EventType.TOOL_CALLED,
                agent="analyze",
                payload={
                    "call_id": step.call_id,
                    "primitive": step.primitive,
                    "purpose": step.purpose,
                    "arguments": _jsonable(step.args),
                },
            )
            started = time.monotonic()
            result = await asyncio.to_thread(PRIMITIVES[step.primitive].run, store, step.args)
            results[step.purpose] = result
            coverage = getattr(result, "coverage", None)
            yield Emit(
                type=EventType.TOOL_RESULT,
                agent="analyze",
                payload={
                    "call_id": step.call_id,
                    "primitive": step.primitive,
                    "duration_ms": _ms(started),
                    "coverage": coverage.model_dump(mode="json") if coverage else None,
                    "summary": coverage.note if coverage else "",
                },
            )

    async def _report(
        self,
        request: RunRequest,
        params: AnalysisParameters,
        draft: Draft,
        logs: list[LogRef],
        llm: LLMClient | None,
    ) -> AsyncIterator[Emit]:
        started = time.monotonic()
        yield step_created("report", "report", "Writing the answer")
        answer = render(draft, params, question=request.question)
        if llm is not None:
            async for emit in self._rephrase(llm, request, answer):
                if isinstance(emit, str):
                    answer = emit
                else:
                    yield emit
        for chunk in _chunks(answer):
            yield message_delta(chunk)
        cite = CiteFn({log.log_id: log.filename for log in logs})
        payload = result_payload(draft, params, answer, cite)
        payload["inputs"] = {
            "logs": [[log.log_id, (log.profile or {}).get("format")] for log in logs],
            "question": request.question,
        }
        yield Emit(type=EventType.RESULT_CREATED, agent="report", payload=payload)
        yield step_completed("report", "report", f"{len(answer):,} characters", _ms(started))

    async def _refine(
        self, llm: LLMClient, request: RunRequest, params: AnalysisParameters, logs: list[LogRef]
    ) -> AsyncIterator[Emit]:
        try:
            notes = await llm_reader.refine(
                llm,
                request.question,
                params,
                logs,
                previous=request.context.previous_parameters,
                ctx=_ctx(request, "parameter", "read_question"),
            )
            params.notes.extend(notes)
        except AppError as exc:
            yield warning_event(
                exc.code.value,
                f"The language model could not read the "
                f"question ({exc.detail}); the built-in reader was used.",
            )

    async def _rephrase(
        self, llm: LLMClient, request: RunRequest, draft: str
    ) -> AsyncIterator[Emit | str]:
        try:
            text, bad = await prose.rewrite(
                llm, request.question, draft, ctx=_ctx(request, "report", "write_answer")
            )
        except AppError as exc:
            yield warning_event(
                exc.code.value,
                f"The language model did not answer ({exc.detail}); the built-in answer is shown.",
            )
            return
        if text is None:
            yield warning_event(
                "LLM_OUTPUT_INVALID",
                "The language model's wording added numbers "
                f"that are not in the data ({', '.join(sorted(bad)) or 'empty'}); "
                "the built-in answer is shown.",
            )
            return
        yield text

    async def _usable_llm(self) -> LLMClient | None:
        if self._llm is None:
            return None
        try:
            return self._llm if await self._llm.reachable() else None
        except Exception:  # an unreachable model must never fail the run
            return None

    def _open(self, logs: list[LogRef]) -> LogStore:
        return LogStore.open([(log.log_id, self._store_dir_of(log.log_id)) for log in logs])


def _reader(store: LogStore) -> Callable[[str, int], str]:
    def read(log_id: str, line: int) -> str:
        found = store.upload(log_id).raw_lines(line, line)
        return found[0] if found else ""

    return read


def _ctx(request: RunRequest, agent: str, purpose: str) -> CallContext:
    return CallContext(
        agent=agent,
        purpose=purpose,
        user_id=request.user_id,
        conversation_id=request.conversation_id,
        message_id=request.message_id,
        run_id=request.run_id,
        step=agent,
    )


def _not_ready(logs: list[LogRef]) -> str:
    if not logs:
        return "No log is attached to this conversation yet."
    states = ", ".join(f"{log.filename} ({log.status})" for log in logs)
    return f"None of the attached logs is ready to query yet: {states}. Ask again when ingested."


def _chunks(text: str, size: int = 120) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


def _ms(started: float) -> float:
    return (time.monotonic() - started) * 1000


def _jsonable(value: Any) -> Any:
    import json

    return json.loads(json.dumps(value, default=str))
