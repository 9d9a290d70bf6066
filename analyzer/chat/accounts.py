"""Account use-cases: the first admin, users and their tokens (CLI and start-up)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.orm import Session

from analyzer.db import users

LOGIN_LINK_TTL = timedelta(hours=24)


@dataclass(frozen=True)
class NewCredential:
    """A credential shown once: the user it belongs to and its plain text."""

    user: str
    token: str


def ensure_first_admin(s: Session) -> NewCredential | None:
    """On a fresh database create the admin and a one-time login token; else nothing."""
    if users.count_users(s) > 0:
        return None
    admin = users.create_user(s, name="admin", role="admin")
    token = users.issue_token(s, user_id=admin.id, kind="login", ttl=LOGIN_LINK_TTL)
    return NewCredential(admin.name, token)


def create_user(s: Session, *, name: str, admin: bool) -> NewCredential:
    """Create a user and its first API token."""
    user = users.create_user(s, name=name, role="admin" if admin else "user")
    return NewCredential(user.name, users.issue_token(s, user_id=user.id, kind="api"))


def new_login_link_token(s: Session, *, name: str) -> NewCredential:
    """A fresh one-time login token for an existing user."""
    user = users.get_user_by_name(s, name=name)
    return NewCredential(
        user.name, users.issue_token(s, user_id=user.id, kind="login", ttl=LOGIN_LINK_TTL)
    )


def new_api_token(s: Session, *, name: str) -> NewCredential:
    """Another API token for an existing user."""
    user = users.get_user_by_name(s, name=name)
    return NewCredential(user.name, users.issue_token(s, user_id=user.id, kind="api"))


def revoke(s: Session, *, name: str) -> int:
    """Revoke every live token of a user; return how many."""
    user = users.get_user_by_name(s, name=name)
    return users.revoke_tokens(s, user_id=user.id)


def login_url(base_url: str, token: str) -> str:
    """The link a person opens to sign in."""
    return f"{base_url}/login?token={token}"
