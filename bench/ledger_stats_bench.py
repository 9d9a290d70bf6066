"""Latency of the admin statistics over many ledger rows (SQLite): stats, grouped stats, overview.

Run from the repository root:
    .venv/bin/python -m bench.ledger_stats_bench [--rows 100000]

Rows are written through LedgerDbSink (the same rows as bench/ledger_writer_bench.py, spread
over the last 24 hours); each query runs 5 times and the median is printed.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from analyzer.db import migrate
from analyzer.db.engine import Database
from analyzer.db.ledger_overview import overview
from analyzer.db.ledger_stats import StatsQuery, call_stats
from bench.ledger_writer_bench import make_rows, timed_writes


def median_ms(db: Database, fn: Callable[[Any], object], rounds: int = 5) -> float:
    """Median wall time of `fn(session)` in ms."""
    times = []
    for _ in range(rounds):
        began = time.perf_counter()
        with db.tx() as s:
            fn(s)
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def main() -> None:
    """Fill a fresh SQLite ledger, then time the admin queries."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    rows = make_rows(args.rows)
    now = datetime.now(UTC)
    for i, row in enumerate(rows):  # spread over the last day
        row["started_at"] = row["created_at"] = now - timedelta(seconds=i * 86_000 / args.rows)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/ledger.db"
        migrate.upgrade(url)
        db = Database(url, pool_size=2)
        try:
            asyncio.run(timed_writes(db, rows, 500))
            cases: list[tuple[str, Callable[[Any], object]]] = [
                ("stats global 24h", lambda s: call_stats(s, query=StatsQuery(hours=24))),
                (
                    "stats by model",
                    lambda s: call_stats(s, query=StatsQuery(hours=24, group_by="model")),
                ),
                ("stats by day", lambda s: call_stats(s, query=StatsQuery(group_by="day"))),
                ("overview 24h", lambda s: overview(s, hours=24)),
            ]
            print(f"{args.rows:,} ledger rows (SQLite)")
            for name, fn in cases:
                print(f"{name:<20} {median_ms(db, fn):>9,.0f} ms")
        finally:
            db.dispose()


if __name__ == "__main__":
    main()
