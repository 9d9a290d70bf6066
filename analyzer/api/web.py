"""Routes: the static web client, served at / with its files under /static."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

from analyzer.errors import AppError, ErrorCode

WEB_DIR = Path(__file__).resolve().parents[1] / "web"
router = APIRouter(include_in_schema=False)

# Explicit types: module scripts must be served as JavaScript (nosniff is on), and
# `.mjs` is unknown to some platforms' mimetypes tables.
MEDIA_TYPES = {
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".html": "text/html; charset=utf-8",
    ".png": "image/png",
    ".woff2": "font/woff2",
}
REVALIDATE = {"Cache-Control": "no-cache"}


@router.get("/")
def index() -> FileResponse:
    """The single page of the web client."""
    return FileResponse(WEB_DIR / "index.html", headers=REVALIDATE)


@router.get("/static/{path:path}")
def static_file(path: str) -> FileResponse:
    """A file of the web client (scripts, styles, vendored libraries); nothing outside it."""
    file = (WEB_DIR / path).resolve()
    media_type = MEDIA_TYPES.get(file.suffix)
    if media_type is None or not file.is_relative_to(WEB_DIR) or not file.is_file():
        raise AppError(ErrorCode.NOT_FOUND, "no such file")
    return FileResponse(file, media_type=media_type, headers=REVALIDATE)
