"""Structured output and cancellation through the Ollama client and the fake server."""

from __future__ import annotations

import asyncio
import json

import pytest
from pydantic import BaseModel

from analyzer.errors import AppError, ErrorCode
from tests.fakes.fake_ollama import FakeOllama, FakeReply
from tests.unit.llm.conftest import CTX, HELLO, ClientFactory, ListRecorder

pytestmark = pytest.mark.anyio


class Window(BaseModel):
    """A time window the model is asked to extract."""

    start: str
    end: str
    level: str | None = None


async def test_structured_sends_the_schema_and_validates(
    make_client: ClientFactory, fake: FakeOllama, recorder: ListRecorder
) -> None:
    fake.enqueue(FakeReply(text=json.dumps({"start": "10:40", "end": "10:45"})))
    window = await make_client().structured(HELLO, Window, ctx=CTX)
    assert window == Window(start="10:40", end="10:45")
    assert fake.requests[0]["format"] == Window.model_json_schema()
    assert recorder.records[0].request_params["format"]["title"] == "Window"


async def test_structured_repairs_once(
    make_client: ClientFactory, fake: FakeOllama, recorder: ListRecorder
) -> None:
    fake.enqueue(FakeReply(text='{"start": "10:40"}'), FakeReply(text='{"start": "1", "end": "2"}'))
    window = await make_client().structured(HELLO, Window, ctx=CTX)
    assert window.end == "2"
    repair_prompt = fake.requests[1]["messages"][-1]["content"]
    assert "end" in repair_prompt and "Field required" in repair_prompt
    assert fake.requests[1]["messages"][-2] == {
        "role": "assistant",
        "content": '{"start": "10:40"}',
    }
    assert [r.purpose for r in recorder.records] == ["answer", "answer:repair"]


async def test_structured_gives_up_after_one_repair(
    make_client: ClientFactory, fake: FakeOllama, recorder: ListRecorder
) -> None:
    fake.enqueue(FakeReply(text="not json"), FakeReply(text="[1, 2]"))
    with pytest.raises(AppError) as caught:
        await make_client().structured(HELLO, Window, ctx=CTX)
    assert caught.value.code == ErrorCode.LLM_OUTPUT_INVALID
    assert len(fake.requests) == 2
    assert [r.status for r in recorder.records] == ["success", "success"]


async def test_cancelling_a_stream_records_cancelled_with_partial_text(
    make_client: ClientFactory, fake: FakeOllama, recorder: ListRecorder
) -> None:
    fake.enqueue(FakeReply(pieces=["first ", "second"], chunk_delay_s=30))
    first = asyncio.Event()
    got: list[str] = []

    async def consume() -> None:
        async for delta in make_client().chat_stream(HELLO, ctx=CTX):
            got.append(delta)
            first.set()

    task = asyncio.create_task(consume())
    await first.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert got == ["first "]
    [rec] = recorder.records
    assert (rec.status, rec.output_text, rec.error_type) == (
        "cancelled",
        "first ",
        "CancelledError",
    )


async def test_cancelling_chat_before_any_text_records_cancelled(
    make_client: ClientFactory, fake: FakeOllama, recorder: ListRecorder
) -> None:
    fake.enqueue(FakeReply(delay_s=30))
    task = asyncio.create_task(make_client().chat(HELLO, ctx=CTX))
    while not fake.requests:
        await asyncio.sleep(0.005)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    [rec] = recorder.records
    assert (rec.status, rec.output_text, rec.retry) == ("cancelled", None, 0)


async def test_consumer_leaving_a_stream_early_is_recorded_as_cancelled(
    make_client: ClientFactory, fake: FakeOllama, recorder: ListRecorder
) -> None:
    fake.enqueue(FakeReply(pieces=["a ", "b ", "c"]))
    stream = make_client().chat_stream(HELLO, ctx=CTX)
    async for _ in stream:
        break
    await stream.aclose()  # type: ignore[attr-defined]
    [rec] = recorder.records
    assert (rec.status, rec.output_text) == ("cancelled", "a ")
