"""Grouping and Parsing Accuracy of `parse --csv` on the 16 Loghub-2k samples, next to Drain."""

from __future__ import annotations

import csv
import io
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from analyzer.logs.commands import parse_command

sys.path.insert(0, str(Path(__file__).resolve().parent))

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "loghub-2k"
SYSTEMS = [
    "Android",
    "Apache",
    "BGL",
    "HDFS",
    "HPC",
    "Hadoop",
    "HealthApp",
    "Linux",
    "Mac",
    "OpenSSH",
    "OpenStack",
    "Proxifier",
    "Spark",
    "Thunderbird",
    "Windows",
    "Zookeeper",
]


def _norm(template: str) -> str:
    t = re.sub(r"<\*>(?:\s*<\*>)+", "<*>", template.replace("<*>", " <*> "))
    return " ".join(t.split())


def scores(truth: list[tuple[str, str]], pred: list[tuple[str, str]]) -> tuple[float, float]:
    """(GA, PA) for aligned lists of (group id, template)."""
    true_groups: dict[str, set[int]] = defaultdict(set)
    pred_groups: dict[str, set[int]] = defaultdict(set)
    for i, ((tg, _), (pg, _)) in enumerate(zip(truth, pred, strict=True)):
        true_groups[tg].add(i)
        pred_groups[pg].add(i)
    correct = 0
    for members in pred_groups.values():
        first = next(iter(members))
        if true_groups[truth[first][0]] == members:
            correct += len(members)
    pa = sum(_norm(t[1]) == _norm(p[1]) for t, p in zip(truth, pred, strict=True))
    return correct / len(truth), pa / len(truth)


def _truth(system: str) -> list[tuple[str, str]]:
    path = DATA / system / f"{system}_2k.log_structured_corrected.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return [(r["EventId"], r["EventTemplate"]) for r in csv.DictReader(fh)]


def _pred(system: str) -> list[tuple[str, str]]:
    out = io.StringIO()
    parse_command(DATA / system / f"{system}_2k.log", fmt=None, timezone="UTC", out=out)
    out.seek(0)
    return [(r["template_id"], r["template"]) for r in csv.DictReader(out)]


def _drain3(system: str) -> list[tuple[str, str]]:
    """drain3 (default config + the usual masking) on the ground truth's Content column."""
    from drain3 import TemplateMiner
    from drain3.masking import MaskingInstruction
    from drain3.template_miner_config import TemplateMinerConfig
    from ingest_bench import DRAIN3_MASKS

    config = TemplateMinerConfig()
    config.masking_instructions = [MaskingInstruction(p, m) for p, m in DRAIN3_MASKS]
    miner = TemplateMiner(config=config)
    path = DATA / system / f"{system}_2k.log_structured_corrected.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        ids = [miner.add_log_message(r["Content"])["cluster_id"] for r in csv.DictReader(fh)]
    return [(str(i), "") for i in ids]


def _drain(metric: str) -> dict[str, float]:
    path = DATA / "published_effectiveness_results.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = {r["dataset+metrics"]: r for r in csv.DictReader(fh)}
    out = {}
    for system in SYSTEMS:
        row = rows.get(f"{system} {metric}")
        if row:
            out[system] = float(row["Drain"].split("/")[0])
    return out


def main() -> int:
    """Print the per-system table and the averages."""
    tempfile.tempdir = tempfile.gettempdir()
    dga, dpa = _drain("GA"), _drain("PA")
    print(f"{'system':<12} {'GA':>6} {'DrainGA':>8} {'PA':>6} {'DrainPA':>8} {'drain3GA':>9}")
    ga_all, pa_all, d3_all, worse, below = [], [], [], [], []
    for system in SYSTEMS:
        truth = _truth(system)
        ga, pa = scores(truth, _pred(system))
        d3_all.append(scores(truth, _drain3(system))[0])
        ga_all.append(ga)
        pa_all.append(pa)
        d_ga = dga.get(system)
        if d_ga is not None and ga < d_ga - 0.02:
            worse.append(system)
        if d_ga is not None and round(ga, 3) < d_ga:
            below.append(system)
        print(
            f"{system:<12} {ga:6.3f} {_fmt(d_ga):>8} {pa:6.3f} {_fmt(dpa.get(system)):>8} "
            f"{d3_all[-1]:9.3f}"
        )
    both = [s for s in SYSTEMS if s in dga]
    ours14 = sum(ga_all[SYSTEMS.index(s)] for s in both) / len(both)
    print(
        f"{'average':<12} {sum(ga_all) / 16:6.3f} {'0.850':>8} {sum(pa_all) / 16:6.3f} "
        f"{'0.320':>8} {sum(d3_all) / 16:9.3f}"
    )
    print(f"average GA on the {len(both)} systems Drain reports: {ours14:.3f}")
    print("systems below Drain - 0.02:", ", ".join(worse) or "none")
    print("systems below Drain:", ", ".join(below) or "none")
    return 0


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


if __name__ == "__main__":
    sys.exit(main())
