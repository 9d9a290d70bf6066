"""Writer throughput of LedgerDbSink: rows/second on SQLite and PostgreSQL, batches of 200.

Run from the repository root:
    .venv/bin/python -m bench.ledger_writer_bench [--rows 20000] [--batch 200] [--pg URL|none]

Each database is fresh and migrated (so the search index, FTS5 triggers or the pg_trgm GIN
index, is maintained during the inserts). Two passes: new rows, then the same rows replayed
(every id already stored: ON CONFLICT DO NOTHING), as after a spill-file replay.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg

from analyzer.db import migrate
from analyzer.db.engine import Database
from analyzer.db.ledger import LedgerDbSink

PG_SERVER = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
TEXTS = (
    "Warum schlägt die Größenänderung des Datenträgers fehl? " * 4,
    "Почему произошла ошибка подключения к базе данных? " * 4,
    "为什么连接数据库失败？错误代码 1045。" * 4,
    "How many 5xx errors happened after the deploy at 14:02? " * 4,
)


def make_rows(count: int) -> list[dict[str, Any]]:
    """Realistic rows (about 1 KB of text each), one per attempt."""
    start = datetime.now(UTC)
    rows = []
    for i in range(count):
        began = start - timedelta(seconds=i)
        ok = i % 9 != 0
        rows.append(
            {
                "id": uuid.uuid4().hex,
                "provider": "ollama",
                "server_address": "http://127.0.0.1:11434",
                "model_requested": "llama3.1:8b",
                "model": "llama3.1:8b",
                "agent": ("parameter", "planning", "report", "verify")[i % 4],
                "purpose": "answer",
                "user_id": f"user{i % 50:028d}",
                "conversation_id": f"conv{i % 400:028d}",
                "message_id": None,
                "run_id": None,
                "step": "report",
                "request_params": {"temperature": 0.2, "num_ctx": 8192},
                "input_messages": [
                    {"role": "system", "content": "You analyse logs. Cite file:line."},
                    {"role": "user", "content": TEXTS[i % 4]},
                ],
                "output_text": TEXTS[(i + 1) % 4] if ok else None,
                "content_mode": "redacted",
                "input_tokens": 512 + i % 100 if ok else None,
                "output_tokens": 64 + i % 40 if ok else None,
                "tokens_estimated": False,
                "started_at": began,
                "first_token_at": began + timedelta(milliseconds=90) if ok else None,
                "ended_at": began + timedelta(milliseconds=900),
                "latency_ms": 900.0 + i % 300,
                "ttft_ms": 90.0 + i % 30 if ok else None,
                "server_total_ms": 880.0,
                "server_load_ms": 5.0,
                "server_prompt_eval_ms": 120.0,
                "server_eval_ms": 700.0,
                "tokens_per_second": 42.0,
                "finish_reason": "stop" if ok else None,
                "status": "success" if ok else "error",
                "error_type": None if ok else "ResponseError",
                "error_message": None if ok else "model runner has unexpectedly stopped",
                "retry": 0,
                "cost_usd": 0.0,
                "price_input_per_mtok": 0.0,
                "price_output_per_mtok": 0.0,
                "price_source": "default:ollama",
                "created_at": began,
            }
        )
    return rows


async def timed_writes(db: Database, rows: list[dict[str, Any]], batch: int) -> float:
    """Seconds to write every row through the sink, one batch after another."""
    sink = LedgerDbSink(db)
    began = time.perf_counter()
    for offset in range(0, len(rows), batch):
        await sink.write(rows[offset : offset + batch])
    return time.perf_counter() - began


def measure(label: str, url: str, rows: list[dict[str, Any]], batch: int) -> None:
    """Migrate, then print rows/s for new rows and for a full replay."""
    migrate.upgrade(url)
    db = Database(url, pool_size=2)
    try:
        fresh = asyncio.run(timed_writes(db, rows, batch))
        replay = asyncio.run(timed_writes(db, rows, batch))
    finally:
        db.dispose()
    for name, seconds in (("new rows", fresh), ("replayed", replay)):
        print(f"{label:<11} {name:<9} {len(rows):>7} rows  {len(rows) / seconds:>9,.0f} rows/s")


def bench_postgres(server: str, rows: list[dict[str, Any]], batch: int) -> None:
    """Run on a throw-away database of the PostgreSQL server."""
    name = f"ledger_bench_{uuid.uuid4().hex[:8]}"
    try:
        with psycopg.connect(server, autocommit=True, connect_timeout=3) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.Error as exc:
        print(f"postgresql  skipped: {str(exc).strip().splitlines()[0]}")
        return
    try:
        measure("postgresql", server.rsplit("/", 1)[0] + f"/{name}", rows, batch)
    finally:
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> None:
    """Parse arguments and measure both databases."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--pg", default=PG_SERVER, help="server URL, or 'none' to skip")
    args = parser.parse_args()
    rows = make_rows(args.rows)
    print(f"LedgerDbSink, batches of {args.batch}")
    with tempfile.TemporaryDirectory() as tmp:
        measure("sqlite", f"sqlite:///{tmp}/ledger.db", rows, args.batch)
    if args.pg != "none":
        bench_postgres(args.pg, rows, args.batch)


if __name__ == "__main__":
    main()
