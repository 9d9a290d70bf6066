"""The OpenAPI document as the API really answers: every error is one problem+json object, the
upload is a multipart body, event streams are `text/event-stream`, metrics are plain text."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.responses import Response

from analyzer.errors import PROBLEM_CONTENT_TYPE, ErrorCode

PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}
PROBLEM_SCHEMA: dict[str, Any] = {
    "title": "Problem",
    "description": "Every error (RFC 9457): its stable `code` is what a client switches on.",
    "type": "object",
    "required": ["type", "title", "status", "detail", "code", "retryable", "request_id"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "code": {"type": "string", "enum": [code.value for code in ErrorCode]},
        "retryable": {"type": "boolean"},
        "request_id": {"type": ["string", "null"]},
        "errors": {
            "description": "VALIDATION_FAILED: each bad field",
            "type": "array",
            "items": {"type": "object"},
        },
        "active_run_id": {"description": "RUN_ALREADY_ACTIVE: the run", "type": "string"},
    },
}
PROBLEM_CONTENT = {PROBLEM_CONTENT_TYPE: {"schema": PROBLEM_REF}}

# `POST /api/logs`: the route reads its multipart body itself, streaming it to disk
UPLOAD_BODY: dict[str, Any] = {
    "required": True,
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "required": ["file"],
                "properties": {
                    "file": {"type": "string", "format": "binary"},
                    "format": {"type": "string", "description": "a format name to force"},
                    "timezone": {"type": "string", "description": "an IANA zone name"},
                },
            }
        }
    },
}
LOG_VIEW = {"application/json": {"schema": {"type": "object"}}}
UPLOAD_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"description": "an identical earlier upload", "content": LOG_VIEW},
    201: {"description": "ingested: the log and its profile", "content": LOG_VIEW},
    202: {"description": "accepted (`wait=false`): follow its events", "content": LOG_VIEW},
}
EVENT_STREAM: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "server-sent events",
        "content": {"text/event-stream": {}},  # frames of `event:`, `id:` and JSON `data:`
    }
}


class EventStreamResponse(Response):
    """What an event-stream route's `response_class` names, for its documented media type
    (the route returns sse-starlette's `EventSourceResponse`)."""

    media_type = "text/event-stream"


def install(app: FastAPI) -> None:
    """Make the app's OpenAPI document describe its errors as problems (`_with_problems`)."""

    def document() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, routes=app.routes)
            app.openapi_schema = _with_problems(schema)
        return app.openapi_schema

    app.openapi = document  # type: ignore[method-assign]


def _with_problems(schema: dict[str, Any]) -> dict[str, Any]:
    """Each /api operation's 422 and any other error (`default`) as a problem object, in place
    of FastAPI's own validation error body."""
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components["Problem"] = PROBLEM_SCHEMA
    for name in ("HTTPValidationError", "ValidationError"):
        components.pop(name, None)
    for path, operations in schema.get("paths", {}).items():
        if not path.startswith("/api/"):
            continue
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            if "422" in responses:
                responses["422"] = {"description": "invalid input", "content": PROBLEM_CONTENT}
            responses["default"] = {"description": "an error", "content": PROBLEM_CONTENT}
    return schema
