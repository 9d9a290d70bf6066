"""The service's own observability: JSON logs carrying request and run ids; metrics."""

from __future__ import annotations

import json
import logging
import sys
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

request_id_var: ContextVar[str | None] = ContextVar("request_id", default=None)
user_id_var: ContextVar[str | None] = ContextVar("user_id", default=None)
conversation_id_var: ContextVar[str | None] = ContextVar("conversation_id", default=None)
run_id_var: ContextVar[str | None] = ContextVar("run_id", default=None)

_CONTEXT_VARS = {
    "request_id": request_id_var,
    "user_id": user_id_var,
    "conversation_id": conversation_id_var,
    "run_id": run_id_var,
}


class JsonFormatter(logging.Formatter):
    """One JSON object per line, with the ids of whatever request or run is current."""

    def format(self, record: logging.LogRecord) -> str:
        """Render a record as a JSON line."""
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for name, var in _CONTEXT_VARS.items():
            value = var.get()
            if value is not None:
                entry[name] = value
        extra = getattr(record, "fields", None)
        if isinstance(extra, dict):
            entry.update(extra)
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


def configure_logging(level: str) -> None:
    """Route every logger to one JSON handler on stderr."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True


class Metrics:
    """The service's Prometheus metrics, in a registry of their own (one per app)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.errors = Counter(
            "analyzer_errors_total", "Errors answered, by code", ["code"], registry=self.registry
        )
        self.session_lookups = Counter(
            "analyzer_session_lookups_total",
            "Chat session cache lookups, by outcome (hit or miss)",
            ["outcome"],
            registry=self.registry,
        )
        self.session_hit_rate = Gauge(
            "analyzer_session_cache_hit_ratio",
            "Share of session lookups served from cache",
            registry=self.registry,
        )
        self.active_conversations = Gauge(
            "analyzer_active_conversations",
            "Conversations with an unexpired session",
            registry=self.registry,
        )
        self.runs = Gauge("analyzer_runs", "Runs by status", ["status"], registry=self.registry)
        self.analysis_seconds = Histogram(
            "analyzer_analysis_duration_seconds",
            "Wall time of runs from start to terminal event, by intent",
            ["intent"],
            buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120),
            registry=self.registry,
        )
        self.http_requests = Counter(
            "analyzer_http_requests_total",
            "HTTP requests, by method and status",
            ["method", "status"],
            registry=self.registry,
        )

        self.ledger = Gauge(
            "analyzer_llm_ledger",
            "LLM call recorder: queue_depth, written, dropped, spilled, "
            "replayed, writer_lag_seconds",
            ["measure"],
            registry=self.registry,
        )

    def session_lookup(self, hit: bool) -> None:
        """Count a session cache lookup and refresh the hit ratio."""
        self.session_lookups.labels("hit" if hit else "miss").inc()
        hits = self.session_lookups.labels("hit")._value.get()
        misses = self.session_lookups.labels("miss")._value.get()
        self.session_hit_rate.set(hits / (hits + misses))
