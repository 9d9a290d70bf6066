"""Routes: the static web client, served at /."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

WEB_DIR = Path(__file__).resolve().parents[1] / "web"
router = APIRouter(include_in_schema=False)


@router.get("/")
def index() -> FileResponse:
    """The single page of the web client."""
    return FileResponse(WEB_DIR / "index.html", headers={"Cache-Control": "no-cache"})
