"""Model-written prose for a verified draft: it never sees log text, and may add no number."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

from agents.numbers import unsupported_numbers
from agents.prompts import render
from analyzer.llm.masking import Masker
from analyzer.llm.protocol import CallContext, ChatMessage, LLMClient

PROTECTED = re.compile(r"`[^`\n]*`|\[[^\]\n]*\]\(#cite=[^)\s]*\)")


def protect(draft: str) -> tuple[str, dict[str, str]]:
    """Replace log excerpts and citations with ⟦n⟧ so the model neither reads nor alters them."""
    kept: dict[str, str] = {}

    def hide(match: re.Match[str]) -> str:
        token = f"⟦{len(kept) + 1}⟧"
        kept[token] = match.group(0)
        return token

    return PROTECTED.sub(hide, draft), kept


def unprotect(text: str, kept: dict[str, str]) -> str:
    """Put the excerpts and citations back."""
    for token, original in kept.items():
        text = text.replace(token, original)
    return text


async def rewrite(
    llm: LLMClient, question: str, draft: str, *, ctx: CallContext
) -> tuple[str | None, set[str]]:
    """The model's rewrite of `draft`, or None (and the offending numbers) if it adds numbers."""
    hidden, kept = protect(draft)
    masker = Masker()
    prompt = render("write_answer", question=masker.mask(question), draft=masker.mask(hidden))
    pieces: list[str] = []
    stream: AsyncIterator[str] = llm.chat_stream([ChatMessage("user", prompt)], ctx=ctx)
    async for piece in stream:
        pieces.append(piece)
    written = masker.restore("".join(pieces)).strip()
    if not written:
        return None, set()
    own_words = re.sub(r"⟦\d+⟧", " ", written)
    bad = unsupported_numbers(own_words, allowed_sources=[re.sub(r"⟦\d+⟧", " ", hidden), question])
    return (None, bad) if bad else (unprotect(written, kept), set())
