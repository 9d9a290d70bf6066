"""One error shape for every route: problem+json with a stable code; nothing internal leaks."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError, DisconnectionError
from sqlalchemy.exc import TimeoutError as SQLAlchemyTimeoutError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from analyzer.db.engine import is_unavailable
from analyzer.errors import PROBLEM_CONTENT_TYPE, AppError, ErrorCode, problem
from analyzer.telemetry import request_id_var

log = logging.getLogger(__name__)

HTTP_CODES = {
    # FastAPI's "There was an error parsing the body" (bytes that are no UTF-8, JSON nested
    # past the recursion limit): the request is invalid, as malformed JSON already is
    400: ErrorCode.VALIDATION_FAILED,
    401: ErrorCode.UNAUTHENTICATED,
    403: ErrorCode.FORBIDDEN,
    404: ErrorCode.NOT_FOUND,
    405: ErrorCode.METHOD_NOT_ALLOWED,
    413: ErrorCode.PAYLOAD_TOO_LARGE,
    415: ErrorCode.UNSUPPORTED_LOG_FORMAT,
    429: ErrorCode.RATE_LIMITED,
}


def problem_response(body: dict[str, Any], request: Request) -> JSONResponse:
    """Render a problem object, counting it by code."""
    metrics = getattr(request.app.state, "metrics", None)
    if metrics is not None:
        metrics.errors.labels(body["code"]).inc()
    headers = {"WWW-Authenticate": "Bearer"} if body["status"] == 401 else None
    return JSONResponse(
        body, status_code=body["status"], media_type=PROBLEM_CONTENT_TYPE, headers=headers
    )


async def app_error(request: Request, exc: Exception) -> JSONResponse:
    """AppError: its own code and detail."""
    assert isinstance(exc, AppError)
    return problem_response(exc.problem(request_id_var.get()), request)


async def validation_error(request: Request, exc: Exception) -> JSONResponse:
    """Bad input: 422 VALIDATION_FAILED listing each bad field (never echoing the input)."""
    assert isinstance(exc, RequestValidationError)
    errors = [
        {
            "loc": [str(p) for p in err.get("loc", ())],
            "msg": err.get("msg"),
            "type": err.get("type"),
        }
        for err in exc.errors()
    ]
    detail = "; ".join(f"{'.'.join(e['loc'])}: {e['msg']}" for e in errors) or "invalid request"
    body = problem(
        ErrorCode.VALIDATION_FAILED,
        detail,
        request_id=request_id_var.get(),
        extra={"errors": errors},
    )
    return problem_response(body, request)


async def http_error(request: Request, exc: Exception) -> JSONResponse:
    """Framework errors (unknown route, wrong method) in the same shape."""
    assert isinstance(exc, StarletteHTTPException)
    fallback = ErrorCode.VALIDATION_FAILED if exc.status_code < 500 else ErrorCode.GENERIC_ERROR
    code = HTTP_CODES.get(exc.status_code, fallback)
    detail = exc.detail if isinstance(exc.detail, str) and exc.status_code < 500 else None
    # a 400 is the body FastAPI could not read: listed as malformed JSON is (`validation_error`)
    unread = [{"loc": ["body"], "msg": detail, "type": "json_invalid"}]
    extra = {"errors": unread} if exc.status_code == 400 else None
    body = problem(code, detail, request_id=request_id_var.get(), extra=extra)
    response = problem_response(body, request)
    response.headers.update(exc.headers or {})
    if exc.status_code == 405:
        response.headers["Allow"] = ", ".join(allowed_methods(request))
    return response


def allowed_methods(request: Request) -> list[str]:
    """Every method some route serves at this path (RFC 9110: Allow lists them all)."""
    allowed = []
    for method in ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"):
        scope = {**request.scope, "method": method}
        if any(route.matches(scope)[0] == Match.FULL for route in request.app.router.routes):
            allowed.append(method)
    return allowed


async def unexpected_error(request: Request, exc: Exception) -> JSONResponse:
    """Anything else: 503 if the database is unreachable, else 500 with no internals."""
    if is_unavailable(exc):
        log.warning("database unavailable: %s", type(exc).__name__)
        body = problem(
            ErrorCode.SERVICE_UNAVAILABLE,
            "the database is unavailable; try again shortly",
            request_id=request_id_var.get(),
        )
        return problem_response(body, request)
    log.error("unhandled error", exc_info=exc)
    body = problem(ErrorCode.GENERIC_ERROR, "internal error", request_id=request_id_var.get())
    return problem_response(body, request)


def install(app: FastAPI) -> None:
    """Register the handlers on an app."""
    app.add_exception_handler(AppError, app_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    for kind in (DBAPIError, DisconnectionError, SQLAlchemyTimeoutError):
        app.add_exception_handler(kind, unexpected_error)  # inside the request context
    app.add_exception_handler(Exception, unexpected_error)
