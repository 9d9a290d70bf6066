"""The OpenAPI document says what the API answers (`analyzer.api.openapi`): a client generated
from it, or a schema-driven fuzzer, expects problem+json errors, sends the upload as multipart,
and reads event streams and metrics as text."""

from __future__ import annotations

from typing import Any

import pytest

from analyzer.app import create_app
from analyzer.config import Settings
from analyzer.errors import PROBLEM_CONTENT_TYPE, ErrorCode

PROBLEM = {PROBLEM_CONTENT_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    data = tmp_path_factory.mktemp("openapi")
    settings = Settings(_env_file=None, DATA_DIR=data, DATABASE_URL="", OLLAMA_HOST="")  # type: ignore[call-arg]
    app = create_app(settings)
    try:
        return app.openapi()
    finally:
        app.state.services.db.dispose()


def _operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, operation)
        for path, operations in document["paths"].items()
        if path.startswith("/api/")
        for method, operation in operations.items()
    ]


def test_every_api_error_is_documented_as_a_problem(document: dict[str, Any]) -> None:
    operations = _operations(document)
    assert len(operations) >= 25
    for method, path, operation in operations:
        responses = operation["responses"]
        assert responses["default"]["content"] == PROBLEM, (method, path)
        if "422" in responses:
            assert responses["422"]["content"] == PROBLEM, (method, path)
    assert document["openapi"].startswith("3.1")  # the Problem's request_id may be null
    schemas = document["components"]["schemas"]
    assert "HTTPValidationError" not in schemas
    problem = schemas["Problem"]
    assert set(problem["required"]) == {
        "type", "title", "status", "detail", "code", "retryable", "request_id"
    }  # fmt: skip
    assert problem["properties"]["code"]["enum"] == [code.value for code in ErrorCode]


def test_the_upload_is_a_multipart_body_with_a_file(document: dict[str, Any]) -> None:
    upload = document["paths"]["/api/logs"]["post"]
    body = upload["requestBody"]["content"]["multipart/form-data"]["schema"]
    assert body["required"] == ["file"]
    assert body["properties"]["file"] == {"type": "string", "format": "binary"}
    assert {"200", "201", "202"} <= set(upload["responses"])


@pytest.mark.parametrize("path", ["/api/logs/{log_id}/events", "/api/runs/{run_id}/events"])
def test_event_streams_are_documented_as_text_event_stream(
    document: dict[str, Any], path: str
) -> None:
    content = document["paths"][path]["get"]["responses"]["200"]["content"]
    assert list(content) == ["text/event-stream"]


def test_metrics_are_plain_text(document: dict[str, Any]) -> None:
    content = document["paths"]["/api/metrics"]["get"]["responses"]["200"]["content"]
    assert list(content) == ["text/plain"]


def test_the_runs_stream_documents_its_204(document: dict[str, Any]) -> None:
    assert "204" in document["paths"]["/api/runs/{run_id}/events"]["get"]["responses"]


def test_the_ledger_export_documents_its_two_media_types(document: dict[str, Any]) -> None:
    route = document["paths"]["/api/admin/llm-calls/export"]["get"]
    assert set(route["responses"]["200"]["content"]) == {"application/x-ndjson", "text/csv"}
