"""The services a request may use, built once by the composition root."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from analyzer.chat.bus import EventBus
from analyzer.chat.logs import LogService
from analyzer.chat.runs import RunManager
from analyzer.chat.sessions import SessionManager
from analyzer.config import Settings
from analyzer.db.engine import Database
from analyzer.llm.ollama_client import OllamaLLM
from analyzer.llm.recorder import Recorder
from analyzer.telemetry import Metrics


@dataclass
class Services:
    """Everything routes call into; one instance per app."""

    settings: Settings
    db: Database
    bus: EventBus
    sessions: SessionManager
    runs: RunManager
    metrics: Metrics
    logs: LogService
    recorder: Recorder
    llm: OllamaLLM | None
    llm_reachable: Callable[[], Awaitable[bool]]
