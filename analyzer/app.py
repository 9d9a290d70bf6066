"""Composition root: builds the database, services and the FastAPI app from Settings."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

import httpx
from fastapi import FastAPI

from agents.contracts import Orchestrator
from agents.orchestrator import AgentOrchestrator
from analyzer.api import (
    admin,
    admin_ledger,
    auth,
    conversations,
    formats,
    health,
    logs,
    openapi,
    problems,
    runs,
    web,
    websocket,
)
from analyzer.api.middleware import RequestContext
from analyzer.chat.accounts import ensure_first_admin, login_url
from analyzer.chat.bus import InMemoryEventBus
from analyzer.chat.context import ContextBuilder
from analyzer.chat.logs import LogService
from analyzer.chat.pipeline import Pipeline
from analyzer.chat.responder import ChatResponder
from analyzer.chat.router import IntentRouter
from analyzer.chat.runs import RunManager
from analyzer.chat.services import Services
from analyzer.chat.sessions import SessionManager
from analyzer.config import Settings
from analyzer.db import migrate
from analyzer.db.engine import Database, is_unavailable
from analyzer.db.ledger import LedgerDbSink
from analyzer.db.ledger_retention import purge_older_than
from analyzer.llm.ollama_client import OllamaLLM
from analyzer.llm.pricing import PriceTable
from analyzer.llm.recorder import Recorder
from analyzer.telemetry import Metrics

log = logging.getLogger(__name__)
LLM_PROBE_TTL = 10.0
RETENTION_INTERVAL_S = 86_400.0


def build_services(
    settings: Settings, metrics: Metrics, orchestrator: Orchestrator | None = None
) -> Services:
    """Wire every service from the settings (no I/O happens here)."""
    db = Database(settings.database_url, pool_size=settings.DATABASE_POOL_SIZE)
    bus = InMemoryEventBus()
    recorder = Recorder(
        LedgerDbSink(db),
        spill_dir=settings.DATA_DIR / "ledger-spill",
        content_mode=settings.LLM_LOG_CONTENT.value,
        prices=PriceTable.from_toml(),
        mirror_jsonl=settings.LLM_LOG_JSONL,
    )
    llm = _llm(settings, recorder)
    logs = LogService(
        db, settings.DATA_DIR, timezone=settings.LOG_TIMEZONE, max_bytes=settings.MAX_LOG_BYTES
    )
    sessions = SessionManager(
        db, timeout=timedelta(minutes=settings.SESSION_TIMEOUT_MINUTES), metrics=metrics
    )
    pipeline = Pipeline(
        db,
        sessions=sessions,
        router=IntentRouter(),
        context=ContextBuilder(
            max_messages=settings.MAX_CONTEXT_MESSAGES, token_budget=settings.CONTEXT_TOKEN_BUDGET
        ),
        responder=ChatResponder(),
        orchestrator=orchestrator
        or AgentOrchestrator(lambda log_id: logs.paths(log_id).store, llm=llm),
    )
    return Services(
        settings=settings,
        db=db,
        bus=bus,
        sessions=sessions,
        runs=RunManager(db, bus, pipeline, metrics),
        metrics=metrics,
        logs=logs,
        recorder=recorder,
        llm=llm,
        llm_reachable=_llm_probe(settings),
    )


def _llm(settings: Settings, recorder: Recorder) -> OllamaLLM | None:
    """The Ollama client, when a server is configured (every attempt goes to the ledger)."""
    if not settings.llm_enabled:
        return None
    return OllamaLLM(
        host=settings.OLLAMA_HOST,
        model=settings.OLLAMA_MODEL,
        num_ctx=settings.LLM_NUM_CTX,
        connect_timeout_s=settings.LLM_CONNECT_TIMEOUT,
        read_timeout_s=settings.LLM_READ_TIMEOUT,
        max_retries=settings.LLM_MAX_RETRIES,
        recorder=recorder,
    )


def _llm_probe(settings: Settings) -> LlmProbe:
    return LlmProbe(settings.OLLAMA_HOST, timeout=settings.LLM_CONNECT_TIMEOUT)


class LlmProbe:
    """Is the Ollama server answering? Cached briefly so health checks stay cheap."""

    def __init__(self, host: str, *, timeout: float) -> None:
        self._host = host
        self._timeout = timeout
        self._checked = 0.0
        self._ok = False

    async def __call__(self) -> bool:
        """Whether /api/version answered recently."""
        if not self._host:
            return False
        if time.monotonic() - self._checked < LLM_PROBE_TTL:
            return self._ok
        try:
            async with httpx.AsyncClient(timeout=self._timeout) as client:
                self._ok = (await client.get(f"{self._host}/api/version")).status_code == 200
        except httpx.HTTPError:
            self._ok = False
        self._checked = time.monotonic()
        return self._ok


def create_app(settings: Settings, *, orchestrator: Orchestrator | None = None) -> FastAPI:
    """The FastAPI app; start-up migrates (if enabled), creates the first admin, recovers runs."""
    metrics = Metrics()
    services = build_services(settings, metrics, orchestrator)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        settings.DATA_DIR.mkdir(parents=True, exist_ok=True)
        await services.recorder.start()
        # the retention purge starts once the schema exists (a first purge racing the first
        # migration on SQLite locked the database and failed until the next day)
        tasks: list[asyncio.Task[None]] = []
        app.state.started = False
        try:
            await _start_database(settings, services)
            app.state.started = True
            tasks.append(asyncio.create_task(_retention(services), name="llm-ledger-retention"))
        except Exception as exc:
            if not is_unavailable(exc):
                raise
            # serve anyway: health answers 503 and requests get SERVICE_UNAVAILABLE until the
            # database answers; the start-up steps are retried in the background meanwhile
            log.warning("database unavailable at start-up (%s); retrying", type(exc).__name__)
            tasks.append(
                asyncio.create_task(_retry_start(app, settings, services), name="db-start")
            )
        yield
        for task in tasks:
            task.cancel()
        await services.runs.shutdown()
        await services.logs.shutdown()
        await services.recorder.stop(deadline_s=5.0)
        if services.llm is not None:
            await services.llm.aclose()
        services.db.dispose()

    app = FastAPI(
        title="Log Analyzer", version="0.1.0", lifespan=lifespan, docs_url=None, redoc_url=None
    )
    app.state.services = services
    app.state.metrics = metrics
    problems.install(app)
    openapi.install(app)
    for module in (auth, health, conversations, logs, formats, runs, admin, admin_ledger, web):
        app.include_router(module.router)
    if settings.ENABLE_WEBSOCKET:
        app.include_router(websocket.router)
    app.add_middleware(RequestContext, metrics=metrics)
    return app


async def _start_database(settings: Settings, services: Services) -> None:
    """Migrate, create the first admin, resume ingestion, mark unfinished runs interrupted."""
    if settings.AUTO_MIGRATE:
        await asyncio.to_thread(migrate.upgrade, settings.database_url)
    created = await services.db.run(ensure_first_admin)
    if created is not None:
        announce_login(settings, created.token)
    resumed = await services.logs.recover()
    if resumed:
        log.warning("resumed %d unfinished ingestion(s)", resumed)
    interrupted = await services.runs.recover()
    if interrupted:
        log.warning("marked %d unfinished run(s) interrupted", interrupted)


async def _retry_start(app: FastAPI, settings: Settings, services: Services) -> None:
    """Retry the start-up steps with backoff (1 s doubling to 30 s) until the database answers,
    then run the retention purge."""
    delay = 1.0
    while True:
        await asyncio.sleep(delay)
        try:
            await _start_database(settings, services)
        except Exception as exc:
            log.warning("database still unavailable (%s: %s)", type(exc).__name__, exc)
            delay = min(delay * 2, 30.0)
            continue
        app.state.started = True
        log.warning("database reachable again: start-up completed")
        await _retention(services)  # runs until the app stops (this task is cancelled)


async def _retention(services: Services) -> None:
    """Purge LLM call records older than LOG_RETENTION_DAYS now, then once a day."""
    while True:
        try:
            purged = await purge_older_than(services.db, days=services.settings.LOG_RETENTION_DAYS)
            if purged:
                log.info("purged %d LLM call record(s) past retention", purged)
        except Exception:  # the database may be away; try again tomorrow
            log.warning("retention purge failed", exc_info=True)
        await asyncio.sleep(RETENTION_INTERVAL_S)


def announce_login(settings: Settings, token: str) -> None:
    """Print the first admin's one-time login link (the Jupyter convention)."""
    url = login_url(settings.public_url, token)
    print(
        "\n  First start: an admin user was created.\n"
        f"  Open this one-time link to sign in (valid 24 hours):\n\n      {url}\n\n"
        "  Later: `python -m analyzer users link admin` prints a new one.\n",
        flush=True,
    )
