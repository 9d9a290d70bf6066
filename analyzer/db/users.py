"""Users and their hashed credentials (API tokens, web session cookies, one-time login links)."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, cast

from sqlalchemy import func, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from analyzer.db.models import ApiToken, User
from analyzer.db.types import utcnow
from analyzer.errors import AppError, ErrorCode

TOKEN_PREFIX = {"api": "la_", "web": "lw_", "login": "ll_"}


@dataclass(frozen=True)
class Principal:
    """Who is making a request."""

    user_id: str
    name: str
    role: str

    @property
    def is_admin(self) -> bool:
        """Whether this principal may use the admin routes."""
        return self.role == "admin"


def hash_token(token: str) -> str:
    """SHA-256 of a token: tokens are 256-bit random, so a fast hash is the right one."""
    return hashlib.sha256(token.encode()).hexdigest()


def create_user(session: Session, *, name: str, role: str = "user") -> User:
    """Create a user; the name must be new."""
    if role not in ("user", "admin"):
        raise AppError(ErrorCode.VALIDATION_FAILED, f"unknown role {role!r}")
    if session.scalar(select(User).where(User.name == name)) is not None:
        raise AppError(ErrorCode.VALIDATION_FAILED, f"user {name!r} already exists")
    user = User(name=name, role=role)
    session.add(user)
    session.flush()
    return user


def get_user_by_name(session: Session, *, name: str) -> User:
    """The user with this name, or USER_NOT_FOUND."""
    user = session.scalar(select(User).where(User.name == name))
    if user is None:
        raise AppError(ErrorCode.USER_NOT_FOUND, f"no user named {name!r}")
    return user


def list_users(session: Session) -> list[User]:
    """Every user, oldest first."""
    return list(session.scalars(select(User).order_by(User.created_at)))


def count_users(session: Session) -> int:
    """How many users exist."""
    return session.scalar(select(func.count()).select_from(User)) or 0


def issue_token(session: Session, *, user_id: str, kind: str, ttl: timedelta | None = None) -> str:
    """Create a credential of `kind` for a user and return its plain text (shown once)."""
    token = TOKEN_PREFIX[kind] + secrets.token_urlsafe(32)
    expires = utcnow() + ttl if ttl else None
    session.add(
        ApiToken(
            user_id=user_id,
            kind=kind,
            token_hash=hash_token(token),
            prefix=token[:8],
            expires_at=expires,
        )
    )
    session.flush()
    return token


def _live_token(session: Session, token: str, kinds: tuple[str, ...]) -> ApiToken | None:
    row = session.scalar(select(ApiToken).where(ApiToken.token_hash == hash_token(token)))
    if row is None or row.kind not in kinds or row.revoked_at is not None:
        return None
    if row.expires_at is not None and row.expires_at <= utcnow():
        return None
    return row


def authenticate(session: Session, *, token: str, kinds: tuple[str, ...]) -> Principal:
    """The principal behind a live, unrevoked token of one of `kinds`, or UNAUTHENTICATED."""
    row = _live_token(session, token, kinds)
    user = session.get(User, row.user_id) if row else None
    if row is None or user is None or user.disabled_at is not None:
        raise AppError(ErrorCode.UNAUTHENTICATED, "invalid, expired or revoked token")
    row.last_used_at = utcnow()
    return Principal(user_id=user.id, name=user.name, role=user.role)


def consume_login_link(
    session: Session, *, token: str, web_ttl: timedelta
) -> tuple[Principal, str]:
    """Exchange a one-time login token for a web session token; the login token dies."""
    principal = authenticate(session, token=token, kinds=("login",))
    row = _live_token(session, token, ("login",))
    assert row is not None
    row.revoked_at = utcnow()
    return principal, issue_token(session, user_id=principal.user_id, kind="web", ttl=web_ttl)


def revoke_tokens(session: Session, *, user_id: str, kind: str | None = None) -> int:
    """Revoke a user's live tokens (of one kind, or all); return how many."""
    stmt = update(ApiToken).where(ApiToken.user_id == user_id, ApiToken.revoked_at.is_(None))
    if kind is not None:
        stmt = stmt.where(ApiToken.kind == kind)
    result = session.execute(stmt.values(revoked_at=utcnow()))
    return cast(CursorResult[Any], result).rowcount or 0


def revoke_token(session: Session, *, token: str) -> None:
    """Revoke one token given in plain text (sign-out)."""
    session.execute(
        update(ApiToken)
        .where(ApiToken.token_hash == hash_token(token), ApiToken.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
