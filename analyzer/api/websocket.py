"""The same run events over a WebSocket (ENABLE_WEBSOCKET=true): JSON envelopes, then close."""

from __future__ import annotations

from fastapi import APIRouter, WebSocket

from analyzer.chat.services import Services
from analyzer.db import runs
from analyzer.db.users import authenticate
from analyzer.errors import AppError

router = APIRouter()
CLOSE_UNAUTHENTICATED = 4401
CLOSE_NOT_FOUND = 4404
CLOSE_BAD_REQUEST = 4400


@router.websocket("/api/runs/{run_id}/ws")
async def run_events_ws(websocket: WebSocket, run_id: str, after: int = 0) -> None:
    """Send each event as a JSON text frame (`after` works as Last-Event-ID does)."""
    services: Services = websocket.app.state.services
    header = websocket.headers.get("authorization", "")
    token = header[7:].strip() if header.lower().startswith("bearer ") else None
    token = token or websocket.cookies.get("la_session")
    if not token:
        await websocket.close(code=CLOSE_UNAUTHENTICATED)
        return
    try:
        principal = await services.db.run(
            lambda s: authenticate(s, token=token, kinds=("api", "web"))
        )
    except AppError:
        await websocket.close(code=CLOSE_UNAUTHENTICATED)
        return
    try:
        run = await services.db.run(
            lambda s: runs.get_run(s, run_id=run_id, user_id=principal.user_id)
        )
    except AppError:
        await websocket.close(code=CLOSE_NOT_FOUND)
        return
    if after < 0 or after > run.last_seq:
        await websocket.close(code=CLOSE_BAD_REQUEST)
        return
    await websocket.accept()
    async for event in services.runs.stream(run_id, after=after):
        await websocket.send_text(event.model_dump_json())
    await websocket.close()
