"""Alembic environment: one history for SQLite and PostgreSQL (batch mode on SQLite)."""

from __future__ import annotations

from sqlalchemy import Connection

from alembic import context
from analyzer.db.engine import make_engine
from analyzer.db.schema import metadata

config = context.config

# Search objects made by raw DDL in revision 0002 (not in the metadata): autogenerate skips them.
SEARCH_OBJECT_PREFIXES = ("llm_calls_fts", "ix_llm_calls_search")


def _include_name(name: str | None, type_: str, parent_names: object) -> bool:
    return not (name or "").startswith(SEARCH_OBJECT_PREFIXES)


def _url() -> str:
    url = config.get_main_option("sqlalchemy.url")
    if url:
        return url
    from analyzer.config import load_settings

    return load_settings().database_url


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=_include_name,
    )


def run_migrations_offline() -> None:
    """Emit SQL without a connection."""
    context.configure(url=_url(), target_metadata=metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Run against a live connection (given by the caller, or made from the URL)."""
    given = config.attributes.get("connection")
    if given is not None:
        _configure(given)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = make_engine(_url(), pool_size=1)
    with engine.connect() as connection:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
