"""Filters every query primitive accepts, and the coverage every result carries."""

from __future__ import annotations

import re
import string
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, Field, field_validator

from analyzer.logs.extract import FIELD_NAME, field_sql
from analyzer.logs.profile import TimeRange


class Filters(BaseModel):
    """Which events a primitive looks at; every field is optional and they all AND together."""

    log_ids: list[str] | None = None
    start: datetime | None = None
    end: datetime | None = None
    levels: list[str] | None = None
    sources: list[str] | None = None
    template_ids: list[int] | None = None
    templates: list[str] | None = Field(
        default=None, description="template keys `log_id:template_id` (any of them)"
    )
    fields: dict[str, str] | None = Field(
        default=None, description="field name -> RE2 pattern its whole value must match"
    )
    anywhere: list[str] = Field(
        default_factory=list,
        description="all must occur (any case) in the message, source or the line's header",
    )
    include: list[str] = Field(default_factory=list, description="all must occur (any case)")
    exclude: list[str] = Field(default_factory=list, description="none may occur (any case)")
    regex: str | None = Field(default=None, description="RE2 regular expression on the message")

    @field_validator("fields")
    @classmethod
    def _field_names(cls, value: dict[str, str] | None) -> dict[str, str] | None:
        for name in value or {}:
            if not re.match(FIELD_NAME, name):
                raise ValueError(f"invalid field name {name!r}")
        return value

    def applied(self) -> dict[str, Any]:
        """The filters actually set, for coverage."""
        return self.model_dump(mode="json", exclude_defaults=True)


class Coverage(BaseModel):
    """What a result is based on: events scanned, time window, filters, shown vs total."""

    lines_scanned: int
    events_matched: int
    time_window: TimeRange
    filters: dict[str, Any]
    shown: int
    total: int
    note: str


def naive_utc(value: datetime) -> datetime:
    """A datetime as naive UTC (naive input is taken as UTC already)."""
    return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value


_PUNCTUATION = frozenset(string.punctuation)


def where(filters: Filters) -> tuple[str, list[Any]]:
    """SQL WHERE clause (without the keyword) and its parameters for a filter set."""
    parts: list[str] = ["true"]
    params: list[Any] = []
    if filters.log_ids:
        parts.append("log_id IN (SELECT unnest(?))")
        params.append(filters.log_ids)
    if filters.start is not None:
        parts.append("ts >= ?")
        params.append(naive_utc(filters.start))
    if filters.end is not None:
        parts.append("ts < ?")
        params.append(naive_utc(filters.end))
    if filters.levels:
        parts.append("level IN (SELECT unnest(?))")
        params.append([lv.upper() for lv in filters.levels])
    if filters.sources:
        parts.append("source IN (SELECT unnest(?))")
        params.append(filters.sources)
    if filters.template_ids:
        parts.append("template_id IN (SELECT unnest(?))")
        params.append(filters.template_ids)
    if filters.templates:
        parts.append("(log_id || ':' || template_id) IN (SELECT unnest(?))")
        params.append(filters.templates)
    for name, pattern in (filters.fields or {}).items():
        parts.append(f"regexp_full_match(coalesce({field_sql(name)}, ''), ?)")
        params.append(pattern)
    for term in filters.include:
        parts.append(TEXT_HAS)
        params += [text_pattern(term)] * TEXT_PARAMS
    for term in filters.anywhere:
        parts.append(TEXT_ANY)
        params += [text_pattern(term)] * TEXT_ANY.count("?")
    for term in filters.exclude:
        parts.append(f"NOT {TEXT_HAS}")
        params += [text_pattern(term)] * TEXT_PARAMS
    if filters.regex:
        parts.append("regexp_matches(message, ?)")
        params.append(filters.regex)
    return " AND ".join(parts), params


# what include terms look in: the message, the source and structured (JSON) fields; a line's
# header (thread names, host columns) only for `anywhere` terms, where it cannot match by accident
# (each `?` is a `text_pattern`)
TEXT_HAS = (
    "(regexp_matches(message, ?) OR coalesce(regexp_matches(source, ?), false) "
    "OR coalesce(regexp_matches(attrs, ?), false))"
)
TEXT_PARAMS = TEXT_HAS.count("?")
TEXT_ANY = TEXT_HAS[:-1] + " OR coalesce(regexp_matches(header, ?), false))"


def text_pattern(term: str) -> str:
    """The RE2 pattern finding a term as written, in any case (twice as fast as lowering
    every text and looking for the lowered term)."""
    return "(?i)" + "".join(f"\\{c}" if c in _PUNCTUATION else c for c in term)


def window_filters(filters: Filters) -> Filters:
    """Only the scope part of the filters (uploads and time window): what counts as scanned."""
    return Filters(log_ids=filters.log_ids, start=filters.start, end=filters.end)
