"""The ledger database half: idempotent writes, filters, cursors, search, stats, retention."""

from __future__ import annotations

import asyncio
import csv
import hashlib
import io
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from analyzer.db import ledger_retention, ledger_stats
from analyzer.db.engine import Database
from analyzer.db.ledger import LedgerDbSink
from analyzer.db.ledger_conversation import conversation_view
from analyzer.db.ledger_export import export_lines
from analyzer.db.ledger_overview import overview
from analyzer.db.ledger_query import CallFilter, decode_cursor, get_call, list_calls
from analyzer.db.ledger_rollup import conversation_rollup, message_rollup
from analyzer.db.ledger_stats import StatsQuery, call_stats
from analyzer.db.llm_call import LlmCall
from analyzer.db.models import Conversation, Message, Run, RunEventRow, User

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
MODELS = ("llama3.1:8b", "qwen2.5:14b", "mistral:7b")
AGENTS = ("parameter", "planning", "report", "verify")
USERS = ("user-anna", "user-boris", "user-chen")
CONVERSATIONS = ("conv-de", "conv-ru", "conv-zh", "conv-en")
TEXTS = (
    ("Warum schlägt die Größenänderung des Datenträgers fehl?", "Größenänderung gescheitert."),
    ("Почему произошла ошибка подключения к базе данных?", "Ошибка: превышено время ожидания."),
    ("为什么连接数据库失败？", "连接数据库失败，错误代码 1045。"),
    ("How many 5xx errors after the deploy?", "42 errors, status 503 (100% of them)."),
)


def _status(i: int) -> str:
    if i % 7 == 3:
        return "error"
    if i % 11 == 5:
        return "timeout"
    return "cancelled" if i % 13 == 6 else "success"


def _error(status: str) -> tuple[str | None, str | None]:
    return {
        "error": ("ResponseError", "Ollama antwortete 500: внутренняя ошибка сервера"),
        "timeout": ("ReadTimeout", "read timeout after 30 s"),
        "cancelled": ("CancelledError", "cancelled by the user"),
    }.get(status, (None, None))


def make_row(i: int, started: datetime, **overrides: Any) -> dict[str, Any]:
    """One realistic ledger row (every column) for attempt number `i`."""
    status = _status(i)
    ok = status == "success"
    question, answer = TEXTS[i % len(TEXTS)]
    error_type, error_message = _error(status)
    latency = {"success": 120.5 + (i * 137) % 900, "timeout": 30000.0}.get(status, 40.0 + i)
    row: dict[str, Any] = {
        "id": f"call{i:04d}" + "0" * 24,
        "provider": "ollama",
        "server_address": "http://127.0.0.1:11434",
        "model_requested": MODELS[i % 3],
        "model": MODELS[i % 3],
        "agent": AGENTS[i % 4],
        "purpose": "answer",
        "user_id": None if i % 10 == 9 else USERS[i % 3],
        "conversation_id": None if i % 9 == 8 else CONVERSATIONS[i % 4],
        "message_id": None,
        "run_id": None,
        "step": "report",
        "request_params": {"temperature": 0.2, "num_ctx": 8192},
        "input_messages": [
            {"role": "system", "content": "You analyse logs."},
            {"role": "user", "content": question},
        ],
        "output_text": answer if ok else None,
        "content_mode": "redacted",
        "input_tokens": None if not ok or i % 5 == 0 else 200 + i,
        "output_tokens": None if not ok or i % 5 == 0 else 30 + i,
        "tokens_estimated": False,
        "started_at": started,
        "first_token_at": started + timedelta(milliseconds=80) if ok else None,
        "ended_at": None if status == "cancelled" else started + timedelta(milliseconds=latency),
        "latency_ms": None if status == "cancelled" else latency,
        "ttft_ms": 80.0 + i if ok and i % 4 else None,
        "server_total_ms": None,
        "server_load_ms": None,
        "server_prompt_eval_ms": None,
        "server_eval_ms": None,
        "tokens_per_second": 25.0 if ok else None,
        "finish_reason": "stop" if ok else None,
        "status": status,
        "error_type": error_type,
        "error_message": error_message,
        "retry": i % 2 if not ok else 0,
        "cost_usd": None if i % 6 == 0 else round(0.0001 * i, 6),
        "price_input_per_mtok": 0.0,
        "price_output_per_mtok": 0.0,
        "price_source": "prices.toml:llama*",
        "created_at": started,
    }
    row.update(overrides)
    return row


def sample_rows(now: datetime = NOW, n: int = 48) -> list[dict[str, Any]]:
    """Rows over the last ~32 hours; pairs share a start time (cursor ties)."""
    return [make_row(i, now - timedelta(minutes=80 * (i // 2))) for i in range(n)]


def old_rows(now: datetime = NOW, n: int = 8) -> list[dict[str, Any]]:
    """Rows 100+ days old (for retention)."""
    return [
        make_row(1000 + i, now - timedelta(days=100 + i), id=f"old{i:04d}" + "0" * 25)
        for i in range(n)
    ]


def write(db: Database, rows: list[dict[str, Any]], batch: int = 200) -> None:
    """Store rows through the sink, in batches."""
    sink = LedgerDbSink(db)

    async def go() -> None:
        for start in range(0, len(rows), batch):
            await sink.write(rows[start : start + batch])

    asyncio.run(go())


def body(row: dict[str, Any]) -> str:
    """The searchable text of a row."""
    parts = [m["content"] for m in row["input_messages"] or []]
    return " ".join([*parts, row["output_text"] or "", row["error_message"] or ""])


def matches(row: dict[str, Any], f: CallFilter) -> bool:
    """Whether a row passes a filter, decided in Python."""
    fields = ("model", "agent", "status", "user_id", "conversation_id")
    if any(getattr(f, k) is not None and row[k] != getattr(f, k) for k in fields):
        return False
    if f.since is not None and row["started_at"] < f.since:
        return False
    if f.until is not None and row["started_at"] >= f.until:
        return False
    return not f.q or all(t.lower() in body(row).lower() for t in f.q.split())


def all_pages(db: Database, f: CallFilter, limit: int) -> list[LlmCall]:
    """Follow the cursor to the end."""
    items: list[LlmCall] = []
    cursor: str | None = None
    for _ in range(1000):
        with db.tx() as s:
            page = list_calls(s, filters=f, limit=limit, cursor=cursor)
        items.extend(page.items)
        assert len(page.items) <= limit
        if page.next_cursor is None:
            return items
        cursor = page.next_cursor
    raise AssertionError("the cursor never ended")


def count(db: Database) -> int:
    with db.tx() as s:
        return s.scalar(select(func.count()).select_from(LlmCall)) or 0


def test_sink_stores_each_id_once_even_when_replayed(db: Database) -> None:
    rows = sample_rows()
    write(db, rows[:30])
    write(db, rows[20:] + rows[:5] + [rows[40]], batch=7)
    assert count(db) == len(rows)
    with db.tx() as s:
        stored = get_call(s, call_id=rows[5]["id"])
        unknown = get_call(s, call_id="nope")
    assert stored is not None and unknown is None
    assert stored.input_tokens is None and stored.status == "timeout"
    assert stored.input_messages == rows[5]["input_messages"]
    assert stored.started_at == rows[5]["started_at"]


FILTERS = [
    CallFilter(),
    CallFilter(model="qwen2.5:14b"),
    CallFilter(agent="report", status="success"),
    CallFilter(status="error"),
    CallFilter(user_id="user-boris", conversation_id="conv-ru"),
    CallFilter(since=NOW - timedelta(hours=10), until=NOW - timedelta(hours=2)),
    CallFilter(q="ошибка", model="llama3.1:8b"),
]


@pytest.mark.parametrize("f", FILTERS)
@pytest.mark.parametrize("limit", [1, 7, 200])
def test_listing_pages_return_every_matching_row_once(
    db: Database, f: CallFilter, limit: int
) -> None:
    rows = sample_rows()
    write(db, rows)
    items = all_pages(db, f, limit)
    ids = [c.id for c in items]
    assert len(ids) == len(set(ids))
    assert set(ids) == {r["id"] for r in rows if matches(r, f)}
    keys = [(c.started_at, c.id) for c in items]
    assert keys == sorted(keys, reverse=True)


def test_a_forged_cursor_is_refused() -> None:
    for bad in ("not-base64!", "bm9wZQ", "WyIyMDI2LTAxLTAxIiwgIngiXQ"):
        with pytest.raises(ValueError):
            decode_cursor(bad)


SEARCHES = [
    "GRÖßENÄNDERUNG",
    "ошибка",
    "ПОДКЛЮЧЕНИЯ базе",
    "数据库",
    "错误",
    "5xx deploy",
    "100%",
    "10%",
    "внутренняя",
    "analyse",
    "no-such-words-anywhere",
]


@pytest.mark.parametrize("q", SEARCHES)
def test_search_finds_text_in_any_language(db: Database, q: str) -> None:
    rows = sample_rows()
    write(db, rows)
    expected = {r["id"] for r in rows if matches(r, CallFilter(q=q))}
    found = {c.id for c in all_pages(db, CallFilter(q=q), 200)}
    assert found == expected
    if q not in ("10%", "no-such-words-anywhere"):
        assert found, f"{q!r} should match some rows"


def nearest_rank(values: list[float], pct: int) -> float | None:
    """The smallest value with at least pct% of the values at or below it."""
    if not values:
        return None
    return min(v for v in values if sum(x <= v for x in values) >= pct / 100 * len(values))


def expected_stats(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Statistics recomputed from the rows, independently of the code under test."""
    errors = sum(r["status"] in ("error", "timeout") for r in rows)
    lat = [r["latency_ms"] for r in rows if r["latency_ms"] is not None]
    ttft = [r["ttft_ms"] for r in rows if r["ttft_ms"] is not None]
    return {
        "calls": len(rows),
        "errors": errors,
        "error_rate": errors / len(rows) if rows else 0.0,
        "input_tokens": sum(r["input_tokens"] or 0 for r in rows),
        "output_tokens": sum(r["output_tokens"] or 0 for r in rows),
        "cost_usd": pytest.approx(sum(r["cost_usd"] or 0 for r in rows)),
        "latency_ms": {f"p{p}": nearest_rank(lat, p) for p in (50, 95, 99)},
        "ttft_ms": {f"p{p}": nearest_rank(ttft, p) for p in (50, 95, 99)},
    }


def assert_stats(actual: dict[str, Any], rows: list[dict[str, Any]]) -> None:
    """Compare a summary with the recomputation."""
    for key, value in expected_stats(rows).items():
        assert actual[key] == value, key
    by_status: dict[str, int] = {}
    for r in rows:
        by_status[r["status"]] = by_status.get(r["status"], 0) + 1
    assert actual["by_status"] == by_status


def _group_key(row: dict[str, Any], group_by: str) -> str:
    if group_by == "day":
        return str(row["started_at"].date().isoformat())
    return str(row[group_by])


STATS = [
    (StatsQuery(), None),
    (StatsQuery(hours=12, group_by="model"), None),
    (StatsQuery(scope="user", scope_id="user-anna", group_by="day"), None),
    (StatsQuery(scope="conversation", scope_id="conv-zh", agent="report"), None),
    (StatsQuery(hours=20, model="mistral:7b", group_by="agent"), None),
]


@pytest.mark.parametrize(("query", "_"), STATS)
def test_stats_equal_an_independent_recomputation(db: Database, query: StatsQuery, _: None) -> None:
    rows = sample_rows()
    write(db, rows + old_rows())
    with db.tx() as s:
        stats = call_stats(s, query=query, now=NOW)
    since = NOW - timedelta(hours=query.hours) if query.hours else None
    f = CallFilter(
        model=query.model,
        agent=query.agent,
        since=since,
        user_id=query.scope_id if query.scope == "user" else None,
        conversation_id=query.scope_id if query.scope == "conversation" else None,
    )
    chosen = [r for r in rows + old_rows() if matches(r, f)]
    assert chosen and stats["totals"]["calls"] == len(chosen)
    assert_stats(stats["totals"], chosen)
    if query.group_by:
        keys = sorted({_group_key(r, query.group_by) for r in chosen})
        assert [g["key"] for g in stats["groups"]] == keys
        for group in stats["groups"]:
            assert_stats(
                group, [r for r in chosen if _group_key(r, query.group_by) == group["key"]]
            )


@pytest.mark.parametrize(
    "query",
    [StatsQuery(scope="team"), StatsQuery(scope="user"), StatsQuery(group_by="week")],
)
def test_stats_refuse_unknown_scopes_and_groups(db: Database, query: StatsQuery) -> None:
    with db.tx() as s, pytest.raises(ValueError):
        call_stats(s, query=query)


def test_overview_sums_the_window(db: Database) -> None:
    rows = sample_rows()
    write(db, rows + old_rows())
    with db.tx() as s:
        view = overview(s, hours=24, now=NOW)
    recent = [r for r in rows if r["started_at"] >= NOW - timedelta(hours=24)]
    assert_stats(view["totals"], recent)
    assert view["users"] == len({r["user_id"] for r in recent if r["user_id"]})
    assert view["conversations"] == len(
        {r["conversation_id"] for r in recent if r["conversation_id"]}
    )
    assert sum(h["calls"] for h in view["hourly"]) == len(recent)
    assert [g["key"] for g in view["by_model"]] == sorted({r["model"] for r in recent})
    failed = sorted(
        (r for r in recent if r["status"] in ("error", "timeout")),
        key=lambda r: (r["started_at"], r["id"]),
        reverse=True,
    )
    assert [e["id"] for e in view["recent_errors"]] == [r["id"] for r in failed[:10]]


def seed_conversation(db: Database) -> dict[str, str]:
    """A user, a conversation with a question, its run, engine queries and an answer."""
    with db.tx() as s:
        user = User(name="dora")
        s.add(user)
        s.flush()
        conv = Conversation(user_id=user.id, title="Fehleranalyse")
        s.add(conv)
        s.flush()
        ask = Message(conversation_id=conv.id, role="user", content="Почему ошибка?")
        s.add(ask)
        s.flush()
        run = Run(
            conversation_id=conv.id,
            user_id=user.id,
            message_id=ask.id,
            status="completed",
            started_at=NOW,
            finished_at=NOW + timedelta(seconds=2),
        )
        s.add(run)
        s.flush()
        answer = Message(conversation_id=conv.id, role="assistant", content="…", run_id=run.id)
        s.add(answer)
        events = [
            ("step.created", {"step_id": "analyze", "title": "Analysing"}),
            ("tool.called", {"call_id": "q1", "primitive": "count", "arguments": {"level": "E"}}),
            ("tool.result", {"call_id": "q1", "duration_ms": 12.5, "coverage": {"lines": 9}}),
            ("tool.called", {"call_id": "q2", "primitive": "top", "arguments": {"n": 5}}),
            ("tool.result", {"call_id": "q2", "duration_ms": 7.5, "coverage": {"lines": 9}}),
            ("step.completed", {"step_id": "analyze", "summary": "2 findings", "duration_ms": 30}),
        ]
        for seq, (kind, payload) in enumerate(events, start=1):
            s.add(RunEventRow(run_id=run.id, seq=seq, type=kind, agent="analyze", payload=payload))
        return {"user": user.id, "conv": conv.id, "ask": ask.id, "run": run.id}


def test_message_and_conversation_rollups(db: Database) -> None:
    ids = seed_conversation(db)
    linked = [
        make_row(
            i,
            NOW + timedelta(seconds=i),
            id=f"link{i:04d}" + "0" * 24,
            conversation_id=ids["conv"],
            run_id=ids["run"],
        )
        for i in range(1, 6)
    ]
    stray = make_row(7, NOW, conversation_id=ids["conv"], id="stray" + "0" * 27)
    write(db, [*linked, stray, *sample_rows()])
    with db.tx() as s:
        per_message = message_rollup(s, message_id=ids["ask"])
        per_conv = conversation_rollup(s, conversation_id=ids["conv"])
        view = conversation_view(s, conversation_id=ids["conv"])
        missing = conversation_view(s, conversation_id="nope")
    assert per_message["llm_calls"] == len(linked)
    assert per_message["input_tokens"] == sum(r["input_tokens"] or 0 for r in linked)
    assert per_message["cost_usd"] == pytest.approx(sum(r["cost_usd"] or 0 for r in linked))
    assert per_message["llm_ms"] == pytest.approx(sum(r["latency_ms"] or 0 for r in linked))
    ok = sum(r["status"] == "success" for r in linked)
    assert per_message["success_rate"] == ok / len(linked)
    assert [(q["primitive"], q["duration_ms"]) for q in per_message["queries"]] == [
        ("count", 12.5),
        ("top", 7.5),
    ]
    assert per_message["query_ms"] == 20.0 and per_message["run_ms"] == 2000.0
    assert per_conv["llm_calls"] == len(linked) + 1 and per_conv["messages"] == 2
    assert missing is None and view is not None
    first = view["messages"][0]
    assert [c["id"] for c in first["llm_calls"]] == [r["id"] for r in linked]
    assert first["runs"][0]["steps"][0]["summary"] == "2 findings"
    assert first["runs"][0]["queries"][1]["arguments"] == {"n": 5}
    assert [c["id"] for c in view["unattached_llm_calls"]] == [stray["id"]]


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export_hashes_user_ids_and_streams_every_row(db: Database, fmt: str) -> None:
    rows = sample_rows()
    write(db, rows)
    f = CallFilter(status="success")
    text = "".join(export_lines(db, filters=f, fmt=fmt, page_size=4))
    if fmt == "jsonl":
        records = [json.loads(line) for line in text.splitlines()]
    else:
        records = list(csv.DictReader(io.StringIO(text)))
    chosen = {r["id"]: r for r in rows if matches(r, f)}
    assert sorted(rec["id"] for rec in records) == sorted(chosen)
    for rec in records:
        user = chosen[rec["id"]]["user_id"]
        expected = hashlib.sha256(user.encode()).hexdigest() if user else None
        assert (rec["user_id"] or None) == expected
    assert all(u not in text for u in USERS)


def test_purge_deletes_only_old_rows_in_batches(db: Database) -> None:
    rows, old = sample_rows(), old_rows()
    write(db, rows + old)
    deleted = asyncio.run(ledger_retention.purge_older_than(db, days=90, batch_size=3, now=NOW))
    assert deleted == len(old)
    assert count(db) == len(rows)
    found = {c.id for c in all_pages(db, CallFilter(q="ошибка"), 200)}
    assert found == {r["id"] for r in rows if matches(r, CallFilter(q="ошибка"))}
    with db.tx() as s:
        assert ledger_retention.purge_batch(s, cutoff=NOW - timedelta(days=90), limit=3) == 0


def test_deleting_content_removes_text_and_search_hits(db: Database) -> None:
    rows = sample_rows()
    write(db, rows)
    with db.tx() as s:
        erased = ledger_retention.delete_conversation_content(s, conversation_id="conv-zh")
    in_conv = [r for r in rows if r["conversation_id"] == "conv-zh"]
    assert erased == len(in_conv)
    hits = {c.id for c in all_pages(db, CallFilter(q="数据库"), 200)}
    assert hits and not hits & {r["id"] for r in in_conv}
    with db.tx() as s:
        call = get_call(s, call_id=in_conv[0]["id"])
        assert call is not None
        assert call.input_messages is None and call.output_text is None
        assert call.content_mode == "deleted"
        assert call.input_tokens == in_conv[0]["input_tokens"]


@pytest.mark.parametrize("size", [1, 2, 3, 10, 99, 100, 101, 257])
def test_percentiles_are_nearest_rank(size: int) -> None:
    values = [float((i * 7919) % 1009) for i in range(size)]
    assert ledger_stats.percentiles(values) == {
        f"p{p}": nearest_rank(values, p) for p in (50, 95, 99)
    }
    assert ledger_stats.percentiles([]) == {"p50": None, "p95": None, "p99": None}
