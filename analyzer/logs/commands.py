"""Command-line entry points: ingest a file and print its profile, or print per-line templates."""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from pathlib import Path
from typing import TextIO

import duckdb

from analyzer.errors import AppError, ErrorCode
from analyzer.logs.ingest import ingest
from analyzer.logs.profile import LogProfile
from analyzer.logs.summarize import EVENTS_FILE, TEMPLATES_FILE
from analyzer.logs.upload import (
    SNIFF_BYTES,
    has_byte_order_mark,
    is_compressed,
    looks_binary,
    normalize_upload,
)

CLI_MAX_BYTES = 1 << 40  # what the command line reads once decompressed (the API has its own)


def readable(path: Path, work_dir: Path) -> Path:
    """The file itself when it is plain UTF-8 text, else its plain-text copy in work_dir (the
    upload's normalisation: decompression, UTF-16 to UTF-8, no byte order mark); binary or empty
    input is an AppError, as for an upload."""
    try:
        with path.open("rb") as fh:
            head = fh.read(SNIFF_BYTES)
    except OSError as exc:
        raise AppError(ErrorCode.LOG_NOT_FOUND, f"cannot read {path}: {exc.strerror}") from exc
    if is_compressed(path) or has_byte_order_mark(path) or looks_binary(head) or not head.strip():
        work_dir.mkdir(parents=True, exist_ok=True)
        dest = work_dir / "raw.log"
        return normalize_upload(path, dest, filename=path.name, max_bytes=CLI_MAX_BYTES).path
    return path


def _ingest_quietly(
    path: Path, store: Path, *, fmt: str | None, timezone: str, infer_offset: bool = False
) -> LogProfile | None:
    """Ingest a file into `store`; None (the problem printed to stderr as JSON) on bad input."""
    try:
        return ingest(
            readable(path, store),
            store,
            log_id=path.stem,
            filename=path.name,
            format_override=fmt,
            timezone=timezone,
            infer_offset=infer_offset,
        )
    except AppError as exc:
        print(json.dumps(exc.problem()), file=sys.stderr)
        return None


def ingest_command(
    path: Path, *, fmt: str | None, timezone: str, work_dir: Path, infer_offset: bool = False
) -> int:
    """Ingest a file into a folder of its own under work_dir (so that ingests run at once do
    not share one), print its profile as JSON and remove the folder; 0 on success."""
    work_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ingest-", dir=work_dir) as tmp:
        profile = _ingest_quietly(
            path, Path(tmp), fmt=fmt, timezone=timezone, infer_offset=infer_offset
        )
    if profile is None:
        return 1
    print(json.dumps(profile.model_dump(mode="json"), indent=2))
    return 0


def parse_command(
    path: Path, *, fmt: str | None, timezone: str, out: TextIO, infer_offset: bool = False
) -> int:
    """Print `line,template_id,template` for every physical line of a file; 0 on success."""
    with tempfile.TemporaryDirectory(prefix="parse-") as tmp:
        if (
            _ingest_quietly(path, Path(tmp), fmt=fmt, timezone=timezone, infer_offset=infer_offset)
            is None
        ):
            return 1
        write_line_templates(Path(tmp), out)
    return 0


def write_line_templates(store_dir: Path, out: TextIO) -> None:
    """Write the CSV of every physical line's template from an ingested store."""
    conn = duckdb.connect()
    rows = conn.execute(f"""
        SELECT unnest(range(e.line, e.end_line + 1)) AS line, e.template_id, t.pattern
        FROM read_parquet('{store_dir / EVENTS_FILE}') e
        JOIN read_parquet('{store_dir / TEMPLATES_FILE}') t USING (template_id)
        ORDER BY line""")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["line", "template_id", "template"])
    while batch := rows.fetchmany(65536):
        writer.writerows(batch)
    conn.close()


def main(argv: list[str] | None = None) -> int:
    """`python -m analyzer.logs.commands {ingest,parse} FILE [--format F] [--timezone TZ]`."""
    parser = argparse.ArgumentParser(prog="analyzer.logs.commands")
    parser.add_argument("command", choices=["ingest", "parse"])
    parser.add_argument("file", type=Path)
    parser.add_argument("--format", default=None)
    parser.add_argument("--timezone", default=None)
    parser.add_argument("--csv", action="store_true", help="accepted for parse (always CSV)")
    parser.add_argument("--work-dir", type=Path, default=None)
    args = parser.parse_args(argv)
    tz, infer = args.timezone or "UTC", args.timezone is None
    if args.command == "parse":
        return parse_command(
            args.file, fmt=args.format, timezone=tz, out=sys.stdout, infer_offset=infer
        )
    work = args.work_dir or Path(tempfile.gettempdir())
    return ingest_command(
        args.file, fmt=args.format, timezone=tz, work_dir=work, infer_offset=infer
    )


if __name__ == "__main__":
    raise SystemExit(main())
