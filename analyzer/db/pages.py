"""Page-and-limit pagination shared by every listing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a listing and the size of the whole listing."""

    items: list[T]
    page: int
    limit: int
    total: int


def paginate(session: Session, stmt: Select[Any], *, page: int, limit: int) -> Page[Any]:
    """Run `stmt` for one page (1-based) and count the whole result."""
    total = session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
    items = list(session.scalars(stmt.offset((page - 1) * limit).limit(limit)))
    return Page(items=items, page=page, limit=limit, total=total)
