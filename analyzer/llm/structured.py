"""Structured output: validate a JSON reply against a pydantic model, with one repair attempt."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from functools import cache
from importlib.resources import files

from pydantic import BaseModel, ValidationError

from analyzer.errors import AppError, ErrorCode
from analyzer.llm.protocol import CallContext, ChatMessage, ModelT

Ask = Callable[[Sequence[ChatMessage], CallContext], Awaitable[str]]
_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL)


@cache
def repair_template() -> str:
    """The prompt that asks the model to fix its reply."""
    return files("analyzer.llm").joinpath("prompts/repair_json.txt").read_text(encoding="utf-8")


def parse_reply(text: str, schema: type[ModelT]) -> ModelT:
    """The reply validated as `schema`, tolerating a code fence around it."""
    match = _FENCE.match(text)
    return schema.model_validate_json(match[1] if match else text)


def _problems(exc: ValidationError) -> str:
    """A short list of what was wrong, for the repair prompt."""
    return "\n".join(
        f"- {'.'.join(str(p) for p in e['loc']) or '(root)'}: {e['msg']}" for e in exc.errors()[:10]
    )


async def ask_structured(
    ask: Ask, messages: Sequence[ChatMessage], schema: type[ModelT], ctx: CallContext
) -> ModelT:
    """Ask, validate, and on failure ask once more with the problems; then give up."""
    reply = await ask(messages, ctx)
    try:
        return parse_reply(reply, schema)
    except ValidationError as first:
        repair = [
            *messages,
            ChatMessage("assistant", reply),
            ChatMessage("user", repair_template().format(errors=_problems(first))),
        ]
        repair_ctx = replace(ctx, purpose=f"{ctx.purpose or 'structured'}:repair")
        second_reply = await ask(repair, repair_ctx)
    try:
        return parse_reply(second_reply, schema)
    except ValidationError as second:
        raise AppError(
            ErrorCode.LLM_OUTPUT_INVALID,
            f"the model's reply does not match {schema.__name__} after one repair attempt",
            extra={"errors": _problems(second)},
        ) from second


def json_schema(schema: type[BaseModel]) -> dict[str, object]:
    """The JSON schema sent as Ollama's `format`."""
    return schema.model_json_schema()
