"""The ledger row: its exact columns, its JSON line, and the content setting."""

from __future__ import annotations

from datetime import datetime

import pytest

from analyzer.llm.content import apply_content
from analyzer.llm.protocol import ChatMessage
from analyzer.llm.record import CallRecord, row_from_json, row_to_json
from tests.unit.llm.conftest import CTX

COLUMNS = {
    "id", "provider", "server_address", "model_requested", "model", "agent", "purpose",
    "user_id", "conversation_id", "message_id", "run_id", "step", "request_params",
    "input_messages", "output_text", "content_mode", "input_tokens", "output_tokens",
    "tokens_estimated", "started_at", "first_token_at", "ended_at", "latency_ms", "ttft_ms",
    "server_total_ms", "server_load_ms", "server_prompt_eval_ms", "server_eval_ms",
    "tokens_per_second", "finish_reason", "status", "error_type", "error_message", "retry",
    "cost_usd", "price_input_per_mtok", "price_output_per_mtok", "price_source", "created_at",
}  # fmt: skip


def _record() -> CallRecord:
    rec = CallRecord.begin(
        provider="ollama",
        model_requested="llama3.2:3b",
        ctx=CTX,
        messages=[ChatMessage("user", "why did 10.1.2.3 fail? mail ops@corp.io, token=abc123")],
        request_params={"options": {"num_ctx": 4096}},
    )
    rec.output_text = "10.1.2.3 failed; ask ops@corp.io"
    return rec


def test_row_has_exactly_the_table_columns() -> None:
    row = _record().to_row()
    assert set(row) == COLUMNS
    assert len(row["id"]) == 32 and row["retry"] == 0 and row["status"] == "success"


def test_ids_are_created_before_the_call_and_unique() -> None:
    assert len({_record().id for _ in range(100)}) == 100


def test_row_survives_a_json_line() -> None:
    rec = _record()
    rec.ended_at = rec.started_at
    row = rec.to_row()
    back = row_from_json(row_to_json(row))
    assert back == row
    assert isinstance(back["started_at"], datetime) and back["started_at"].tzinfo is not None


def test_unserialisable_row_raises_type_error() -> None:
    rec = _record()
    rec.request_params["bad"] = object()
    with pytest.raises(TypeError):
        row_to_json(rec.to_row())


def test_full_content_is_kept() -> None:
    row = apply_content(_record().to_row(), "full")
    assert row["content_mode"] == "full"
    assert "10.1.2.3" in row["input_messages"][0]["content"]
    assert row["output_text"] == "10.1.2.3 failed; ask ops@corp.io"


def test_redacted_content_masks_input_and_output_consistently() -> None:
    row = apply_content(_record().to_row(), "redacted")
    content = row["input_messages"][0]["content"]
    assert content == "why did <IP_1> fail? mail <EMAIL_1>, token=<SECRET_1>"
    assert row["output_text"] == "<IP_1> failed; ask <EMAIL_1>"
    assert row["content_mode"] == "redacted"


def test_metadata_only_keeps_no_content() -> None:
    row = apply_content(_record().to_row(), "metadata_only")
    assert (row["input_messages"], row["output_text"]) == (None, None)
    assert row["request_params"] == {"options": {"num_ctx": 4096}}


def test_redaction_does_not_touch_the_record_itself() -> None:
    rec = _record()
    apply_content(rec.to_row(), "redacted")
    assert rec.input_messages is not None and "10.1.2.3" in rec.input_messages[0]["content"]
