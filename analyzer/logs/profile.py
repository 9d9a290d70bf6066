"""The log profile: what an upload contains, as returned by the API and kept beside the store."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pydantic import BaseModel, Field

from analyzer.errors import AppError, ErrorCode

PROFILE_FILE = "profile.json"


class TimeRange(BaseModel):
    """First and last event time, ISO 8601 UTC."""

    start: datetime | None = None
    end: datetime | None = None


class TemplateSummary(BaseModel):
    """One mined template with its count, time span and example lines."""

    template_id: int
    pattern: str
    count: int
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    examples: list[int] = Field(default_factory=list)


class LogProfile(BaseModel):
    """Summary of one ingested upload."""

    id: str
    filename: str
    # the format's name, or for lines inside envelopes (docker compose, CRI...) the outermost
    # envelope's, with the lines' own format as `payload_format`
    format: str
    envelopes: list[str] = Field(default_factory=list)
    payload_format: str | None = None
    format_forced: bool = False
    format_fit: float = 1.0
    fallback_formats: list[str] = Field(default_factory=list)
    timezone: str = "UTC"
    line_count: int
    event_count: int
    bytes: int
    time_range: TimeRange
    levels: dict[str, int]
    sources: dict[str, int]
    template_count: int
    top_templates: list[TemplateSummary]
    parse_failures: int
    invalid_utf8_lines: int
    truncated_lines: int
    multiline_events: int
    # parsed events without a time (the format writes none, or its stamp is an uptime as in
    # JDK's `-Xlog:gc`, or a date that does not exist): left out of the time range and timelines
    events_without_time: int = 0
    warnings: list[str] = Field(default_factory=list)


def save_profile(profile: LogProfile, store_dir: Path) -> None:
    """Write profile.json atomically."""
    tmp = store_dir / (PROFILE_FILE + ".tmp")
    tmp.write_text(profile.model_dump_json(indent=2), encoding="utf-8")
    tmp.replace(store_dir / PROFILE_FILE)


def load_profile(store_dir: Path) -> LogProfile:
    """Read profile.json of an ingested upload (LOG_NOT_FOUND when absent)."""
    path = store_dir / PROFILE_FILE
    if not path.is_file():
        raise AppError(ErrorCode.LOG_NOT_FOUND, f"no ingested log in {store_dir.name}")
    return LogProfile.model_validate_json(path.read_text(encoding="utf-8"))
