"""Where an ingest's time goes: each phase timed in-process over repeated ingests of one file.

Usage: python bench/ingest_phases.py FILE [--repeat 7]
Prints the median wall time and CPU time of the whole ingest, then per phase the median total
per ingest and the calls per ingest: detection, each chunk's parse (on the parse workers, so
chunks overlap), its three queries (the primary format's, the fallback formats' fit tests,
their fields and finish), mining, events.parquet and the profile. The timers wrap the
functions, so the total is a few percent slower than `ingest_bench.py`'s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import analyzer.logs.ingest as ingest_module  # noqa: E402
import analyzer.logs.miner as miner_module  # noqa: E402
import analyzer.logs.parser as parser_module  # noqa: E402

_times: dict[str, list[float]] = defaultdict(list)
_lock = threading.Lock()


def _timed(owner: Any, name: str, label: str | Callable[..., str]) -> None:
    """Wrap `owner.name` so that each call adds its milliseconds under `label` (or the label
    it gives for the call's arguments)."""
    inner = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return inner(*args, **kwargs)
        finally:
            took = (time.perf_counter() - start) * 1000
            key = label if isinstance(label, str) else label(*args, **kwargs)
            with _lock:
                _times[key].append(took)

    setattr(owner, name, wrapper)


def _query(_cursor: Any, sql: str) -> str:
    if "CASE WHEN" in sql[:200] and " AS k FROM" in sql:
        return "  parse: fallback fit tests"
    if "UNION ALL" in sql:
        return "  parse: fallbacks' fields and finish"
    return "  parse: primary format (or other)"


def main() -> None:
    """Time the phases of `--repeat` ingests of the file."""
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args.add_argument("file", type=Path)
    args.add_argument("--repeat", type=int, default=7)
    opts = args.parse_args()
    _timed(ingest_module, "_choose", "detection")
    _timed(parser_module.ChunkParser, "__call__", "parse one chunk (parallel)")
    _timed(parser_module, "arrow", _query)
    _timed(miner_module.Miner, "ids", "mining (distinct keys)")
    _timed(ingest_module, "_write", "mining and staging")
    _timed(ingest_module, "write_events", "events.parquet")
    _timed(ingest_module, "_profile", "profile")
    with tempfile.TemporaryDirectory() as warm:  # imports and kernels warm, as in a service
        fixture = REPO / "fixtures" / "logs" / "java_app.log"
        ingest_module.ingest(fixture, Path(warm), log_id="w", filename="w")
    _times.clear()
    walls, cpus = [], []
    for _ in range(opts.repeat):
        with tempfile.TemporaryDirectory() as store:
            before, start = os.times(), time.perf_counter()
            profile = ingest_module.ingest(opts.file, Path(store), log_id="b", filename="b")
            walls.append((time.perf_counter() - start) * 1000)
            after = os.times()
            cpus.append((after.user - before.user + after.system - before.system) * 1000)
    print(f"{opts.file.name}: {profile.line_count:,} lines, format {profile.format}")
    print(
        f"ingest: median {statistics.median(walls):.0f} ms wall, "
        f"{statistics.median(cpus):.0f} ms CPU (of {os.cpu_count()} cores)"
    )
    for label, took in _times.items():
        calls = len(took) // opts.repeat
        per = [sum(took[i * calls : (i + 1) * calls]) for i in range(opts.repeat)]
        print(f"{label:40s} {statistics.median(per):8.1f} ms  ({calls} calls per ingest)")


if __name__ == "__main__":
    main()
