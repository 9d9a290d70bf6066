"""A language model reads the question more flexibly; only what validates is kept."""

from __future__ import annotations

import json

from pydantic import BaseModel, Field

from agents.contracts import LogRef
from agents.kinds import classify
from agents.levels import match_levels
from agents.parameter_agent import known_values
from agents.params import AnalysisParameters, QuestionKind
from agents.prompts import render
from analyzer.llm.masking import Masker
from analyzer.llm.protocol import CallContext, ChatMessage, LLMClient


class ModelReading(BaseModel):
    """What the model may propose (times and entities stay with the rule-based reader)."""

    kind: QuestionKind = QuestionKind.OVERVIEW
    levels: list[str] = Field(default_factory=list, max_length=8)
    sources: list[str] = Field(default_factory=list, max_length=8)
    terms: list[str] = Field(default_factory=list, max_length=8)
    time_expression: str = ""
    follow_up: bool = False


async def refine(
    llm: LLMClient,
    question: str,
    params: AnalysisParameters,
    logs: list[LogRef],
    *,
    previous: dict[str, object] | None,
    ctx: CallContext,
) -> list[str]:
    """Fill gaps in `params` from the model's reading; return notes on what it changed."""
    masker = Masker()
    prompt = render(
        "read_question",
        logs=masker.mask(json.dumps([_brief(log) for log in logs], default=str)),
        previous=json.dumps(previous or {}, default=str),
        question=masker.mask(question),
    )
    reading = await llm.structured([ChatMessage("user", prompt)], ModelReading, ctx=ctx)
    notes: list[str] = []
    if classify(question) is None and reading.kind != params.kind:
        params.kind = reading.kind
        notes.append(f"the language model read the question as '{reading.kind.value}'")
    if not params.levels:
        valid = [lv for lv in reading.levels if lv in known_values(logs, "levels")]
        params.levels = valid or match_levels(
            " ".join(reading.levels), known_values(logs, "levels")
        )
    if not params.sources:
        params.sources = [s for s in reading.sources if s in known_values(logs, "sources")]
    if not params.terms:
        params.terms = [masker.restore(t) for t in reading.terms if t.strip()][:4]
    return notes


def _brief(log: LogRef) -> dict[str, object]:
    profile = log.profile or {}
    return {
        "file": log.filename,
        "format": profile.get("format"),
        "time_range": profile.get("time_range"),
        "levels": list((profile.get("levels") or {}).keys()),
        "sources": list((profile.get("sources") or {}).keys())[:50],
    }
