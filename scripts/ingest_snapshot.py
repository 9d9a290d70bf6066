"""Developer harness: what ingestion makes of every fixture and Loghub sample, to compare the
output of two versions of the code (a refactor or a speed-up must leave it unchanged).

    .venv/bin/python scripts/ingest_snapshot.py save OUT.json [--repo PATH]
    .venv/bin/python scripts/ingest_snapshot.py compare BEFORE.json AFTER.json

`save` ingests each file of fixtures/logs and ../shared/data/loghub-2k with the code of the
repository at --repo (default: this one; a `git worktree` of another commit works) and writes,
per file: format, lines, events, time range, levels, sources, warnings, parse failures, and the
MD5 of its events (without template ids, which are numbered in mining order) and of its
templates. `compare` prints the files whose figures differ, and exits 1 when any does.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
LOGHUB = REPO.parent / "shared" / "data" / "loghub-2k"


def _figures(path: Path) -> dict[str, Any]:
    import pyarrow.parquet as pq

    from analyzer.logs.ingest import ingest

    with tempfile.TemporaryDirectory() as store:
        try:
            p = ingest(path, Path(store), log_id="snapshot", filename=path.name)
        except Exception as exc:  # an error is a figure too
            return {"error": f"{type(exc).__name__}: {exc}"}
        events = pq.read_table(Path(store) / "events.parquet").drop_columns(["template_id"])
        templates = pq.read_table(Path(store) / "templates.parquet").drop_columns(["template_id"])
        return {
            "format": p.format,
            "lines": p.line_count,
            "events": p.event_count,
            "range": [str(p.time_range.start), str(p.time_range.end)],
            "levels": p.levels,
            "sources": p.sources,
            "warnings": p.warnings,
            "failures": p.parse_failures,
            "events_md5": hashlib.md5(str(events.to_pydict()).encode()).hexdigest(),
            "templates_md5": hashlib.md5(str(templates.to_pydict()).encode()).hexdigest(),
        }


def save(out: Path, repo: Path) -> None:
    """Ingest every sample with the code at `repo` and write the figures to `out`."""
    sys.path.insert(0, str(repo))
    files = sorted(p for p in (repo / "fixtures" / "logs").iterdir() if p.is_file())
    files += sorted(LOGHUB.glob("*/*_2k.log"))
    figures = {f.name: _figures(f) for f in files}
    out.write_text(json.dumps(figures, indent=1, default=str))
    print(f"{len(figures)} files -> {out}")


def compare(before: Path, after: Path) -> int:
    """Print each file whose figures differ; the number of such files."""
    a, b = json.loads(before.read_text()), json.loads(after.read_text())
    differ = 0
    for name in sorted(set(a) | set(b)):
        old, new = a.get(name) or {}, b.get(name) or {}
        if old != new:
            differ += 1
            changed = {k: (old.get(k), new.get(k)) for k in sorted(set(old) | set(new))}
            print(name, {k: v for k, v in changed.items() if v[0] != v[1]})
    print(f"{differ} of {len(set(a) | set(b))} files differ")
    return differ


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    saving = sub.add_parser("save")
    saving.add_argument("out", type=Path)
    saving.add_argument("--repo", type=Path, default=REPO)
    comparing = sub.add_parser("compare")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "save":
        save(args.out, args.repo.resolve())
        return 0
    return 1 if compare(args.before, args.after) else 0


if __name__ == "__main__":
    sys.exit(main())
