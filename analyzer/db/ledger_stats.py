"""Ledger statistics: counts, tokens, cost and latency percentiles, by scope and group.

Percentiles are nearest-rank (the smallest value with at least p% of values at or below it),
computed in Python from the matching rows, so both databases give identical answers.
Errors are calls whose status is `error` or `timeout`; `cancelled` is counted by status only.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from analyzer.db.ledger_query import ERROR_STATUSES, CallFilter, conditions
from analyzer.db.llm_call import LlmCall
from analyzer.db.types import utcnow

SCOPES = ("global", "user", "conversation")
GROUPS = ("model", "agent", "day")
PERCENTILES = (50, 95, 99)

StatRow = Row[Any]
KeyFn = Callable[[StatRow], str]


@dataclass(frozen=True)
class StatsQuery:
    """Which calls to summarise: a scope (with its id), a window in hours, filters, a grouping."""

    scope: str = "global"
    scope_id: str | None = None
    hours: float | None = None
    model: str | None = None
    agent: str | None = None
    group_by: str | None = None


def nearest_rank(ordered: Sequence[float], pct: float) -> float | None:
    """The nearest-rank percentile of ascending values (None when there are none)."""
    if not ordered:
        return None
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def percentiles(values: Iterable[float]) -> dict[str, float | None]:
    """p50, p95 and p99 of some values."""
    ordered = sorted(values)
    return {f"p{p}": nearest_rank(ordered, p) for p in PERCENTILES}


@dataclass
class Tally:
    """Running totals of a set of calls."""

    statuses: Counter[str] = field(default_factory=Counter)
    input_tokens: int = 0
    output_tokens: int = 0
    tokens_unknown: int = 0
    cost_usd: float = 0.0
    latencies: list[float] = field(default_factory=list)
    ttfts: list[float] = field(default_factory=list)

    def add(self, row: StatRow) -> None:
        """Count one call."""
        self.statuses[row.status] += 1
        self.input_tokens += row.input_tokens or 0
        self.output_tokens += row.output_tokens or 0
        self.tokens_unknown += row.input_tokens is None or row.output_tokens is None
        self.cost_usd += row.cost_usd or 0.0
        if row.latency_ms is not None:
            self.latencies.append(row.latency_ms)
        if row.ttft_ms is not None:
            self.ttfts.append(row.ttft_ms)

    def summary(self) -> dict[str, Any]:
        """The totals as the API shows them."""
        calls = sum(self.statuses.values())
        errors = sum(self.statuses[s] for s in ERROR_STATUSES)
        return {
            "calls": calls,
            "errors": errors,
            "error_rate": errors / calls if calls else 0.0,
            "by_status": dict(sorted(self.statuses.items())),
            "input_tokens": self.input_tokens,
            "output_tokens": self.output_tokens,
            "tokens_unknown": self.tokens_unknown,
            "cost_usd": self.cost_usd,
            "latency_ms": percentiles(self.latencies),
            "ttft_ms": percentiles(self.ttfts),
        }


def tally(rows: Iterable[StatRow]) -> Tally:
    """One tally over every row."""
    total = Tally()
    for row in rows:
        total.add(row)
    return total


def grouped(rows: Iterable[StatRow], key: KeyFn) -> list[dict[str, Any]]:
    """One summary per key, ordered by key."""
    tallies: dict[str, Tally] = {}
    for row in rows:
        tallies.setdefault(key(row), Tally()).add(row)
    return [{"key": k, **tallies[k].summary()} for k in sorted(tallies)]


def day_key(row: StatRow) -> str:
    """The UTC date a call started on."""
    stamp: datetime = row.started_at
    return stamp.astimezone(UTC).date().isoformat()


def hour_key(row: StatRow) -> str:
    """The UTC hour a call started in."""
    stamp: datetime = row.started_at
    return stamp.astimezone(UTC).replace(minute=0, second=0, microsecond=0).isoformat()


KEYS: dict[str, KeyFn] = {
    "model": lambda row: str(row.model),
    "agent": lambda row: str(row.agent),
    "day": day_key,
}


def window_start(hours: float | None, now: datetime | None) -> datetime | None:
    """The start of a window of `hours` ending now (None for no window)."""
    return None if hours is None else (now or utcnow()) - timedelta(hours=hours)


def scope_filter(query: StatsQuery, since: datetime | None) -> CallFilter:
    """The call filter of a stats query."""
    if query.scope not in SCOPES:
        raise ValueError(f"unknown scope {query.scope!r}")
    if query.scope != "global" and not query.scope_id:
        raise ValueError(f"scope {query.scope!r} needs an id")
    return CallFilter(
        model=query.model,
        agent=query.agent,
        since=since,
        user_id=query.scope_id if query.scope == "user" else None,
        conversation_id=query.scope_id if query.scope == "conversation" else None,
    )


def stat_rows(session: Session, f: CallFilter) -> list[StatRow]:
    """The columns statistics need, for every matching call."""
    cols = (
        LlmCall.model,
        LlmCall.agent,
        LlmCall.user_id,
        LlmCall.conversation_id,
        LlmCall.started_at,
        LlmCall.status,
        LlmCall.input_tokens,
        LlmCall.output_tokens,
        LlmCall.cost_usd,
        LlmCall.latency_ms,
        LlmCall.ttft_ms,
    )
    stmt = select(*cols).where(*conditions(f, session.get_bind().dialect.name))
    return list(session.execute(stmt))


def call_stats(
    session: Session, *, query: StatsQuery, now: datetime | None = None
) -> dict[str, Any]:
    """Totals (and groups, if asked) for a scope; ValueError on an unknown scope or group."""
    if query.group_by is not None and query.group_by not in KEYS:
        raise ValueError(f"unknown group_by {query.group_by!r}")
    since = window_start(query.hours, now)
    rows = stat_rows(session, scope_filter(query, since))
    return {
        "scope": query.scope,
        "id": query.scope_id,
        "hours": query.hours,
        "since": since,
        "model": query.model,
        "agent": query.agent,
        "group_by": query.group_by,
        "totals": tally(rows).summary(),
        "groups": grouped(rows, KEYS[query.group_by]) if query.group_by else [],
    }
