"""The scripted LLM that agent tests use: queued replies, kept questions, recorded calls."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from analyzer.errors import AppError, ErrorCode
from analyzer.llm.protocol import ChatMessage, LLMClient
from analyzer.llm.scripted import ScriptedLLM, ScriptExhausted
from tests.unit.llm.conftest import CTX, HELLO, ListRecorder

pytestmark = pytest.mark.anyio


class Verdict(BaseModel):
    """A structured reply."""

    ok: bool
    count: int


def test_it_satisfies_the_protocol() -> None:
    assert isinstance(ScriptedLLM(), LLMClient)


async def test_replies_come_in_order_and_questions_are_kept() -> None:
    llm = ScriptedLLM("first").enqueue("second")
    assert (await llm.chat(HELLO, ctx=CTX)).text == "first"
    assert (await llm.chat([ChatMessage("user", "again")], ctx=CTX)).text == "second"
    assert [c.messages[-1].content for c in llm.calls] == ["hello", "again"]
    assert llm.pending == 0


async def test_configured_token_counts_are_reported_and_recorded(recorder: ListRecorder) -> None:
    llm = ScriptedLLM("hi", input_tokens=100, output_tokens=7, recorder=recorder, model="m1")
    response = await llm.chat(HELLO, ctx=CTX)
    assert (response.input_tokens, response.output_tokens, response.model) == (100, 7, "m1")
    [rec] = recorder.records
    assert (rec.provider, rec.agent, rec.input_tokens, rec.output_tokens) == (
        "scripted",
        "report",
        100,
        7,
    )
    assert rec.status == "success" and rec.output_text == "hi"


async def test_stream_yields_words_that_join_to_the_reply(recorder: ListRecorder) -> None:
    llm = ScriptedLLM("The spike began at 10:41.", recorder=recorder)
    deltas = [d async for d in llm.chat_stream(HELLO, ctx=CTX)]
    assert "".join(deltas) == "The spike began at 10:41." and len(deltas) == 5
    assert recorder.records[0].ttft_ms is not None


async def test_exception_replies_are_raised_and_recorded(recorder: ListRecorder) -> None:
    llm = ScriptedLLM(AppError(ErrorCode.LLM_TIMEOUT), RuntimeError("x"), recorder=recorder)
    with pytest.raises(AppError):
        await llm.chat(HELLO, ctx=CTX)
    with pytest.raises(RuntimeError):
        await llm.chat(HELLO, ctx=CTX)
    assert [r.status for r in recorder.records] == ["timeout", "error"]


async def test_dict_and_model_replies_serve_structured_calls() -> None:
    llm = ScriptedLLM({"ok": True, "count": 3}, Verdict(ok=False, count=0))
    assert await llm.structured(HELLO, Verdict, ctx=CTX) == Verdict(ok=True, count=3)
    assert await llm.structured(HELLO, Verdict, ctx=CTX) == Verdict(ok=False, count=0)


async def test_structured_repairs_once_then_fails() -> None:
    llm = ScriptedLLM("nope", '{"ok": true, "count": 1}', "still no", "[]")
    assert (await llm.structured(HELLO, Verdict, ctx=CTX)).count == 1
    with pytest.raises(AppError) as caught:
        await llm.structured(HELLO, Verdict, ctx=CTX)
    assert caught.value.code == ErrorCode.LLM_OUTPUT_INVALID
    assert [c.ctx.purpose for c in llm.calls] == ["answer", "answer:repair"] * 2


async def test_running_out_of_replies_fails_loudly() -> None:
    with pytest.raises(ScriptExhausted):
        await ScriptedLLM().chat(HELLO, ctx=CTX)


async def test_reachability_is_configurable() -> None:
    assert await ScriptedLLM().reachable() is True
    assert await ScriptedLLM(reachable=False).reachable() is False
