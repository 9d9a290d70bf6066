"""Ledger retention: purge old rows in batches; erase a deleted conversation's call content."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, null, select, update
from sqlalchemy.orm import Session

from analyzer.db.engine import Database
from analyzer.db.llm_call import LlmCall
from analyzer.db.types import utcnow

PURGE_BATCH = 1000
DELETED_CONTENT = "deleted"


def purge_batch(session: Session, *, cutoff: datetime, limit: int) -> int:
    """Delete up to `limit` of the oldest calls started before `cutoff`; how many went."""
    ids = list(
        session.scalars(
            select(LlmCall.id)
            .where(LlmCall.started_at < cutoff)
            .order_by(LlmCall.started_at)
            .limit(limit)
        )
    )
    if ids:
        session.execute(delete(LlmCall).where(LlmCall.id.in_(ids)))
    return len(ids)


async def purge_older_than(
    db: Database, *, days: int, batch_size: int = PURGE_BATCH, now: datetime | None = None
) -> int:
    """Delete calls older than `days`, one short transaction per batch; the total deleted."""
    cutoff = (now or utcnow()) - timedelta(days=days)
    total = 0
    while True:
        done = await db.run(lambda s: purge_batch(s, cutoff=cutoff, limit=batch_size))
        total += done
        if done < batch_size:
            return total


def delete_conversation_content(session: Session, *, conversation_id: str) -> int:
    """Erase the messages and output of a conversation's calls (search forgets them too)."""
    result = session.execute(
        update(LlmCall)
        .where(LlmCall.conversation_id == conversation_id)
        .values(input_messages=null(), output_text=None, content_mode=DELETED_CONTENT)
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)
