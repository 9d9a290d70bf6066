"""Ingest throughput, side by side with drain3, on Loghub-2k concatenated and a mixed log.

Usage: python bench/ingest_bench.py [--mixed PATH] [--lines 1000000] [--drain3-lines N]
                                   [--repeat 3] [--free-text N]
Prints lines/s of our full ingest (parse + mine + Parquet) and of drain3's TemplateMiner
(template mining only, default config plus the usual masking; ours is the median of --repeat
ingests in one warm process, drain3 one pass), the Grouping Accuracy of both
on the Loghub concatenation, and the peak RSS of each ingest (measured in a child process).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from accuracy import DATA, SYSTEMS, _truth  # noqa: E402
from gen_mixed_log import generate  # noqa: E402

DRAIN3_MASKS = [
    (r"((?<=[^A-Za-z0-9])|^)(([0-9a-f]{2,}:){3,}([0-9a-f]{2,}))((?=[^A-Za-z0-9])|$)", "ID"),
    (r"((?<=[^A-Za-z0-9])|^)(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})((?=[^A-Za-z0-9])|$)", "IP"),
    (r"((?<=[^A-Za-z0-9])|^)([0-9a-f]{6,} ?){3,}((?=[^A-Za-z0-9])|$)", "SEQ"),
    (r"((?<=[^A-Za-z0-9])|^)([0-9A-F]{4} ?){4,}((?=[^A-Za-z0-9])|$)", "SEQ"),
    (r"((?<=[^A-Za-z0-9])|^)(0x[a-f0-9A-F]+)((?=[^A-Za-z0-9])|$)", "HEX"),
    (r"((?<=[^A-Za-z0-9])|^)([\-\+]?\d+)((?=[^A-Za-z0-9])|$)", "NUM"),
    (r"(?<=executed cmd )(\".+?\")", "CMD"),
]

CHILD = """
import json, resource, statistics, sys, time
from pathlib import Path
import tempfile
from analyzer.logs.ingest import ingest
# Warm up imports, DuckDB and pyarrow kernels the way a running service is warm.
with tempfile.TemporaryDirectory() as warm:
    ingest(Path("fixtures/logs/java_app.log"), Path(warm), log_id="w", filename="w")
times = []
for _ in range(int(sys.argv[3])):
    with tempfile.TemporaryDirectory() as store:
        t = time.perf_counter()
        p = ingest(Path(sys.argv[1]), Path(store), log_id="bench", filename="bench.log")
        times.append(time.perf_counter() - t)
print(json.dumps({"lines": p.line_count, "seconds": statistics.median(times),
                  "best": min(times), "templates": p.template_count, "format": p.format,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def ours(path: Path, repeat: int) -> dict[str, float]:
    """Our ingest of a file in a fresh process, `repeat` times: lines, median and best seconds,
    templates, peak RSS."""
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(path), tmp, str(repeat)],
            check=True,
            capture_output=True,
            text=True,
            cwd=REPO,
        )
    result: dict[str, float] = json.loads(out.stdout)
    return result


def drain3_run(path: Path, limit: int | None) -> tuple[float, int, list[int]]:
    """drain3 over the file's lines: (lines/s, lines, cluster id per line)."""
    from drain3 import TemplateMiner
    from drain3.masking import MaskingInstruction
    from drain3.template_miner_config import TemplateMinerConfig

    config = TemplateMinerConfig()
    config.masking_instructions = [MaskingInstruction(p, m) for p, m in DRAIN3_MASKS]
    config.profiling_enabled = False
    miner = TemplateMiner(config=config)
    ids: list[int] = []
    start = time.perf_counter()
    with path.open(encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                break
            ids.append(miner.add_log_message(line.rstrip("\n"))["cluster_id"])
    elapsed = time.perf_counter() - start
    return len(ids) / elapsed, len(ids), ids


def grouping_accuracy(truth: list[str], pred: list[str]) -> float:
    """Share of lines whose predicted group equals their true group."""
    tg: dict[str, set[int]] = defaultdict(set)
    pg: dict[str, set[int]] = defaultdict(set)
    for i, (t, p) in enumerate(zip(truth, pred, strict=True)):
        tg[t].add(i)
        pg[p].add(i)
    return sum(len(m) for m in pg.values() if tg[truth[next(iter(m))]] == m) / len(truth)


def our_groups(path: Path) -> list[str]:
    """Template id per physical line from our parse command."""
    import csv
    import io

    from analyzer.logs.commands import parse_command

    out = io.StringIO()
    parse_command(path, fmt=None, timezone="UTC", out=out)
    out.seek(0)
    return [r["template_id"] for r in csv.DictReader(out)]


def concat_loghub(dest: Path) -> list[str]:
    """Write the 16 samples one after another; return the ground-truth group of each line."""
    truth: list[str] = []
    with dest.open("wb") as fh:
        for system in SYSTEMS:
            data = (DATA / system / f"{system}_2k.log").read_bytes()
            fh.write(data if data.endswith(b"\n") else data + b"\n")
            truth += [f"{system}:{g}" for g, _ in _truth(system)]
    return truth


def free_text(dest: Path, lines: int, seed: int = 2) -> None:
    """Lines of eight words drawn from twelve and a number: text with no template, where
    Drain's leaves fill with a cluster per line (the prefix tree's worst case)."""
    import random

    rng = random.Random(seed)
    words = [
        "alpha",
        "beta",
        "gamma",
        "delta",
        "epsilon",
        "zeta",
        "eta",
        "theta",
        "iota",
        "kappa",
        "lambda",
        "mu",
    ]
    with dest.open("w") as fh:
        for i in range(lines):
            fh.write(" ".join(rng.choice(words) for _ in range(8)) + f" {i}\n")


def report(
    name: str, path: Path, drain3_lines: int | None, truth: list[str] | None, repeat: int
) -> None:
    """Print one side-by-side row (and GA when ground truth is known)."""
    mine = ours(path, repeat)
    d_rate, d_lines, d_ids = drain3_run(path, drain3_lines)
    rate = mine["lines"] / mine["seconds"]
    print(
        f"\n== {name}: {int(mine['lines']):,} lines, {path.stat().st_size / 1e6:.1f} MB, "
        f"format {mine['format']}"
    )
    print(
        f"ours   : {rate:12,.0f} lines/s  (median of {repeat}: {mine['seconds']:.2f} s, best "
        f"{mine['best']:.2f} s; {int(mine['templates'])} templates, "
        f"peak RSS {mine['rss_mb']:.0f} MB)"
    )
    print(f"drain3 : {d_rate:12,.0f} lines/s  (on {d_lines:,} lines, {len(set(d_ids))} clusters)")
    print(f"speed-up: {rate / d_rate:.1f}x")
    if truth is not None:
        ga_ours = grouping_accuracy(truth, our_groups(path))
        ga_d3 = grouping_accuracy(truth, [str(i) for i in d_ids])
        print(f"GA on this input: ours {ga_ours:.3f}, drain3 {ga_d3:.3f}")


def main() -> None:
    """Run both inputs."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--mixed", type=Path, default=None)
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument(
        "--drain3-lines",
        type=int,
        default=None,
        help="cap drain3 to the first N lines of the mixed log (rate only)",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="our ingests per input (the median is reported; drain3 runs once)",
    )
    parser.add_argument(
        "--free-text",
        type=int,
        default=0,
        metavar="N",
        help="also N lines of free text (no templates: Drain's worst case)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        concat = Path(tmp) / "loghub16.log"
        truth = concat_loghub(concat)
        report("Loghub-2k x16 concatenated", concat, None, truth, args.repeat)
        mixed = args.mixed or Path(tmp) / "mixed.log"
        if not mixed.exists():
            generate(mixed, args.lines, seed=7)
        report("generated mixed log", mixed, args.drain3_lines, None, args.repeat)
        if args.free_text:
            text = Path(tmp) / "free_text.log"
            free_text(text, args.free_text)
            report("free text", text, None, None, 1)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nbench process (drain3 side) peak RSS {rss:.0f} MB")


if __name__ == "__main__":
    main()
