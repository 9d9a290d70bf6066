"""Model-written prose for a verified draft, rejected if it adds any number."""

from __future__ import annotations

from collections.abc import AsyncIterator

from agents.numbers import unsupported_numbers
from agents.prompts import render
from analyzer.llm.masking import Masker
from analyzer.llm.protocol import CallContext, ChatMessage, LLMClient


async def rewrite(
    llm: LLMClient, question: str, draft: str, *, ctx: CallContext
) -> tuple[str | None, set[str]]:
    """The model's rewrite of `draft`, or None (and the offending numbers) if it adds numbers."""
    masker = Masker()
    prompt = render("write_answer", question=masker.mask(question), draft=masker.mask(draft))
    pieces: list[str] = []
    stream: AsyncIterator[str] = llm.chat_stream([ChatMessage("user", prompt)], ctx=ctx)
    async for piece in stream:
        pieces.append(piece)
    text = masker.restore("".join(pieces)).strip()
    if not text:
        return None, set()
    bad = unsupported_numbers(text, allowed_sources=[draft, question])
    return (None, bad) if bad else (text, set())
