"""The fake server speaks Ollama's HTTP API: checked with raw HTTP and the `ollama` library."""

from __future__ import annotations

import json

import httpx
import ollama
import pytest

from tests.fakes.fake_ollama import FakeOllama, FakeOllamaServer, FakeReply

pytestmark = pytest.mark.anyio


async def test_stream_is_ndjson_ending_with_done_and_statistics(
    ollama_server: FakeOllamaServer, fake: FakeOllama
) -> None:
    fake.enqueue(FakeReply(text="a b", eval_count=2))
    body = {"model": "llama3.2:3b", "messages": [{"role": "user", "content": "hi"}]}
    async with httpx.AsyncClient(base_url=ollama_server.url) as http:
        response = await http.post("/api/chat", json=body)
    assert response.headers["content-type"].startswith("application/x-ndjson")
    lines = [json.loads(line) for line in response.text.splitlines()]
    assert [x["message"]["content"] for x in lines] == ["a ", "b", ""]
    assert [x["done"] for x in lines] == [False, False, True]
    final = lines[-1]
    assert final["done_reason"] == "stop" and final["eval_count"] == 2
    assert {
        "total_duration",
        "load_duration",
        "prompt_eval_count",
        "prompt_eval_duration",
        "eval_duration",
        "model",
        "created_at",
    } <= final.keys()


async def test_non_stream_reply_through_the_library(
    ollama_server: FakeOllamaServer, fake: FakeOllama
) -> None:
    fake.enqueue(FakeReply(text="whole answer", prompt_eval_count=3, eval_count=2))
    client = ollama.AsyncClient(host=ollama_server.url)
    reply = await client.chat(model="qwen2.5:7b", messages=[{"role": "user", "content": "x"}])
    await client.close()  # type: ignore[no-untyped-call]
    assert reply.message.content == "whole answer"
    assert (reply.done, reply.prompt_eval_count, reply.eval_count) == (True, 3, 2)
    assert reply.model == "qwen2.5:7b"


async def test_tags_and_version(ollama_server: FakeOllamaServer, fake: FakeOllama) -> None:
    client = ollama.AsyncClient(host=ollama_server.url)
    listed = await client.list()
    await client.close()  # type: ignore[no-untyped-call]
    assert [m.model for m in listed.models] == fake.models
    async with httpx.AsyncClient(base_url=ollama_server.url) as http:
        version = (await http.get("/api/version")).json()
    assert version == {"version": fake.version}


async def test_error_replies_have_ollamas_shape(
    ollama_server: FakeOllamaServer, fake: FakeOllama
) -> None:
    async with httpx.AsyncClient(base_url=ollama_server.url) as http:
        missing = await http.post("/api/chat", json={"model": "ghost", "messages": []})
        fake.enqueue(FakeReply(status=500, error="boom"))
        failed = await http.post("/api/chat", json={"model": "qwen2.5:7b", "messages": []})
    assert missing.status_code == 404 and "not found" in missing.json()["error"]
    assert failed.status_code == 500 and failed.json() == {"error": "boom"}
