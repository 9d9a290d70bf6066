"""Routes for admins only (403 FORBIDDEN for everyone else)."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter
from pydantic import BaseModel

from analyzer.api.deps import AdminDep, ServicesDep
from analyzer.db.users import list_users

router = APIRouter(prefix="/api/admin", tags=["admin"])


class UserOut(BaseModel):
    """A user as admins see it."""

    id: str
    name: str
    role: str
    created_at: datetime
    disabled_at: datetime | None


@router.get("/users")
def admin_users(admin: AdminDep, services: ServicesDep) -> list[UserOut]:
    """Every user of the service."""
    with services.db.tx() as s:
        return [
            UserOut(
                id=u.id,
                name=u.name,
                role=u.role,
                created_at=u.created_at,
                disabled_at=u.disabled_at,
            )
            for u in list_users(s)
        ]
