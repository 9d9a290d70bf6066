"""A log cut in many chunks reads as it does in one: events whose format reads a neighbouring
line (a header whose level and message are on the next line, a record's lines after its stamp,
a line the container runtime split) are whole at a chunk's first and last lines too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from analyzer.logs.ingest import ingest
from analyzer.logs.store import LogStore

from .conftest import FIXTURES

EVENTS = """
    SELECT e.line, e.end_line, e.ts, e.level, e.source, e.parsed, e.message, t.pattern
    FROM events e JOIN templates t USING (log_id, template_id) ORDER BY e.line"""
LOGS = sorted(
    p.name for p in FIXTURES.iterdir() if p.is_file() and p.suffix in (".log", ".jsonl", ".csv")
)


def _events(log: Path, store: Path) -> list[tuple[Any, ...]]:
    ingest(log, store, log_id="x", filename=log.name)
    with LogStore.open([("x", store)]) as opened:
        return opened.rows(EVENTS)


@pytest.mark.parametrize("name", LOGS)
def test_small_chunks_read_a_log_as_one_chunk_does(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = _events(FIXTURES / name, tmp_path / "whole")
    # chunks of a few lines (ingest's are 1 MiB or more): the lines around a chunk are taken
    # from its neighbours only, so a chunk smaller than a record would not see it whole
    monkeypatch.setattr("analyzer.logs.ingest._chunk_bytes", lambda total, **_: 1024)
    assert _events(FIXTURES / name, tmp_path / "cut") == whole
