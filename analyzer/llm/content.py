"""The `LLM_LOG_CONTENT` setting applied to a ledger row: full, redacted or metadata only."""

from __future__ import annotations

from typing import Any

from analyzer.llm.masking import Masker
from analyzer.llm.record import ContentMode


def apply_content(row: dict[str, Any], mode: ContentMode) -> dict[str, Any]:
    """`row` with its prompt and reply kept, masked or removed according to `mode`."""
    row["content_mode"] = mode
    if mode == "metadata_only":
        row["input_messages"] = None
        row["output_text"] = None
    elif mode == "redacted":
        masker = Masker()
        if row["input_messages"] is not None:
            row["input_messages"] = [_mask_message(masker, m) for m in row["input_messages"]]
        if row["output_text"] is not None:
            row["output_text"] = masker.mask(row["output_text"])
    return row


def _mask_message(masker: Masker, message: dict[str, Any]) -> dict[str, Any]:
    """A copy of one message with its text content masked."""
    content = message.get("content")
    if isinstance(content, str):
        return {**message, "content": masker.mask(content)}
    return dict(message)
