"""LogStore: DuckDB over the Parquet of one or more uploads, plus their raw files for citations."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import numpy.typing as npt

from analyzer.errors import AppError, ErrorCode
from analyzer.logs.coverage import Coverage, Filters, where, window_filters
from analyzer.logs.duck import Session
from analyzer.logs.ingest import MANIFEST_FILE
from analyzer.logs.lineindex import LINE_INDEX_FILE
from analyzer.logs.profile import TimeRange
from analyzer.logs.reader import decode_lenient
from analyzer.logs.summarize import EVENTS_FILE, TEMPLATES_FILE


@dataclass(frozen=True)
class Upload:
    """One ingested upload: its id, store folder, raw file and line index."""

    log_id: str
    store_dir: Path
    raw: Path
    offsets: npt.NDArray[np.int64]

    @property
    def line_count(self) -> int:
        """Physical lines in the raw file."""
        return len(self.offsets) - 1

    def raw_lines(self, start: int, end: int) -> list[str]:
        """Raw text of physical lines start..end (1-based, inclusive, clipped)."""
        start, end = max(start, 1), min(end, self.line_count)
        if end < start:
            return []
        lo, hi = int(self.offsets[start - 1]), int(self.offsets[end])
        try:
            with self.raw.open("rb") as fh:
                fh.seek(lo)
                data = fh.read(hi - lo)
        except FileNotFoundError as exc:
            raise AppError(ErrorCode.LOG_NOT_FOUND, f"log {self.log_id} is gone") from exc
        text = decode_lenient(data).split("\n")
        return [ln.rstrip("\r") for ln in text[: end - start + 1]]


def _load(log_id: str, store_dir: Path) -> Upload:
    manifest = store_dir / MANIFEST_FILE
    if not (store_dir / EVENTS_FILE).is_file() or not manifest.is_file():
        raise AppError(ErrorCode.LOG_NOT_FOUND, f"log {log_id} is not ingested")
    ref = Path(json.loads(manifest.read_text())["raw"])
    raw = ref if ref.is_absolute() else store_dir / ref
    offsets = np.load(store_dir / LINE_INDEX_FILE, mmap_mode="r")
    return Upload(log_id, store_dir, raw, offsets)


# columns added to the events file since the first release: older stores read them as NULL
LATER_COLUMNS = {"header": "VARCHAR"}


def _missing_columns(conn: duckdb.DuckDBPyConnection, source: str) -> str:
    have = {row[0] for row in conn.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()}
    return "".join(
        f", CAST(NULL AS {kind}) AS {column}"
        for column, kind in LATER_COLUMNS.items()
        if column not in have
    )


def _q(text: str) -> str:
    return text.replace("'", "''")


def utc(value: Any) -> datetime | None:
    """A naive UTC timestamp from DuckDB as an aware datetime."""
    return value.replace(tzinfo=UTC) if isinstance(value, datetime) else None


class LogStore:
    """Query access to one or more uploads; views `events` and `templates` carry `log_id`."""

    def __init__(self, session: Session, uploads: dict[str, Upload]) -> None:
        self.session = session
        self.uploads = uploads
        self._scopes: dict[str, tuple[Any, ...]] = {}
        self._tables: dict[str, str] = {}

    @classmethod
    def open(cls, logs: Sequence[tuple[str, Path]]) -> LogStore:
        """Open uploads given as (log_id, store_dir) pairs: their views in a schema of their own
        in the process's shared DuckDB database (`duck.shared`), dropped on `close`."""
        if not logs:
            raise AppError(ErrorCode.VALIDATION_FAILED, "no logs to open")
        uploads = {log_id: _load(log_id, Path(d)) for log_id, d in logs}
        session = Session("store")
        store = cls(session, uploads)
        try:
            for view, name in (("events", EVENTS_FILE), ("templates", TEMPLATES_FILE)):
                parts = []
                for u in uploads.values():
                    source = f"read_parquet('{_q(str(u.store_dir / name))}')"
                    extra = _missing_columns(session.conn, source) if view == "events" else ""
                    parts.append(f"SELECT '{_q(u.log_id)}' AS log_id, *{extra} FROM {source}")
                session.conn.execute(f"CREATE VIEW {view} AS {' UNION ALL BY NAME '.join(parts)}")
        except BaseException:
            session.close()
            raise
        return store

    def close(self) -> None:
        """Drop the store's views and cached tables and release its connection."""
        self.session.close()

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A new connection seeing the store's views (one per thread)."""
        return self.session.cursor()

    def __enter__(self) -> LogStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def upload(self, log_id: str) -> Upload:
        """The upload with this id (LOG_NOT_FOUND otherwise)."""
        found = self.uploads.get(log_id)
        if found is None:
            raise AppError(ErrorCode.LOG_NOT_FOUND, f"log {log_id} is not in this store")
        return found

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run a query with parameters and fetch all rows (a fresh cursor: thread-safe)."""
        try:
            return self.cursor().execute(sql, list(params)).fetchall()
        except duckdb.IOException as exc:  # an upload deleted while it is being queried
            raise AppError(ErrorCode.LOG_NOT_FOUND, "a log of this query is gone") from exc

    def materialize(self, sql: str, params: Sequence[Any] = ()) -> str:
        """A table holding the rows of a query, computed once per store (uploads never change)."""
        key = sql + repr(list(params))
        name = self._tables.get(key)
        if name is None:
            name = f"cache_{len(self._tables)}"
            self.cursor().execute(f"CREATE TABLE {name} AS {sql}", list(params))
            self._tables[key] = name
        return name

    def scope(self, filters: Filters) -> tuple[Any, ...]:
        """(events, first ts, last ts) in the filters' uploads and time window (cached)."""
        scope = window_filters(filters)
        key = scope.model_dump_json()
        if key not in self._scopes:
            clause, params = where(scope)
            self._scopes[key] = self.rows(
                f"SELECT count(*), min(ts), max(ts) FROM events WHERE {clause}", params
            )[0]
        return self._scopes[key]

    def coverage(
        self, filters: Filters, *, matched: int, shown: int, total: int, what: str = "rows"
    ) -> Coverage:
        """Coverage of a result: events in scope, their time window, filters, shown of total."""
        scanned, first, last = self.scope(filters)
        note = f"showing {shown} of {total} {what}; {matched} of {scanned} events matched"
        return Coverage(
            lines_scanned=scanned,
            events_matched=matched,
            time_window=TimeRange(start=utc(first), end=utc(last)),
            filters=filters.applied(),
            shown=shown,
            total=total,
            note=note,
        )
