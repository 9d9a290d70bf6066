"""Route: the log formats the engine knows (names for a forced format, with descriptions)."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from analyzer.api.deps import PrincipalDep
from analyzer.logs.formats import FORMATS

router = APIRouter(prefix="/api/log-formats", tags=["logs"])


class FormatOut(BaseModel):
    """One known format: the name to force it with, and what its lines look like."""

    name: str
    description: str


@router.get("")
def list_formats(principal: PrincipalDep) -> list[FormatOut]:
    """Every format detection chooses from, in detection order (`raw` last)."""
    del principal  # signed-in users only, like every other route
    return [FormatOut(name=f.name, description=f.description) for f in FORMATS]
