"""Export of ledger rows as JSONL or CSV, streamed page by page, user ids hashed (SHA-256)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from analyzer.db.engine import Database
from analyzer.db.ledger import COLUMNS
from analyzer.db.ledger_query import CallFilter, call_dict, list_calls

FORMATS = ("jsonl", "csv")
PAGE_SIZE = 500


def hash_user_id(user_id: str | None) -> str | None:
    """The SHA-256 hex digest of a user id (None stays None)."""
    return None if user_id is None else hashlib.sha256(user_id.encode()).hexdigest()


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def export_record(row: dict[str, Any]) -> dict[str, Any]:
    """A row as exported: datetimes as ISO 8601, the user id hashed."""
    record = {k: _plain(v) for k, v in row.items()}
    record["user_id"] = hash_user_id(row.get("user_id"))
    return record


def iter_records(
    db: Database, *, filters: CallFilter, page_size: int = PAGE_SIZE
) -> Iterator[dict[str, Any]]:
    """Every matching row, newest first, one short transaction per page."""
    cursor: str | None = None
    while True:
        with db.tx() as s:
            page = list_calls(s, filters=filters, limit=page_size, cursor=cursor)
            rows = [export_record(call_dict(c)) for c in page.items]
        yield from rows
        if page.next_cursor is None:
            return
        cursor = page.next_cursor


def jsonl_lines(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """One JSON object per line."""
    for record in records:
        yield json.dumps(record, ensure_ascii=False) + "\n"


def _cell(value: Any) -> Any:
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


def _csv_line(values: Iterable[Any]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerow([_cell(v) for v in values])
    return buffer.getvalue()


def csv_lines(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """A header row, then one row per record (JSON columns as JSON text)."""
    yield _csv_line(COLUMNS)
    for record in records:
        yield _csv_line(record.get(c) for c in COLUMNS)


def export_lines(
    db: Database, *, filters: CallFilter, fmt: str, page_size: int = PAGE_SIZE
) -> Iterator[str]:
    """The export, line by line; ValueError on an unknown format."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    records = iter_records(db, filters=filters, page_size=page_size)
    return jsonl_lines(records) if fmt == "jsonl" else csv_lines(records)
