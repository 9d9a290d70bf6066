"""Routes: the one-time login link, sign-out, and who-am-I."""

from __future__ import annotations

from datetime import timedelta

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from analyzer.api.deps import SESSION_COOKIE, PrincipalDep, ServicesDep
from analyzer.api.schemas import MeOut
from analyzer.db.users import consume_login_link, revoke_token
from analyzer.errors import AppError

router = APIRouter(tags=["auth"])
WEB_SESSION_TTL = timedelta(days=30)


@router.get("/login", include_in_schema=False)
def login(request: Request, services: ServicesDep, token: str = "") -> Response:
    """Exchange the one-time link for an HttpOnly cookie; the redirect drops the token."""
    try:
        with services.db.tx() as s:
            _principal, web_token = consume_login_link(s, token=token, web_ttl=WEB_SESSION_TTL)
    except AppError:
        return RedirectResponse("/?signin=invalid-link", status_code=303)
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        web_token,
        max_age=int(WEB_SESSION_TTL.total_seconds()),
        httponly=True,
        samesite="strict",
        secure=services.settings.COOKIE_SECURE,
        path="/",
    )
    return response


@router.post("/api/auth/logout", status_code=204)
def logout(request: Request, principal: PrincipalDep, services: ServicesDep) -> Response:
    """End the web session (the cookie's token is revoked)."""
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        with services.db.tx() as s:
            revoke_token(s, token=token)
    response = Response(status_code=204)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/api/me")
def me(principal: PrincipalDep) -> MeOut:
    """The signed-in user."""
    return MeOut(id=principal.user_id, name=principal.name, role=principal.role)
