"""Fixtures for the LLM boundary: a fake Ollama server over loopback and a list recorder."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest

from analyzer.llm.ollama_client import OllamaLLM
from analyzer.llm.protocol import CallContext, ChatMessage
from analyzer.llm.record import CallRecord
from tests.fakes.fake_ollama import FakeOllama, FakeOllamaServer, serve

MODEL = "llama3.2:3b"
CTX = CallContext(
    agent="report",
    purpose="answer",
    user_id="u1",
    conversation_id="c1",
    message_id="m1",
    run_id="r1",
    step="s1",
)
HELLO = [ChatMessage("system", "You answer briefly."), ChatMessage("user", "hello")]


class ListRecorder:
    """Keeps every record handed to it, in order."""

    def __init__(self) -> None:
        self.records: list[CallRecord] = []

    def record(self, rec: CallRecord) -> None:
        """Keep the record."""
        self.records.append(rec)


@pytest.fixture
def anyio_backend() -> str:
    """Async tests run on asyncio."""
    return "asyncio"


@pytest.fixture(scope="session")
def ollama_server() -> Iterator[FakeOllamaServer]:
    """One fake Ollama server for the session."""
    yield from serve()


@pytest.fixture
def fake(ollama_server: FakeOllamaServer) -> Iterator[FakeOllama]:
    """The fake's script, cleared before and after each test."""
    ollama_server.fake.reset()
    yield ollama_server.fake
    ollama_server.fake.reset()


@pytest.fixture
def recorder() -> ListRecorder:
    """A recorder that keeps records in a list."""
    return ListRecorder()


ClientFactory = Callable[..., OllamaLLM]


@pytest.fixture
async def make_client(
    ollama_server: FakeOllamaServer, fake: FakeOllama, recorder: ListRecorder
) -> AsyncIterator[ClientFactory]:
    """Build Ollama clients against the fake; closed at the end of the test."""
    clients: list[OllamaLLM] = []

    def build(**overrides: Any) -> OllamaLLM:
        kwargs: dict[str, Any] = {
            "host": ollama_server.url,
            "model": MODEL,
            "num_ctx": 4096,
            "read_timeout_s": 5.0,
            "connect_timeout_s": 2.0,
            "recorder": recorder,
        }
        kwargs.update(overrides)
        client = OllamaLLM(**kwargs)
        clients.append(client)
        return client

    yield build
    for client in clients:
        await client.aclose()
