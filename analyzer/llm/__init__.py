"""The language-model boundary: LLMClient protocol, Ollama and scripted clients, call ledger."""

from analyzer.llm.protocol import CallContext, ChatMessage, LLMClient, LLMResponse, Timings

__all__ = ["CallContext", "ChatMessage", "LLMClient", "LLMResponse", "Timings"]
