"""The number guard: text written by a model may contain no number that the data did not give."""

from __future__ import annotations

import re

NUMBER = re.compile(r"\d[\d,._:/-]*\d|\d")
CITATION = re.compile(r"\]\(#cite=[^)]*\)")


def numbers_in(text: str) -> set[str]:
    """Every number-like token (counts, times, dates, ids) in a text, normalised."""
    stripped = CITATION.sub("]", text)
    return {_norm(m.group(0)) for m in NUMBER.finditer(stripped)}


def unsupported_numbers(text: str, *, allowed_sources: list[str]) -> set[str]:
    """Numbers in `text` that appear in none of the allowed sources (the verified draft)."""
    allowed: set[str] = set()
    for source in allowed_sources:
        allowed |= numbers_in(source)
        allowed |= {part for token in numbers_in(source) for part in re.split(r"[:/.-]", token)}
    return {n for n in numbers_in(text) if n not in allowed and not _is_list_marker(n, text)}


def _norm(token: str) -> str:
    return token.replace(",", "").rstrip(".")


def _is_list_marker(token: str, text: str) -> bool:
    return (
        token.isdigit()
        and int(token) < 10
        and re.search(rf"^\s*{token}\.\s", text, re.M) is not None
    )
