"""The one error vocabulary: stable codes, their HTTP status, and the problem+json shape."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

PROBLEM_CONTENT_TYPE = "application/problem+json"


class ErrorCode(StrEnum):
    """Stable UPPER_SNAKE error codes; clients may switch on them."""

    VALIDATION_FAILED = "VALIDATION_FAILED"
    UNAUTHENTICATED = "UNAUTHENTICATED"
    FORBIDDEN = "FORBIDDEN"
    NOT_FOUND = "NOT_FOUND"
    CONVERSATION_NOT_FOUND = "CONVERSATION_NOT_FOUND"
    MESSAGE_NOT_FOUND = "MESSAGE_NOT_FOUND"
    RUN_NOT_FOUND = "RUN_NOT_FOUND"
    LOG_NOT_FOUND = "LOG_NOT_FOUND"
    USER_NOT_FOUND = "USER_NOT_FOUND"
    METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED"
    PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE"
    UNSUPPORTED_LOG_FORMAT = "UNSUPPORTED_LOG_FORMAT"
    EMPTY_LOG = "EMPTY_LOG"
    LOG_NOT_READY = "LOG_NOT_READY"
    RUN_ALREADY_ACTIVE = "RUN_ALREADY_ACTIVE"
    RUN_NOT_RETRYABLE = "RUN_NOT_RETRYABLE"
    INVALID_EVENT_ID = "INVALID_EVENT_ID"
    RATE_LIMITED = "RATE_LIMITED"
    SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE"
    LLM_UNAVAILABLE = "LLM_UNAVAILABLE"
    LLM_TIMEOUT = "LLM_TIMEOUT"
    LLM_OUTPUT_INVALID = "LLM_OUTPUT_INVALID"
    RUN_INTERRUPTED = "RUN_INTERRUPTED"
    RUN_CANCELLED = "RUN_CANCELLED"
    GENERIC_ERROR = "GENERIC_ERROR"


@dataclass(frozen=True)
class CodeInfo:
    """What a code means to a client: its status, title and whether retrying may help."""

    status: int
    title: str
    retryable: bool = False


REGISTRY: dict[ErrorCode, CodeInfo] = {
    ErrorCode.VALIDATION_FAILED: CodeInfo(422, "The request is not valid"),
    ErrorCode.UNAUTHENTICATED: CodeInfo(401, "Authentication required"),
    ErrorCode.FORBIDDEN: CodeInfo(403, "Not allowed"),
    ErrorCode.NOT_FOUND: CodeInfo(404, "Not found"),
    ErrorCode.CONVERSATION_NOT_FOUND: CodeInfo(404, "Conversation not found"),
    ErrorCode.MESSAGE_NOT_FOUND: CodeInfo(404, "Message not found"),
    ErrorCode.RUN_NOT_FOUND: CodeInfo(404, "Run not found"),
    ErrorCode.LOG_NOT_FOUND: CodeInfo(404, "Log not found"),
    ErrorCode.USER_NOT_FOUND: CodeInfo(404, "User not found"),
    ErrorCode.METHOD_NOT_ALLOWED: CodeInfo(405, "Method not allowed"),
    ErrorCode.PAYLOAD_TOO_LARGE: CodeInfo(413, "Payload too large"),
    ErrorCode.UNSUPPORTED_LOG_FORMAT: CodeInfo(415, "Unsupported log format"),
    ErrorCode.EMPTY_LOG: CodeInfo(422, "The log file is empty"),
    ErrorCode.LOG_NOT_READY: CodeInfo(409, "The log is still being ingested", retryable=True),
    ErrorCode.RUN_ALREADY_ACTIVE: CodeInfo(409, "A run is already active", retryable=True),
    ErrorCode.RUN_NOT_RETRYABLE: CodeInfo(409, "This run cannot be retried"),
    ErrorCode.INVALID_EVENT_ID: CodeInfo(400, "Invalid Last-Event-ID"),
    ErrorCode.RATE_LIMITED: CodeInfo(429, "Too many requests", retryable=True),
    ErrorCode.SERVICE_UNAVAILABLE: CodeInfo(503, "Service unavailable", retryable=True),
    ErrorCode.LLM_UNAVAILABLE: CodeInfo(503, "Language model unavailable", retryable=True),
    ErrorCode.LLM_TIMEOUT: CodeInfo(504, "Language model timed out", retryable=True),
    ErrorCode.LLM_OUTPUT_INVALID: CodeInfo(502, "Language model output invalid", retryable=True),
    ErrorCode.RUN_INTERRUPTED: CodeInfo(409, "Run interrupted", retryable=True),
    ErrorCode.RUN_CANCELLED: CodeInfo(409, "Run cancelled", retryable=True),
    ErrorCode.GENERIC_ERROR: CodeInfo(500, "Internal error", retryable=True),
}


class AppError(Exception):
    """An error that knows its code; rendered as one problem+json object everywhere."""

    def __init__(
        self,
        code: ErrorCode,
        detail: str | None = None,
        *,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.code = code
        self.info = REGISTRY[code]
        self.detail = detail or self.info.title
        self.extra = extra or {}
        super().__init__(f"{code}: {self.detail}")

    @property
    def status(self) -> int:
        """The HTTP status of this error's code."""
        return self.info.status

    def problem(self, request_id: str | None = None) -> dict[str, Any]:
        """The problem+json object for this error."""
        return problem(self.code, self.detail, request_id=request_id, extra=self.extra)


def problem(
    code: ErrorCode,
    detail: str | None = None,
    *,
    request_id: str | None = None,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Build the problem+json object (RFC 9457) with this project's code and retryable fields."""
    info = REGISTRY[code]
    body: dict[str, Any] = {
        "type": f"/problems/{code.value.lower().replace('_', '-')}",
        "title": info.title,
        "status": info.status,
        "detail": detail or info.title,
        "code": code.value,
        "retryable": info.retryable,
        "request_id": request_id,
    }
    if extra:
        body.update({k: v for k, v in extra.items() if k not in body})
    return body
