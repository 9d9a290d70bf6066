"""Query latency on the 1,000,000-line upload: p50/p95 of each primitive over repeated runs.

Usage: python bench/query_bench.py [--mixed PATH] [--runs 21]
Goals: p50 < 50 ms for counts, top templates and timeline; < 300 ms for a regex search.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from gen_mixed_log import generate  # noqa: E402

from analyzer.logs.ingest import ingest  # noqa: E402
from analyzer.logs.primitives import PRIMITIVES  # noqa: E402
from analyzer.logs.store import LogStore  # noqa: E402

CASES: list[tuple[str, str, dict[str, Any], int]] = [
    ("count by level", "count", {"by": "level"}, 50),
    ("count by source", "count", {"by": "source"}, 50),
    ("count by template", "count", {"by": "template"}, 50),
    ("count errors by template", "count", {"by": "template", "filters": {"levels": ["ERROR"]}}, 50),
    ("top templates", "top_templates", {"limit": 20}, 50),
    ("timeline (auto bucket)", "timeline", {}, 50),
    ("timeline by level", "timeline", {"by_level": True}, 50),
    ("regex search", "search", {"filters": {"regex": r"status=5\d\d took \d{3,}ms"}}, 300),
    (
        "text search incl/excl",
        "search",
        {"filters": {"include": ["timeout"], "exclude": ["pricing"]}},
        300,
    ),
    ("spikes per level", "spikes", {"by": "level"}, 300),
    ("field stats duration_ms", "field_stats", {"field": "duration_ms"}, 300),
    ("lines 500000..500050", "lines", {"log_id": "mixed", "start": 500000, "end": 500050}, 50),
]


def measure(store: LogStore, name: str, args: dict[str, Any], runs: int) -> list[float]:
    """Latencies in ms of one primitive; the first (cold) run comes first and is not counted."""
    primitive = PRIMITIVES[name]
    start = time.perf_counter()
    primitive.run(store, args)
    out = [(time.perf_counter() - start) * 1000]
    for _ in range(runs):
        start = time.perf_counter()
        primitive.run(store, args)
        out.append((time.perf_counter() - start) * 1000)
    return out


def main() -> None:
    """Ingest (or reuse) the mixed log and time each primitive."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--mixed", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        mixed = args.mixed or Path(tmp) / "mixed.log"
        if not mixed.exists():
            generate(mixed, 1_000_000, seed=7)
        profile = ingest(mixed, Path(tmp) / "store", log_id="mixed", filename=mixed.name)
        print(
            f"{profile.line_count:,} lines, {profile.event_count:,} events, "
            f"{profile.template_count} templates"
        )
        print(f"{'query':<28} {'cold ms':>8} {'p50 ms':>8} {'p95 ms':>8} {'goal':>6}")
        with LogStore.open([("mixed", Path(tmp) / "store")]) as store:
            for label, name, qargs, goal in CASES:
                first, *rest = measure(store, name, qargs, args.runs)
                lat = sorted(rest)
                p50 = statistics.median(lat)
                p95 = lat[int(len(lat) * 0.95) - 1]
                ok = "ok" if p50 < goal else "MISS"
                print(f"{label:<28} {first:8.1f} {p50:8.1f} {p95:8.1f} {goal:>5} {ok}")


if __name__ == "__main__":
    main()
