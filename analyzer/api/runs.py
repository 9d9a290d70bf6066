"""Routes: run snapshots, their event stream (SSE, optionally WebSocket), cancel and retry."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import APIRouter, Header, Query, Response
from sqlalchemy.orm import Session
from sse_starlette import EventSourceResponse, ServerSentEvent

from analyzer.api.deps import PrincipalDep, ServicesDep
from analyzer.api.openapi import EVENT_STREAM, EventStreamResponse
from analyzer.api.schemas import Accepted, RunOut
from analyzer.chat.services import Services
from analyzer.chat.snapshots import run_snapshot
from analyzer.db import runs
from analyzer.errors import AppError, ErrorCode
from analyzer.events import ACTIVE_STATUSES, RunEvent, RunStatus

router = APIRouter(prefix="/api/runs", tags=["runs"])
PING_SECONDS = 15


def parse_after(last_event_id: str | None, after: int | None) -> int:
    """The seq a client has seen: Last-Event-ID wins over ?after=; both must be whole numbers."""
    if last_event_id is not None:
        text = last_event_id.strip()
        if not text.isdigit() or len(text) > 12:
            raise AppError(ErrorCode.INVALID_EVENT_ID, "Last-Event-ID must be a non-negative seq")
        return int(text)
    if after is not None and after < 0:
        raise AppError(ErrorCode.INVALID_EVENT_ID, "after must be a non-negative seq")
    return after or 0


@router.get("/{run_id}")
async def get_run(run_id: str, principal: PrincipalDep, services: ServicesDep) -> RunOut:
    """The run's snapshot: status, last seq, steps and result."""
    return await snapshot(services, run_id, principal.user_id)


async def snapshot(services: Services, run_id: str, user_id: str) -> RunOut:
    """The snapshot of a run the user owns (RUN_NOT_FOUND otherwise)."""

    def read(s: Session) -> RunOut:
        return RunOut(**run_snapshot(s, runs.get_run(s, run_id=run_id, user_id=user_id)))

    return await services.db.run(read)


def sse(event: RunEvent) -> ServerSentEvent:
    """One stored event as an SSE frame (id = seq, event = type, data = envelope)."""
    return ServerSentEvent(id=str(event.seq), event=event.type.value, data=event.model_dump_json())


@router.get(
    "/{run_id}/events",
    response_model=None,
    response_class=EventStreamResponse,
    responses={**EVENT_STREAM, 204: {"description": "a finished run with nothing left to send"}},
)
async def run_events(
    run_id: str,
    principal: PrincipalDep,
    services: ServicesDep,
    after: Annotated[int | None, Query()] = None,
    last_event_id: Annotated[str | None, Header()] = None,
) -> Response | EventSourceResponse:
    """Replay events after Last-Event-ID (or ?after=), then tail live ones, ending with done."""
    seen = parse_after(last_event_id, after)
    run = await services.db.run(lambda s: runs.get_run(s, run_id=run_id, user_id=principal.user_id))
    if seen > run.last_seq:
        raise AppError(ErrorCode.INVALID_EVENT_ID, f"this run has no event {seen} yet")
    if RunStatus(run.status) not in ACTIVE_STATUSES and seen >= run.last_seq:
        return Response(status_code=204)

    async def frames() -> AsyncIterator[ServerSentEvent]:
        async for event in services.runs.stream(run_id, after=seen):
            yield sse(event)

    return EventSourceResponse(
        frames(),
        ping=PING_SECONDS,
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )


@router.post("/{run_id}/cancel", status_code=202)
async def cancel_run(run_id: str, principal: PrincipalDep, services: ServicesDep) -> RunOut:
    """Cancel an active run; a finished run is returned unchanged."""
    await services.runs.cancel(run_id=run_id, user_id=principal.user_id)
    return await snapshot(services, run_id, principal.user_id)


@router.post("/{run_id}/retry", status_code=202)
async def retry_run(run_id: str, principal: PrincipalDep, services: ServicesDep) -> Accepted:
    """Start a new run for the same message as a finished (failed, interrupted…) run."""
    sub = await services.runs.retry(run_id=run_id, user_id=principal.user_id)
    return Accepted.of(sub)
