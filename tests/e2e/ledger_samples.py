"""Sample LLM calls for the admin page's browser test, stored through the ledger's writer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

MODELS = ("llama3.1:8b", "qwen2.5:7b")
AGENTS = ("parameter", "report")


def sample_calls(*, conversation_id: str | None = None, run_id: str | None = None,
                 tied: int = 3) -> list[dict[str, Any]]:  # fmt: skip
    """36 calls over the last week, two models, every ninth one a timeout; the first `tied`
    belong to a real conversation and run when those are given."""
    now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    calls = []
    for i in range(36):
        failed = i % 9 == 4
        real = conversation_id is not None and i < tied
        calls.append(
            {
                "id": f"call{i:03d}",
                "provider": "ollama",
                "model_requested": MODELS[i % 2],
                "model": MODELS[i % 2],
                "agent": AGENTS[i % 2],
                "user_id": "u1",
                "conversation_id": conversation_id if real else f"conv{i % 4}",
                "message_id": None if real else f"m{i}",
                "run_id": run_id if real else f"r{i}",
                "input_tokens": 300 + 10 * i,
                "output_tokens": None if failed else 80 + i,
                "started_at": now - timedelta(hours=5 * i),
                "content_mode": "full",
                "latency_ms": 400.0 + 35 * i,
                "ttft_ms": 120.0 + 5 * i,
                "status": "timeout" if failed else "success",
                "error_type": "LLM_TIMEOUT" if failed else None,
                "retry": 0,
                "cost_usd": 0.0,
                "input_messages": [{"role": "user", "content": f"question {i} <b>not bold</b>"}],
                "output_text": None if failed else f"answer {i}",
            }
        )
    return calls
