"""Line-level primitives: search, raw lines with their parsed fields, and the context of a line."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from analyzer.logs.coverage import Coverage, Filters, where
from analyzer.logs.store import LogStore, utc

_EVENT_COLS = "log_id, line, end_line, ts, level, source, template_id, message"


class EventHit(BaseModel):
    """One event (cite it as log_id:line); end_line > line for multi-line events."""

    log_id: str
    line: int
    end_line: int
    ts: datetime | None
    level: str | None
    source: str | None
    template_id: int
    message: str


class SearchArgs(BaseModel):
    """Text/regex search: filters.include/exclude/regex select events; newest last."""

    filters: Filters = Field(default_factory=Filters)
    limit: int = Field(default=50, ge=1, le=1000)
    last: bool = Field(default=False, description="the last `limit` matches (still oldest first)")


class SearchResult(BaseModel):
    """Matching events, merged by time across uploads."""

    hits: list[EventHit]
    coverage: Coverage


def _hit(row: dict[str, Any]) -> EventHit:
    return EventHit.model_validate({**row, "ts": utc(row["ts"])})


def search(store: LogStore, args: SearchArgs) -> SearchResult:
    """Events matching the filters, ordered by time then upload and line.

    One scan counts the matches and keeps the first (or last) `limit` of them in order."""
    clause, params = where(args.filters)
    # events without a time sort after the timed ones, both ways
    pick, missing = ("max_by", "-infinity") if args.last else ("min_by", "infinity")
    order = f"{{'t': coalesce(ts, '{missing}'::TIMESTAMP), 'l': log_id, 'n': line}}"
    event = "{" + ", ".join(f"'{c}': {c}" for c in _EVENT_COLS.split(", ")) + "}"
    total, picked = store.rows(
        f"SELECT count(*), {pick}({event}, {order}, ?) FROM events WHERE {clause}",
        [args.limit, *params],
    )[0]
    rows = picked or []
    hits = [_hit(r) for r in (reversed(rows) if args.last else rows)]
    cov = store.coverage(
        args.filters, matched=total, shown=len(hits), total=total, what="matching events"
    )
    return SearchResult(hits=hits, coverage=cov)


class LineRow(BaseModel):
    """A physical line: raw text plus the parsed fields of the event it belongs to."""

    log_id: str
    line: int
    text: str
    event_line: int | None
    ts: datetime | None
    level: str | None
    source: str | None
    template_id: int | None
    template: str | None


class LinesArgs(BaseModel):
    """Physical lines start..end (1-based, inclusive) of one upload."""

    log_id: str
    start: int = Field(ge=1)
    end: int = Field(ge=1)


class LinesResult(BaseModel):
    """Raw lines with their parsed fields."""

    lines: list[LineRow]
    coverage: Coverage


MAX_LINES = 5000


def lines(store: LogStore, args: LinesArgs) -> LinesResult:
    """Raw lines start..end with their event's time, level, source and template."""
    upload = store.upload(args.log_id)
    end = min(args.end, args.start + MAX_LINES - 1, upload.line_count)
    texts = upload.raw_lines(args.start, end)
    events = store.rows(
        "SELECT e.line, e.end_line, e.ts, e.level, e.source, e.template_id, t.pattern "
        "FROM events e JOIN templates t USING (log_id, template_id) "
        "WHERE e.log_id = ? AND e.end_line >= ? AND e.line <= ? ORDER BY e.line",
        [args.log_id, args.start, end],
    )
    rows: list[LineRow] = []
    idx = 0
    for offset, text in enumerate(texts):
        n = args.start + offset
        while idx < len(events) and events[idx][1] < n:
            idx += 1
        ev = events[idx] if idx < len(events) and events[idx][0] <= n else None
        rows.append(
            LineRow(
                log_id=args.log_id,
                line=n,
                text=text,
                event_line=ev[0] if ev else None,
                ts=utc(ev[2]) if ev else None,
                level=ev[3] if ev else None,
                source=ev[4] if ev else None,
                template_id=ev[5] if ev else None,
                template=ev[6] if ev else None,
            )
        )
    filters = Filters(log_ids=[args.log_id])
    cov = store.coverage(
        filters, matched=len(rows), shown=len(rows), total=upload.line_count, what="lines"
    )
    return LinesResult(lines=rows, coverage=cov)


class ContextArgs(BaseModel):
    """k lines before and after one line of one upload."""

    log_id: str
    line: int = Field(ge=1)
    k: int = Field(default=5, ge=0, le=200)


def context(store: LogStore, args: ContextArgs) -> LinesResult:
    """The lines around a cited line, read from the raw file."""
    start = max(1, args.line - args.k)
    return lines(store, LinesArgs(log_id=args.log_id, start=start, end=args.line + args.k))
