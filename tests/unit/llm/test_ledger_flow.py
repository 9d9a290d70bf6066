"""Calls through the Ollama client land as ledger rows via the recorder, even with the sink down."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.errors import AppError
from analyzer.llm.memory_sink import InMemorySink
from analyzer.llm.pricing import PriceTable
from analyzer.llm.recorder import Recorder
from tests.fakes.fake_ollama import FakeOllama, FakeReply
from tests.unit.llm.conftest import CTX, HELLO, MODEL, ClientFactory

pytestmark = pytest.mark.anyio


async def test_one_row_per_attempt_with_counts_model_and_cost(
    make_client: ClientFactory, fake: FakeOllama, tmp_path: Path
) -> None:
    sink = InMemorySink()
    recorder = Recorder(sink, spill_dir=tmp_path, prices=PriceTable.from_toml())
    await recorder.start()
    client = make_client(recorder=recorder, read_timeout_s=0.5)
    fake.enqueue(FakeReply(prompt_eval_count=40, eval_count=9), FakeReply(delay_s=30))
    fake.enqueue(FakeReply(prompt_eval_count=41, eval_count=3))
    first = await client.chat(HELLO, ctx=CTX)
    second = await client.chat(HELLO, ctx=CTX)
    await recorder.stop()
    rows = sorted(sink.rows.values(), key=lambda r: r["started_at"])
    assert [(r["status"], r["retry"]) for r in rows] == [
        ("success", 0),
        ("timeout", 0),
        ("success", 1),
    ]
    assert [(r["input_tokens"], r["output_tokens"]) for r in rows] == [
        (40, 9),
        (None, None),
        (41, 3),
    ]
    assert {r["model"] for r in rows} == {MODEL}
    assert rows[0]["id"] == first.call_id and rows[2]["id"] == second.call_id
    assert rows[0]["cost_usd"] == 0.0 and rows[0]["price_source"] == "ollama:*@2024-01-01"
    assert rows[0]["content_mode"] == "redacted" and rows[0]["conversation_id"] == "c1"


async def test_calls_behave_the_same_while_the_sink_is_down(
    make_client: ClientFactory, fake: FakeOllama, tmp_path: Path
) -> None:
    sink = InMemorySink(fail=True)
    recorder = Recorder(sink, spill_dir=tmp_path, flush_interval=0.01, retry_initial_s=0.01)
    await recorder.start()
    client = make_client(recorder=recorder)
    fake.enqueue(FakeReply(text="fine"), FakeReply(status=500))
    assert (await client.chat(HELLO, ctx=CTX)).text == "fine"
    with pytest.raises(AppError):
        await client.chat(HELLO, ctx=CTX)
    await recorder.flush()
    assert not sink.rows
    sink.fail = False
    await recorder.replay_spill()
    await recorder.stop()
    assert sorted(r["status"] for r in sink.rows.values()) == ["error", "success"]
