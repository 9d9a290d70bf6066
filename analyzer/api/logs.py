"""Routes: log uploads, their profiles, ingestion progress, raw lines, deletion."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from sse_starlette import EventSourceResponse, ServerSentEvent

from analyzer.api.deps import PrincipalDep, ServicesDep
from analyzer.api.openapi import (
    EVENT_STREAM,
    UPLOAD_BODY,
    UPLOAD_RESPONSES,
    EventStreamResponse,
)
from analyzer.api.schemas import LimitQ, PageOut, PageQ
from analyzer.api.upload_stream import receive_upload
from analyzer.db import logs as repo
from analyzer.db.models import LogFile
from analyzer.errors import AppError, ErrorCode
from analyzer.logs.reader import LineFilter

router = APIRouter(prefix="/api/logs", tags=["logs"])
MAX_LINES_PER_PAGE = 1000
MAX_FILTER_VALUES = 20
LEVEL_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,31}$")
FORMAT_PATTERN = r"^[a-z0-9_.-]{1,64}$"
TIMEZONE_PATTERN = r"^[A-Za-z0-9_+/-]{1,64}$"  # an IANA name: `Europe/Berlin`, `Etc/GMT+5`


class Reingest(BaseModel):
    """POST /api/logs/{id}/reingest: parse again, optionally forcing a format, or reading the
    naive stamps in a timezone (null: the detected format, the service's LOG_TIMEZONE)."""

    model_config = ConfigDict(extra="forbid")
    format: str | None = Field(None, pattern=FORMAT_PATTERN)
    timezone: str | None = Field(None, pattern=TIMEZONE_PATTERN)


def log_view(log: LogFile) -> dict[str, Any]:
    """A log as the API shows it: its profile (when ready) and its state."""
    view: dict[str, Any] = dict(log.profile or {})
    view.update(
        id=log.id, filename=log.filename, status=log.status, size_bytes=log.size_bytes,
        sha256=log.sha256, format_override=log.format_override,
        timezone_override=log.timezone_override, created_at=log.created_at,
        error=log.error, events_url=f"/api/logs/{log.id}/events",
    )  # fmt: skip
    return view


def _json(view: dict[str, Any], status: int) -> JSONResponse:
    return JSONResponse(json.loads(json.dumps(view, default=str)), status_code=status)


@router.post(
    "",
    response_model=None,
    status_code=201,
    responses=UPLOAD_RESPONSES,
    openapi_extra={"requestBody": UPLOAD_BODY},
)
async def upload_log(
    request: Request,
    principal: PrincipalDep,
    services: ServicesDep,
    wait: bool = True,
    format: Annotated[str | None, Query(pattern=FORMAT_PATTERN)] = None,
    timezone: Annotated[str | None, Query(pattern=TIMEZONE_PATTERN)] = None,
) -> JSONResponse:
    """Stream a multipart `file` to disk and ingest it; 201 with the profile when done
    (or 202 at once with `wait=false`); 200 with the earlier upload for identical bytes.
    `format` forces a format, `timezone` the zone naive stamps are read in (query parameters
    or form fields)."""
    logs = services.logs
    staged = logs.staging_file()
    received = await receive_upload(request, staged, max_bytes=services.settings.MAX_LOG_BYTES)
    forced = format or received.fields.get("format") or None
    zone = timezone or received.fields.get("timezone") or None
    for name, value, pattern in (
        ("format", forced, FORMAT_PATTERN),
        ("timezone", zone, TIMEZONE_PATTERN),
    ):
        if value is not None and re.match(pattern, value) is None:
            staged.unlink(missing_ok=True)
            raise AppError(ErrorCode.VALIDATION_FAILED, f"{name}: not a {name} name")
    log_id, created = await logs.accept(
        user_id=principal.user_id, staged=received.path, filename=received.filename,
        size=received.size, sha256=received.sha256, format_override=forced,
        timezone_override=zone,
    )  # fmt: skip
    if wait:
        await logs.wait(log_id)
    row = await services.db.run(lambda s: repo.get_log(s, log_id=log_id, user_id=principal.user_id))
    if row.status == "failed" and row.error:  # the upload is kept, so its error can be fixed
        raise AppError(ErrorCode(row.error["code"]), row.error["detail"], extra={"log_id": row.id})
    status = 200 if not created else 201 if row.status == "ready" else 202
    return _json(log_view(row), status)


@router.get("")
def list_logs(
    principal: PrincipalDep,
    services: ServicesDep,
    page: PageQ = 1,
    limit: LimitQ = 50,
) -> PageOut[dict[str, Any]]:
    """The caller's uploads, newest first."""
    with services.db.tx() as s:
        found = repo.list_logs(s, user_id=principal.user_id, page=page, limit=limit)
        items = [log_view(log) for log in found.items]
    return PageOut(items=items, page=found.page, limit=found.limit, total=found.total)


@router.get("/{log_id}")
def get_log(log_id: str, principal: PrincipalDep, services: ServicesDep) -> JSONResponse:
    """One upload: its profile and state."""
    with services.db.tx() as s:
        view = log_view(repo.get_log(s, log_id=log_id, user_id=principal.user_id))
    return _json(view, 200)


@router.get(
    "/{log_id}/events",
    response_model=None,
    response_class=EventStreamResponse,
    responses=EVENT_STREAM,
)
async def log_events(
    log_id: str, principal: PrincipalDep, services: ServicesDep
) -> EventSourceResponse:
    """Ingestion progress (`ingest.progress`), then `ingest.completed` or `ingest.failed`."""
    row = await services.db.run(lambda s: repo.get_log(s, log_id=log_id, user_id=principal.user_id))
    final = {
        "type": "ingest.failed" if row.status == "failed" else "ingest.completed",
        "profile": row.profile,
        "error": row.error,
    }

    async def frames() -> AsyncIterator[ServerSentEvent]:
        async for event in services.logs.follow(log_id, row.status, final):
            yield ServerSentEvent(event=event["type"], data=json.dumps(event, default=str))
        yield ServerSentEvent(event="done", data="{}")

    return EventSourceResponse(frames(), ping=15, headers={"Cache-Control": "no-store"})


@router.get("/{log_id}/lines")
async def log_lines(
    log_id: str,
    principal: PrincipalDep,
    services: ServicesDep,
    start: Annotated[int, Query(ge=1)] = 1,
    end: Annotated[int | None, Query(ge=1)] = None,
    level: Annotated[list[str] | None, Query(max_length=MAX_FILTER_VALUES)] = None,
    source: Annotated[list[str] | None, Query(max_length=MAX_FILTER_VALUES)] = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
    regex: bool = False,
    limit: Annotated[int, Query(ge=1, le=MAX_LINES_PER_PAGE)] = 200,
) -> dict[str, Any]:
    """Raw lines `start`..`end` (inclusive, 1-based) with their parsed fields and template id.

    With `level`, `source` (each repeatable) or `q` (a case-insensitive substring, or an RE2
    regular expression with `regex=true`): up to `limit` matching lines from `start` (to `end`,
    if given) and `next_start`, where the next page of matches starts."""
    flt = line_filter(level, source, q, regex)
    if end is not None and end < start:
        raise AppError(ErrorCode.VALIDATION_FAILED, "end: must not be before start")
    if not flt.active:
        last = end if end is not None else start + 99
        if last - start + 1 > MAX_LINES_PER_PAGE:
            raise AppError(
                ErrorCode.VALIDATION_FAILED, f"at most {MAX_LINES_PER_PAGE} lines a page"
            )
    row = await services.db.run(lambda s: repo.get_log(s, log_id=log_id, user_id=principal.user_id))
    if row.status != "ready":
        raise AppError(ErrorCode.LOG_NOT_READY, f"the log is {row.status}")
    if flt.active:
        return await services.logs.filtered_lines(
            log_id, flt=flt, start=start, end=end, limit=limit
        )
    return await services.logs.lines(log_id, start=start, end=last)


def line_filter(
    levels: list[str] | None, sources: list[str] | None, q: str | None, regex: bool
) -> LineFilter:
    """The viewer's filters, checked: level names, source names, and text (empty means none)."""
    for name in levels or []:
        if not LEVEL_NAME.match(name):
            raise AppError(ErrorCode.VALIDATION_FAILED, "level: a level name (letters, digits)")
    for name in sources or []:
        if not name.strip() or len(name) > 200:
            raise AppError(ErrorCode.VALIDATION_FAILED, "source: 1 to 200 characters")
    text = q if q and q.strip() else None
    if regex and text is None:
        raise AppError(ErrorCode.VALIDATION_FAILED, "regex: needs a pattern in q")
    return LineFilter(tuple(levels or ()), tuple(sources or ()), text, regex)


@router.post("/{log_id}/reingest", status_code=202)
async def reingest_log(
    log_id: str, body: Reingest, principal: PrincipalDep, services: ServicesDep
) -> JSONResponse:
    """Parse the upload again (e.g. forcing a format detection got wrong)."""
    await services.logs.reingest(
        log_id=log_id,
        user_id=principal.user_id,
        format_override=body.format,
        timezone_override=body.timezone,
    )
    row = await services.db.run(lambda s: repo.get_log(s, log_id=log_id, user_id=principal.user_id))
    return _json(log_view(row), 202)


@router.delete("/{log_id}", status_code=204)
async def delete_log(log_id: str, principal: PrincipalDep, services: ServicesDep) -> Response:
    """Delete an upload (stopping its ingestion if it is running)."""
    await services.logs.delete(log_id=log_id, user_id=principal.user_id)
    return Response(status_code=204)
