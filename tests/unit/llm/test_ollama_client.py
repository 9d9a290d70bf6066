"""The Ollama client through the real `ollama` library against the fake server over HTTP."""

from __future__ import annotations

import pytest

from analyzer.errors import AppError, ErrorCode
from analyzer.llm.protocol import ChatMessage
from tests.fakes.fake_ollama import FakeOllama, FakeReply
from tests.unit.llm.conftest import CTX, HELLO, MODEL, ClientFactory, ListRecorder

pytestmark = pytest.mark.anyio


async def test_chat_returns_text_and_records_exact_counts(
    make_client: ClientFactory, fake: FakeOllama, recorder: ListRecorder
) -> None:
    fake.enqueue(FakeReply(text="Forty two errors.", prompt_eval_count=31, eval_count=5))
    response = await make_client().chat(HELLO, ctx=CTX)
    assert response.text == "Forty two errors."
    assert (response.input_tokens, response.output_tokens) == (31, 5)
    [rec] = recorder.records
    assert rec.id == response.call_id
    assert (rec.status, rec.retry, rec.input_tokens, rec.output_tokens) == ("success", 0, 31, 5)
    assert rec.output_text == "Forty two errors."
    assert rec.finish_reason == "stop"
    assert rec.tokens_estimated is False


async def test_record_carries_context_timings_and_server_durations(
    make_client: ClientFactory, fake: FakeOllama, recorder: ListRecorder
) -> None:
    fake.enqueue(FakeReply(eval_count=8, eval_duration=2_000_000_000, total_duration=5_000_000_000))
    await make_client().chat(HELLO, ctx=CTX)
    [rec] = recorder.records
    assert (rec.agent, rec.purpose, rec.user_id, rec.conversation_id) == (
        "report",
        "answer",
        "u1",
        "c1",
    )
    assert (rec.message_id, rec.run_id, rec.step) == ("m1", "r1", "s1")
    assert rec.provider == "ollama"
    assert rec.server_address is not None and rec.server_address.startswith("http://127.0.0.1:")
    assert rec.first_token_at is not None and rec.ended_at is not None
    assert rec.started_at <= rec.first_token_at <= rec.ended_at
    assert rec.started_at.tzinfo is not None
    assert rec.ttft_ms is not None and rec.latency_ms is not None
    assert 0 <= rec.ttft_ms <= rec.latency_ms
    assert (rec.server_total_ms, rec.server_eval_ms) == (5000.0, 2000.0)
    assert rec.server_load_ms == 1000.0 and rec.server_prompt_eval_ms == 500.0
    assert rec.tokens_per_second == 4.0
    assert rec.input_messages == [m.as_dict() for m in HELLO]


async def test_num_ctx_and_options_are_always_sent(
    make_client: ClientFactory, fake: FakeOllama, recorder: ListRecorder
) -> None:
    client = make_client(num_ctx=2048, options={"temperature": 0.1})
    await client.chat(HELLO, ctx=CTX, options={"seed": 7})
    [request] = fake.requests
    assert request["model"] == MODEL
    assert request["options"] == {"temperature": 0.1, "seed": 7, "num_ctx": 2048}
    assert request["messages"] == [m.as_dict() for m in HELLO]
    assert recorder.records[0].request_params["options"]["num_ctx"] == 2048


async def test_stream_yields_deltas_and_records_final_counts(
    make_client: ClientFactory, fake: FakeOllama, recorder: ListRecorder
) -> None:
    fake.enqueue(FakeReply(pieces=["The ", "spike ", "began ", "at 10:41."], eval_count=4))
    deltas = [d async for d in make_client().chat_stream(HELLO, ctx=CTX)]
    assert deltas == ["The ", "spike ", "began ", "at 10:41."]
    [rec] = recorder.records
    assert rec.output_text == "The spike began at 10:41."
    assert (rec.status, rec.input_tokens, rec.output_tokens) == ("success", 26, 4)


async def test_the_model_that_answered_is_recorded(
    make_client: ClientFactory, fake: FakeOllama, recorder: ListRecorder
) -> None:
    fake.enqueue(FakeReply(model="llama3.2:3b-instruct-q4_K_M"))
    response = await make_client().chat(HELLO, ctx=CTX)
    [rec] = recorder.records
    assert rec.model_requested == MODEL
    assert rec.model == response.model == "llama3.2:3b-instruct-q4_K_M"
    assert response.model_assumed is False


async def test_missing_model_falls_back_to_requested_and_is_flagged(
    make_client: ClientFactory, fake: FakeOllama, recorder: ListRecorder
) -> None:
    fake.enqueue(FakeReply(model=""))
    response = await make_client().chat(HELLO, ctx=CTX)
    [rec] = recorder.records
    assert rec.to_row()["model"] == MODEL == response.model
    assert rec.model_assumed and response.model_assumed


async def test_missing_counts_stay_null_and_are_not_estimated(
    make_client: ClientFactory, fake: FakeOllama, recorder: ListRecorder
) -> None:
    fake.enqueue(FakeReply(prompt_eval_count=None, eval_count=None))
    await make_client().chat(HELLO, ctx=CTX)
    row = recorder.records[0].to_row()
    assert (row["input_tokens"], row["output_tokens"], row["tokens_estimated"]) == (
        None,
        None,
        False,
    )


@pytest.mark.parametrize("status", [500, 400])
async def test_error_before_stream_is_recorded_and_not_retried(
    make_client: ClientFactory, fake: FakeOllama, recorder: ListRecorder, status: int
) -> None:
    fake.enqueue(FakeReply(status=status, error="out of memory"))
    with pytest.raises(AppError) as caught:
        await make_client().chat(HELLO, ctx=CTX)
    assert caught.value.code == ErrorCode.LLM_UNAVAILABLE
    assert caught.value.extra["upstream_status"] == status
    [rec] = recorder.records
    assert (rec.status, rec.error_type, rec.output_text) == ("error", "ResponseError", None)
    assert rec.error_message is not None and "out of memory" in rec.error_message
    assert len(fake.requests) == 1


async def test_unknown_model_is_a_404_from_the_server(
    make_client: ClientFactory, fake: FakeOllama, recorder: ListRecorder
) -> None:
    with pytest.raises(AppError) as caught:
        await make_client(model="nope:1b").chat(HELLO, ctx=CTX)
    assert caught.value.code == ErrorCode.LLM_UNAVAILABLE
    assert caught.value.extra["upstream_status"] == 404
    [rec] = recorder.records
    assert rec.status == "error" and rec.model == "nope:1b" and not rec.model_assumed
    assert rec.error_message is not None and "not found" in rec.error_message


async def test_error_mid_stream_keeps_the_partial_output(
    make_client: ClientFactory, fake: FakeOllama, recorder: ListRecorder
) -> None:
    fake.enqueue(FakeReply(pieces=["one ", "two ", "three"], error_after=2, error="GPU lost"))
    got: list[str] = []
    with pytest.raises(AppError) as caught:
        async for delta in make_client().chat_stream(HELLO, ctx=CTX):
            got.append(delta)
    assert caught.value.code == ErrorCode.LLM_UNAVAILABLE
    assert got == ["one ", "two "]
    [rec] = recorder.records
    assert (rec.status, rec.output_text, rec.error_type) == ("error", "one two ", "ResponseError")
    assert rec.input_tokens is None and rec.first_token_at is not None


async def test_stream_without_final_chunk_is_an_error(
    make_client: ClientFactory, fake: FakeOllama, recorder: ListRecorder
) -> None:
    fake.enqueue(FakeReply(text="cut short", drop_final=True))
    with pytest.raises(AppError):
        await make_client().chat(HELLO, ctx=CTX)
    [rec] = recorder.records
    assert (rec.status, rec.output_text) == ("error", "cut short")


async def test_timeouts_are_retried_twice_then_fail(
    make_client: ClientFactory, fake: FakeOllama, recorder: ListRecorder
) -> None:
    fake.enqueue(*[FakeReply(delay_s=30) for _ in range(3)])
    with pytest.raises(AppError) as caught:
        await make_client(read_timeout_s=0.5).chat(HELLO, ctx=CTX)
    assert caught.value.code == ErrorCode.LLM_TIMEOUT
    assert [r.retry for r in recorder.records] == [0, 1, 2]
    assert {r.status for r in recorder.records} == {"timeout"}
    assert {r.error_type for r in recorder.records} == {"ReadTimeout"}
    assert len({r.id for r in recorder.records}) == 3


async def test_a_retry_that_answers_succeeds(
    make_client: ClientFactory, fake: FakeOllama, recorder: ListRecorder
) -> None:
    fake.enqueue(FakeReply(delay_s=30), FakeReply(text="late but fine"))
    response = await make_client(read_timeout_s=0.5).chat(HELLO, ctx=CTX)
    assert response.text == "late but fine"
    assert [(r.retry, r.status) for r in recorder.records] == [(0, "timeout"), (1, "success")]


async def test_stream_is_not_retried_after_text_was_yielded(
    make_client: ClientFactory, fake: FakeOllama, recorder: ListRecorder
) -> None:
    fake.enqueue(FakeReply(pieces=["a ", "b"], chunk_delay_s=30))
    got: list[str] = []
    with pytest.raises(AppError) as caught:
        async for delta in make_client(read_timeout_s=0.5).chat_stream(HELLO, ctx=CTX):
            got.append(delta)
    assert caught.value.code == ErrorCode.LLM_TIMEOUT
    assert got == ["a "]
    assert [(r.retry, r.status, r.output_text) for r in recorder.records] == [(0, "timeout", "a ")]


async def test_connection_refused_is_unavailable(
    make_client: ClientFactory, recorder: ListRecorder
) -> None:
    from tests.fakes.fake_ollama import free_port

    client = make_client(host=f"http://127.0.0.1:{free_port()}")
    with pytest.raises(AppError) as caught:
        await client.chat(HELLO, ctx=CTX)
    assert caught.value.code == ErrorCode.LLM_UNAVAILABLE
    [rec] = recorder.records
    assert (rec.status, rec.retry, rec.output_text) == ("error", 0, None)
    assert rec.error_type in {"ConnectError", "ConnectionError"}
    assert await client.reachable() is False


async def test_reachable_lists_models(make_client: ClientFactory) -> None:
    assert await make_client().reachable() is True


async def test_long_conversation_messages_reach_the_server(
    make_client: ClientFactory, fake: FakeOllama
) -> None:
    messages = [
        ChatMessage("user", "q1"),
        ChatMessage("assistant", "a1"),
        ChatMessage("user", "q2"),
    ]
    await make_client().chat(messages, ctx=CTX)
    assert [m["content"] for m in fake.requests[0]["messages"]] == ["q1", "a1", "q2"]
