"""The public surface of the LLM boundary is a tested contract."""

from __future__ import annotations

import pytest

import analyzer.llm
from analyzer.llm import memory_sink, ollama_client, recorder, scripted


def test_package_exports_the_protocol() -> None:
    assert analyzer.llm.__all__ == [
        "CallContext",
        "ChatMessage",
        "LLMClient",
        "LLMResponse",
        "Timings",
    ]


def test_implementations_are_where_callers_look() -> None:
    assert ollama_client.OllamaLLM.__name__ == "OllamaLLM"
    assert scripted.ScriptedLLM.__name__ == "ScriptedLLM"
    assert recorder.Recorder.__name__ == "Recorder"
    assert memory_sink.InMemorySink.__name__ == "InMemorySink"


def test_clients_satisfy_the_protocol() -> None:
    llm = ollama_client.OllamaLLM(host="http://127.0.0.1:9", model="m")
    assert isinstance(llm, analyzer.llm.LLMClient)
    assert isinstance(scripted.ScriptedLLM(), analyzer.llm.LLMClient)


def test_ollama_client_refuses_an_empty_host() -> None:
    with pytest.raises(ValueError):
        ollama_client.OllamaLLM(host="", model="m")
