"""Stamps without a year take the ingest year, or the year before when that would be the future."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from analyzer.logs.ingest import ingest


def test_a_date_that_would_lie_in_the_future_is_last_years(tmp_path: Path) -> None:
    now = datetime.now(UTC)
    past, future = now - timedelta(days=2), now + timedelta(days=3)
    raw = tmp_path / "auth.log"
    raw.write_text(
        f"{past:%b %e %H:%M:%S} bastion sshd[1]: Accepted password for admin\n"
        f"{future:%b %e %H:%M:%S} bastion sshd[2]: Failed password for root\n"
    )
    profile = ingest(raw, tmp_path / "store", log_id="a", filename="auth.log")
    assert profile.format == "syslog"
    start, end = profile.time_range.start, profile.time_range.end
    assert start is not None and end is not None
    if past.year == future.year:  # not run across New Year
        assert {start.year, end.year} == {now.year - 1, now.year}
    assert end <= now + timedelta(days=1)
