"""Test databases: a migrated SQLite file per test; one migrated PostgreSQL database per session."""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, text

from analyzer.db import migrate
from analyzer.db.schema import metadata

PG_SERVER = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
ENABLE_HINT = (
    "PostgreSQL is not reachable at {url} ({error}); the PostgreSQL half of the suite is "
    "skipped. Start PostgreSQL or set TEST_POSTGRES_URL to run it (CI requires it)."
)


def postgres_required() -> bool:
    """CI (or REQUIRE_POSTGRES=1) fails instead of skipping when PostgreSQL is down."""
    return os.environ.get("REQUIRE_POSTGRES") == "1" or os.environ.get("CI") == "true"


def check_postgres() -> None:
    """Skip (or fail, in CI) unless the PostgreSQL server answers."""
    try:
        with psycopg.connect(PG_SERVER, connect_timeout=3) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as exc:
        message = ENABLE_HINT.format(url=PG_SERVER, error=str(exc).strip().splitlines()[0])
        if postgres_required():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)


def create_pg_database() -> str:
    """A new, migrated database on the test server; returns its URL."""
    name = f"analyzer_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_SERVER, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = PG_SERVER.rsplit("/", 1)[0] + f"/{name}"
    migrate.upgrade(url)
    return url


def drop_pg_database(url: str) -> None:
    """Drop a test database, closing whatever still holds it."""
    name = url.rsplit("/", 1)[1]
    with psycopg.connect(PG_SERVER, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def wipe(url: str) -> None:
    """Empty every table (between tests sharing one PostgreSQL database)."""
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    tables = ", ".join(f'"{t.name}"' for t in metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    engine.dispose()


def sqlite_copy(template: Path, dest_dir: Path) -> str:
    """A migrated SQLite database for one test, copied from a session-wide template."""
    dest = dest_dir / "analyzer.db"
    shutil.copyfile(template, dest)
    return f"sqlite:///{dest}"
