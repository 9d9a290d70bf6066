"""Pure ASGI middleware (streaming-safe): request ids, access logs, security headers."""

from __future__ import annotations

import logging
import re
import time
import uuid

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from analyzer.api.problems import unexpected_error
from analyzer.telemetry import Metrics, request_id_var

log = logging.getLogger("analyzer.access")
REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
    "form-action 'self'"
)


class RequestContext:
    """Give every request an id (X-Request-ID), log it, count it and add security headers."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Wrap one HTTP request."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1")
        request_id = given if REQUEST_ID.match(given) else uuid.uuid4().hex
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        status, responded = 500, False

        async def send_with_headers(message: Message) -> None:
            nonlocal status, responded
            if message["type"] == "http.response.start":
                status, responded = message["status"], True
                headers = MutableHeaders(scope=message)
                headers["X-Request-ID"] = request_id
                headers.setdefault("Content-Security-Policy", CSP)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "no-referrer")
                headers.setdefault("X-Frame-Options", "DENY")
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception as exc:
            # a bug's exception, answered here, inside the request's context: with its
            # request id and headers (Starlette's last-resort handler runs outside it)
            if responded:
                raise
            response = await unexpected_error(Request(scope), exc)
            await response(scope, receive, send_with_headers)
        finally:
            elapsed = (time.perf_counter() - started) * 1000
            self.metrics.http_requests.labels(scope["method"], str(status)).inc()
            log.info(
                "%s %s %s",
                scope["method"],
                scope["path"],
                status,
                extra={"fields": {"status": status, "duration_ms": round(elapsed, 1)}},
            )
            request_id_var.reset(token)
