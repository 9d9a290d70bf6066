"""Route: the log formats the engine knows (names for a forced format, with descriptions)."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter
from pydantic import BaseModel

from analyzer.api.deps import PrincipalDep
from analyzer.logs.envelopes import ENVELOPES
from analyzer.logs.formats import FORMATS

router = APIRouter(prefix="/api/log-formats", tags=["logs"])


class FormatOut(BaseModel):
    """One known format: the name to force it with, and what its lines look like."""

    name: str
    description: str
    kind: Literal["envelope", "format"] = "format"


@router.get("")
def list_formats(principal: PrincipalDep) -> list[FormatOut]:
    """The envelopes (docker compose, CRI...: what a collector writes around each line), then
    every format detection chooses from, in detection order (`raw` last)."""
    del principal  # signed-in users only, like every other route
    return [
        FormatOut(name=e.name, description=e.description, kind="envelope") for e in ENVELOPES
    ] + [FormatOut(name=f.name, description=f.description) for f in FORMATS]
