"""SessionManager (cache, expiry, rebuild) and ContextBuilder/MemoryService (window, budget)."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import select

from analyzer.chat.context import ContextBuilder
from analyzer.chat.sessions import SessionManager
from analyzer.db import conversations as repo
from analyzer.db import results
from analyzer.db.engine import Database
from analyzer.db.models import ChatSession, MemorySnapshot, User
from analyzer.telemetry import Metrics


def seed_conversation(db: Database, messages: list[tuple[str, str]]) -> tuple[str, str, list[str]]:
    with db.tx() as s:
        user = User(name="alice", role="user")
        s.add(user)
        s.flush()
        conv = repo.create_conversation(s, user_id=user.id, title=None)
        ids = [
            repo.add_message(s, conversation=conv, role=role, content=text).id
            for role, text in messages
        ]
        return user.id, conv.id, ids


def test_session_cache_hit_then_expiry_rebuilds_from_database(db: Database) -> None:
    user_id, conv_id, _ = seed_conversation(db, [("user", "hi")])
    metrics = Metrics()
    manager = SessionManager(db, timeout=timedelta(minutes=30), metrics=metrics)

    async def scenario() -> None:
        first = await manager.resume(conversation_id=conv_id, user_id=user_id)
        assert not first.resumed_from_cache
        first.state["last_parameters"] = {"level": "ERROR"}
        await manager.save(conversation_id=conv_id, session=first)
        second = await manager.resume(conversation_id=conv_id, user_id=user_id)
        assert second.resumed_from_cache and second.session_id == first.session_id
        assert second.last_parameters == {"level": "ERROR"}
        # A restarted process has an empty cache: the live row is picked up again.
        fresh = SessionManager(db, timeout=timedelta(minutes=30), metrics=metrics)
        third = await fresh.resume(conversation_id=conv_id, user_id=user_id)
        assert third.session_id == first.session_id
        assert third.last_parameters == {"level": "ERROR"}

    asyncio.run(scenario())
    assert metrics.session_hit_rate._value.get() == 1 / 3


def test_expired_session_is_replaced_and_state_rebuilt_from_last_analysis(db: Database) -> None:
    user_id, conv_id, ids = seed_conversation(db, [("user", "how many errors?")])
    with db.tx() as s:
        from analyzer.db.models import Run

        result = results.save_result(
            s,
            input_hash="h" * 64,
            user_id=user_id,
            parameters={"level": "WARN"},
            summary="",
            result={},
        )
        s.add(Run(conversation_id=conv_id, user_id=user_id, message_id=ids[0],
                  status="completed", analysis_result_id=result.id))  # fmt: skip
    manager = SessionManager(db, timeout=timedelta(seconds=0), metrics=Metrics())

    async def scenario() -> tuple[str, str]:
        one = await manager.resume(conversation_id=conv_id, user_id=user_id)
        two = await manager.resume(conversation_id=conv_id, user_id=user_id)
        assert not two.resumed_from_cache
        assert two.last_parameters == {"level": "WARN"}
        return one.session_id, two.session_id

    first_id, second_id = asyncio.run(scenario())
    assert first_id != second_id
    with db.tx() as s:
        rows = {r.id: r.status for r in s.scalars(select(ChatSession))}
    assert rows[first_id] == "expired" and rows[second_id] == "active"


def test_context_keeps_the_window_and_summarises_older_messages(db: Database) -> None:
    history = [("user" if i % 2 == 0 else "assistant", f"message number {i}") for i in range(10)]
    _user, conv_id, ids = seed_conversation(db, [*history, ("user", "current question")])
    builder = ContextBuilder(max_messages=4, token_budget=10_000)
    with db.tx() as s:
        ctx = builder.build(
            s, conversation_id=conv_id, upto_message_id=ids[-1], previous_parameters={"a": 1}
        )
    assert [m.content for m in ctx.messages] == [f"message number {i}" for i in range(6, 10)]
    assert ctx.memory is not None and "message number 0" in ctx.memory
    assert "current question" not in ctx.memory
    assert ctx.previous_parameters == {"a": 1}
    summary = ctx.summary()
    assert summary["messages_used"] == 4 and summary["memory_used"] is True
    assert 0 < summary["tokens_used"] <= summary["token_budget"]
    with db.tx() as s:
        snapshots = list(s.scalars(select(MemorySnapshot)))
    assert len(snapshots) == 1 and snapshots[0].message_count == 7


def test_context_respects_the_token_budget(db: Database) -> None:
    long = "x" * 4000  # about 1,000 tokens each
    _user, conv_id, ids = seed_conversation(
        db, [("user", long), ("assistant", long), ("user", "q")]
    )
    builder = ContextBuilder(max_messages=20, token_budget=1500)
    with db.tx() as s:
        ctx = builder.build(
            s, conversation_id=conv_id, upto_message_id=ids[-1], previous_parameters=None
        )
    assert len(ctx.messages) == 1 and ctx.truncated
    assert ctx.tokens_used <= 1500
