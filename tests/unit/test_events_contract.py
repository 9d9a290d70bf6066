"""The run event vocabulary is a public contract: names are pinned here and in ARCHITECTURE.md."""

from __future__ import annotations

import re

from analyzer.errors import REGISTRY, ErrorCode, problem
from analyzer.events import TERMINAL_TYPES, EventType
from tests.conftest import REPO

PINNED = [
    "run.created", "run.in_progress", "intent.resolved", "context.built",
    "step.created", "step.delta", "step.completed", "step.failed",
    "tool.called", "tool.result",
    "message.created", "message.delta", "message.completed",
    "result.created", "warning",
    "run.completed", "run.failed", "run.cancelled", "run.interrupted",
    "done",
]  # fmt: skip


def test_event_names_are_exactly_the_pinned_vocabulary() -> None:
    assert [e.value for e in EventType] == PINNED
    assert {e.value for e in TERMINAL_TYPES} == {
        "run.completed", "run.failed", "run.cancelled", "run.interrupted"
    }  # fmt: skip


def test_architecture_documents_every_event_type() -> None:
    text = (REPO / "ARCHITECTURE.md").read_text()
    documented = set(re.findall(r"^\| `([a-z_.]+)` \|", text, flags=re.MULTILINE))
    assert documented == set(PINNED)


def test_every_code_has_a_status_and_the_problem_shape() -> None:
    design_codes = {
        "VALIDATION_FAILED": 422, "UNAUTHENTICATED": 401, "FORBIDDEN": 403,
        "CONVERSATION_NOT_FOUND": 404, "RUN_NOT_FOUND": 404, "LOG_NOT_FOUND": 404,
        "PAYLOAD_TOO_LARGE": 413, "UNSUPPORTED_LOG_FORMAT": 415, "RUN_ALREADY_ACTIVE": 409,
        "RATE_LIMITED": 429, "SERVICE_UNAVAILABLE": 503, "GENERIC_ERROR": 500,
    }  # fmt: skip
    for code, status in design_codes.items():
        assert REGISTRY[ErrorCode(code)].status == status
    for required in ("LLM_UNAVAILABLE", "LLM_TIMEOUT", "LLM_OUTPUT_INVALID", "RUN_INTERRUPTED"):
        assert ErrorCode(required) in REGISTRY
    assert set(REGISTRY) == set(ErrorCode)
    body = problem(ErrorCode.RUN_NOT_FOUND, "gone", request_id="r1")
    assert body == {
        "type": "/problems/run-not-found", "title": "Run not found", "status": 404,
        "detail": "gone", "code": "RUN_NOT_FOUND", "retryable": False, "request_id": "r1",
    }  # fmt: skip
