"""Request dependencies as Annotated aliases: services, the principal, admin-only."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from analyzer.chat.services import Services
from analyzer.db.users import Principal, authenticate
from analyzer.errors import AppError, ErrorCode
from analyzer.telemetry import user_id_var

SESSION_COOKIE = "la_session"


def get_services(request: Request) -> Services:
    """The app's services."""
    services: Services = request.app.state.services
    return services


ServicesDep = Annotated[Services, Depends(get_services)]


def request_token(request: Request) -> str | None:
    """The bearer token, or else the web session cookie."""
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return request.cookies.get(SESSION_COOKIE)


def get_principal(request: Request, services: ServicesDep) -> Principal:
    """Who is calling; 401 UNAUTHENTICATED without a valid token."""
    token = request_token(request)
    if not token:
        raise AppError(ErrorCode.UNAUTHENTICATED, "send Authorization: Bearer <token> or sign in")
    with services.db.tx() as s:
        principal = authenticate(s, token=token, kinds=("api", "web"))
    user_id_var.set(principal.user_id)
    return principal


PrincipalDep = Annotated[Principal, Depends(get_principal)]


def get_admin(principal: PrincipalDep) -> Principal:
    """An admin caller; 403 FORBIDDEN for everyone else."""
    if not principal.is_admin:
        raise AppError(ErrorCode.FORBIDDEN, "this route is for admins")
    return principal


AdminDep = Annotated[Principal, Depends(get_admin)]
