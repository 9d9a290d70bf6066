"""Prompt templates live in agents/prompts/*.md; this loads and fills them."""

from __future__ import annotations

from functools import cache
from pathlib import Path

PROMPTS = Path(__file__).resolve().parent / "prompts"


@cache
def template(name: str) -> str:
    """The text of prompts/<name>.md."""
    return (PROMPTS / f"{name}.md").read_text(encoding="utf-8")


def render(name: str, **values: str) -> str:
    """Fill a template's {placeholders} (values are inserted as given)."""
    text = template(name)
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text
