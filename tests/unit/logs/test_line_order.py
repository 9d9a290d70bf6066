"""Every event is read from its own lines: a file of many formats, cut in chunks of several
Arrow batches, keeps each parsed row with the line it came from (a query run on several
threads would not keep the order of the lines the parser relies on)."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from analyzer.logs.ingest import ingest
from analyzer.logs.reader import BATCH_ROWS
from analyzer.logs.store import LogStore

from .conftest import LOGHUB, needs_loghub


@needs_loghub()
def test_each_message_is_in_the_lines_of_its_event(tmp_path: Path) -> None:
    log = tmp_path / "loghub.log"
    with log.open("wb") as out:
        for sample in sorted(LOGHUB.glob("*/*_2k.log")):
            data = sample.read_bytes()
            out.write(data if data.endswith(b"\n") else data + b"\n")
    profile = ingest(log, tmp_path / "s", log_id="x", filename=log.name)
    assert profile.line_count > BATCH_ROWS and profile.fallback_formats
    with LogStore.open([("x", tmp_path / "s")]) as store:
        upload = store.upload("x")
        events = store.rows("SELECT line, end_line, parsed, message FROM events ORDER BY line")
    # one event a line at most: no line read twice (parsed, then again as unparsed)
    overlapping = [a for a, b in pairwise(events) if b[0] <= a[1]]
    assert overlapping == []
    assert sum(end - line + 1 for line, end, _, _ in events) == profile.line_count
    misplaced = [
        (line, message)
        for line, end_line, parsed, message in events
        if parsed
        and message
        and message.splitlines()[0][:40].strip() not in "\n".join(upload.raw_lines(line, end_line))
    ]
    assert len(events) > 30_000 and misplaced == []
