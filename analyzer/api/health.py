"""Routes: health (database, log store, LLM reachability) and Prometheus metrics."""

from __future__ import annotations

import dataclasses
import logging
import time
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from analyzer.api.deps import ServicesDep
from analyzer.db import chat_sessions, runs
from analyzer.db.engine import ping

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api", tags=["health"])


@router.get("/health")
async def health(services: ServicesDep, request: Request) -> JSONResponse:
    """200 when the database answers and start-up (migrations, recovery) is done, else 503;
    LLM reachability is reported, not required."""
    started = time.perf_counter()
    database: dict[str, Any] = {"ok": True}
    try:
        await services.db.run(lambda s: ping(services.db.engine))
        database["latency_ms"] = round((time.perf_counter() - started) * 1000, 1)
    except Exception as exc:  # any failure to answer is "down"; the reason is not leaked
        database = {"ok": False, "error": type(exc).__name__}
    data_dir = services.settings.DATA_DIR
    store = {"ok": data_dir.is_dir(), "path": str(data_dir)}
    llm = {
        "configured": services.settings.llm_enabled,
        "reachable": await services.llm_reachable() if services.settings.llm_enabled else False,
        "model": services.settings.OLLAMA_MODEL,
    }
    started = bool(getattr(request.app.state, "started", True))
    ok = database["ok"] and store["ok"] and started
    body = {
        "status": "ok" if ok else ("starting" if database["ok"] and store["ok"] else "unavailable"),
        "started": started,
        "database": database,
        "log_store": store,
        "llm": llm,
    }
    return JSONResponse(body, status_code=200 if ok else 503)


@router.get("/metrics", response_class=PlainTextResponse)
async def metrics(services: ServicesDep) -> Response:
    """Prometheus text format; gauges read from the database at scrape time."""

    def gauges(s: Any) -> tuple[int, dict[str, int]]:
        return chat_sessions.count_active_conversations(s), runs.count_by_status(s)

    try:
        active, by_status = await services.db.run(gauges)
        services.metrics.active_conversations.set(active)
        for status in ("queued", "in_progress", "completed", "failed", "cancelled", "interrupted"):
            services.metrics.runs.labels(status).set(by_status.get(status, 0))
    except Exception as exc:  # metrics must answer even when the database does not
        log.warning("metrics: database gauges unavailable: %s", type(exc).__name__, exc_info=exc)
    for measure, value in dataclasses.asdict(services.recorder.stats()).items():
        services.metrics.ledger.labels(measure).set(value)
    return Response(generate_latest(services.metrics.registry), media_type=CONTENT_TYPE_LATEST)
