"""The ledger's database writer: batches of `llm_calls` rows, inserted once by id."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Insert, Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from analyzer.db.engine import Database
from analyzer.db.llm_call import LlmCall
from analyzer.db.types import utcnow

log = logging.getLogger(__name__)

TABLE: Table = LlmCall.metadata.tables[LlmCall.__tablename__]
COLUMNS: tuple[str, ...] = tuple(c.name for c in TABLE.columns)


def _defaults() -> dict[str, Any]:
    return {"request_params": {}, "tokens_estimated": False, "retry": 0, "created_at": utcnow()}


def normalise(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One dict per distinct id, each with every column (unknown keys dropped and logged)."""
    unique: dict[str, dict[str, Any]] = {}
    for row in rows:
        extra = row.keys() - set(COLUMNS)
        if extra:
            log.warning(
                "llm_calls row %s: ignoring unknown fields %s", row.get("id"), sorted(extra)
            )
        full = _defaults() | {k: v for k, v in row.items() if k not in extra}
        unique.setdefault(str(full.get("id")), {c: full.get(c) for c in COLUMNS})
    return list(unique.values())


def insert_statement(dialect: str) -> Insert:
    """INSERT … ON CONFLICT (id) DO NOTHING for this dialect."""
    if dialect == "postgresql":
        return postgresql.insert(TABLE).on_conflict_do_nothing(index_elements=["id"])
    if dialect == "sqlite":
        return sqlite.insert(TABLE).on_conflict_do_nothing(index_elements=["id"])
    raise ValueError(f"unsupported database dialect: {dialect}")


def insert_calls(session: Session, *, rows: Iterable[dict[str, Any]]) -> None:
    """Insert rows; ids already stored (replayed spill records) are skipped, never duplicated."""
    batch = normalise(rows)
    if batch:
        session.execute(insert_statement(session.get_bind().dialect.name), batch)


class LedgerDbSink:
    """The recorder's `LedgerSink`: one transaction per batch, run on a worker thread."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def write(self, rows: list[dict[str, Any]]) -> None:
        """Store a batch idempotently; database errors propagate (the recorder spills)."""
        if rows:
            await self._db.run(lambda s: insert_calls(s, rows=rows))
