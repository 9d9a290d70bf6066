"""An LLM-proposed plan: asked when no rule recognised the question; used only if it validates."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from agents.params import AnalysisParameters
from agents.plan import MAX_STEPS, Plan, Step, filters, validate
from agents.prompts import render
from analyzer.errors import AppError, ErrorCode
from analyzer.llm.masking import Masker
from analyzer.llm.protocol import CallContext, ChatMessage, LLMClient
from analyzer.logs.primitives import PRIMITIVES

MODEL_STEPS = 3
PREFIX = "model_"
# what a model may call: read-only aggregates and searches (no raw line ranges)
ALLOWED = ("search", "count", "top_templates", "timeline", "spikes", "new_templates", "field_stats")


class ProposedStep(BaseModel):
    """One call the model proposes."""

    purpose: str = Field(pattern=r"^[a-z][a-z0-9_]{0,30}$")
    primitive: str
    args: dict[str, Any] = Field(default_factory=dict)


class ProposedPlan(BaseModel):
    """At most MODEL_STEPS calls."""

    steps: list[ProposedStep] = Field(default_factory=list, max_length=MODEL_STEPS)


async def propose(
    llm: LLMClient, question: str, params: AnalysisParameters, *, offset: int, ctx: CallContext
) -> Plan:
    """The model's extra steps, validated against the registry (AppError when they do not)."""
    masker = Masker()
    prompt = render(
        "propose_plan",
        primitives=_catalogue(),
        filters=json.dumps(filters(params), default=str),
        question=masker.mask(question),
    )
    proposed = await llm.structured([ChatMessage("user", prompt)], ProposedPlan, ctx=ctx)
    plan = Plan()
    for step in proposed.steps:
        if step.primitive not in ALLOWED:
            raise AppError(
                ErrorCode.LLM_OUTPUT_INVALID, f"the model proposed {step.primitive!r}, not allowed"
            )
        args = dict(step.args)
        args["filters"] = {**filters(params), **(args.get("filters") or {})}
        args["filters"]["log_ids"] = params.log_ids or None  # never other uploads
        plan.steps.append(Step(PREFIX + step.purpose, step.primitive, args))
    if offset + len(plan.steps) > MAX_STEPS * 3:
        raise AppError(ErrorCode.LLM_OUTPUT_INVALID, "the model's plan is too long")
    try:
        return validate(plan, offset=offset)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise AppError(
            ErrorCode.LLM_OUTPUT_INVALID,
            f"the model's plan does not validate: {where}: {first['msg']}",
        ) from exc


def _catalogue() -> str:
    lines = []
    for name in ALLOWED:
        primitive = PRIMITIVES[name]
        schema = json.dumps(primitive.args.model_json_schema().get("properties", {}))
        lines.append(f"- {name}: {primitive.description}; args {schema}")
    return "\n".join(lines)
