"""Properties every ingest keeps, whatever the file: files made by Hypothesis from the lines of
the fixtures (several formats mixed, cut, doubled, with stray bytes, carriage returns,
invalid UTF-8 and numbers past any time), detected or forced to any format, in any timezone.

- every physical line is counted, and the events cover lines 1..N exactly, in order, each
  event its first to its last line;
- `parse --csv` prints one row per physical line, numbered 1..N;
- the `lines` primitive gives back each line's text as the file holds it (invalid UTF-8
  read as Windows-1252, the carriage return before the line break dropped), in the event
  holding it, and `context` the lines around one;
- the profile's level counts add up to its events, and its time range is ordered;
- the log viewer's filters (text in any case, levels), page after page, show each line that
  passes them once, as the file holds it;
- a file is either ingested or refused with a structured error, never a crash.
"""

from __future__ import annotations

import csv
import io
import re
import tempfile
from pathlib import Path
from typing import Any

import duckdb
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analyzer.errors import AppError
from analyzer.logs import search
from analyzer.logs.commands import write_line_templates
from analyzer.logs.formats import BY_NAME
from analyzer.logs.ingest import ingest
from analyzer.logs.reader import LineFilter, filtered_lines
from analyzer.logs.store import LogStore

from .conftest import FIXTURES

_TEXT = sorted(
    p for p in FIXTURES.iterdir() if p.is_file() and p.suffix not in (".gz", ".zip", ".bin")
)
_LINES = {p.name: p.read_bytes().split(b"\n")[:200] for p in _TEXT}
_NAMES = sorted(_LINES)


@st.composite
def _line(draw: st.DrawFn, source: str) -> bytes:
    """A line of `source`, as written or damaged."""
    lines = _LINES[source]
    line = lines[draw(st.integers(0, len(lines) - 1))]
    damage = draw(
        st.sampled_from(
            ["none"] * 12
            + ["cut", "cr", "bytes", "blank", "bad-utf8", "repeated", "inserted", "huge"]
        )
    )
    if damage == "cut":
        return line[: draw(st.integers(0, len(line)))]
    if damage == "cr":
        at = draw(st.integers(0, len(line)))
        return line[:at] + b"\r" + line[at:]
    if damage == "bytes":
        return draw(st.binary(min_size=1, max_size=40)).replace(b"\n", b" ")
    if damage == "blank":
        return b""
    if damage == "bad-utf8":
        return b"\xff\xfe" + line
    if damage == "repeated":
        return line * draw(st.integers(2, 30))
    if damage == "huge":  # every number past any time: 20-digit epochs, years, offsets
        return re.sub(rb"\d+", lambda m: b"9" * (len(m.group()) + 12), line)
    if damage == "inserted":
        at = draw(st.integers(0, len(line)))
        return line[:at] + bytes([draw(st.integers(1, 255).filter(lambda b: b != 10))]) + line[at:]
    return line


@st.composite
def _log(draw: st.DrawFn) -> bytes:
    """A file of lines from one to four fixtures, in runs or interleaved."""
    sources = draw(st.lists(st.sampled_from(_NAMES), min_size=1, max_size=4))
    count = draw(st.integers(1, 120))
    if draw(st.booleans()):  # each source a run of lines, as a concatenation of logs
        lines = [draw(_line(sources[i * len(sources) // count])) for i in range(count)]
    else:
        lines = [draw(_line(draw(st.sampled_from(sources)))) for _ in range(count)]
    data = b"\n".join(lines) + (b"\n" if draw(st.booleans()) else b"")
    return data.replace(b"\n", b"\r\n") if draw(st.booleans()) else data


def _property(*, examples: int) -> settings:
    """Hypothesis' settings for these tests: the same examples on every run (no database)."""
    return settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def _physical_lines(data: bytes) -> int:
    return data.count(b"\n") + (0 if data.endswith(b"\n") else 1)


def _texts(data: bytes) -> list[str]:
    """Each physical line's text, as a reader of the file sees it: UTF-8, each byte that is
    not read as Windows-1252."""
    raw = data[:-1] if data.endswith(b"\n") else data
    return [_lenient(line).rstrip("\r") for line in raw.split(b"\n")]


def _lenient(line: bytes) -> str:
    escaped = line.decode("utf-8", errors="surrogateescape")
    return "".join(
        bytes([ord(c) - 0xDC00]).decode("cp1252", errors="replace")
        if 0xDC80 <= ord(c) <= 0xDCFF
        else c
        for c in escaped
    )


@_property(examples=40)
@given(
    data=_log(),
    fmt=st.one_of(st.none(), st.none(), st.sampled_from(sorted(BY_NAME))),
    timezone=st.sampled_from(["UTC", "Europe/Paris", "America/New_York", "Asia/Kolkata"]),
    around=st.tuples(st.integers(1, 200), st.integers(0, 6)),
)
def test_every_line_is_counted_and_covered_by_one_event(
    data: bytes, fmt: str | None, timezone: str, around: tuple[int, int]
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        raw, store = Path(tmp) / "mixed.log", Path(tmp) / "store"
        raw.write_bytes(data)
        try:
            profile = ingest(
                raw, store, log_id="p", filename=raw.name, format_override=fmt, timezone=timezone
            )
        except AppError as refused:  # a binary-looking file: a structured refusal
            assert refused.info.status in (413, 415, 422), refused
            return
        lines = _physical_lines(data)
        assert profile.line_count == lines
        spans = duckdb.sql(
            f"SELECT line, end_line FROM '{store / 'events.parquet'}' ORDER BY line"
        ).fetchall()
        assert len(spans) == profile.event_count
        assert spans[0][0] == 1 and spans[-1][1] == lines
        assert all(first <= last for first, last in spans)
        assert all(spans[i][1] + 1 == spans[i + 1][0] for i in range(len(spans) - 1))
        assert sum(profile.levels.values()) == profile.event_count
        start, end = profile.time_range.start, profile.time_range.end
        assert (start is None) == (end is None)
        assert start is None or end is None or start <= end
        out = io.StringIO()
        write_line_templates(store, out)
        rows = list(csv.reader(io.StringIO(out.getvalue())))
        assert [int(row[0]) for row in rows[1:]] == list(range(1, lines + 1))
        first_of = {n: first for first, last in spans for n in range(first, last + 1)}
        with LogStore.open([("p", store)]) as opened:
            shown = search.lines(opened, search.LinesArgs(log_id="p", start=1, end=lines)).lines
            assert [row.text for row in shown] == _texts(data)
            assert [row.event_line for row in shown] == [first_of[row.line] for row in shown]
            line, k = min(around[0], lines), around[1]
            near = search.context(opened, search.ContextArgs(log_id="p", line=line, k=k)).lines
            assert [row.line for row in near] == list(
                range(max(1, line - k), min(lines, line + k) + 1)
            )


def _every_page(store: LogStore, flt: LineFilter, lines: int, limit: int) -> list[Any]:
    """All lines passing the filter, page by page as the viewer asks for them (a small scan
    budget, so that pages also end where the budget runs out)."""
    upload, found, start = store.upload("p"), [], 1
    for _ in range(lines + 2):
        page = filtered_lines(
            store.cursor(), log_id="p", raw=upload.raw, offsets=upload.offsets, flt=flt,
            start=start, end=lines, limit=limit, budget_bytes=256,
        )  # fmt: skip
        found += page.rows
        if page.next_start is None:
            return found
        assert page.next_start > start
        start = page.next_start
    raise AssertionError("the pages did not end")


@_property(examples=30)
@given(data=_log(), choice=st.data())
def test_the_viewers_filters_show_each_matching_line_once_as_the_file_holds_it(
    data: bytes, choice: st.DataObject
) -> None:
    texts = _texts(data)
    with tempfile.TemporaryDirectory() as tmp:
        raw, store_dir = Path(tmp) / "viewer.log", Path(tmp) / "store"
        raw.write_bytes(data)
        try:
            ingest(raw, store_dir, log_id="p", filename=raw.name)
        except AppError:  # a binary-looking file: nothing to view
            return
        spans = duckdb.sql(
            f"SELECT line, end_line, coalesce(level, 'NONE') FROM '{store_dir / 'events.parquet'}'"
        ).fetchall()
        level_of = {n: level for first, last, level in spans for n in range(first, last + 1)}
        words = [w for t in texts for w in t.split() if w.isascii() and w.isalnum()]
        term = choice.draw(st.sampled_from(words)) if words else None
        if term is not None and choice.draw(st.booleans()):
            term = term.swapcase()
        levels = choice.draw(st.lists(st.sampled_from(sorted(set(level_of.values()))), max_size=2))
        flt = LineFilter(levels=tuple(levels), text=term)
        limit = choice.draw(st.integers(1, 7))
        with LogStore.open([("p", store_dir)]) as store:
            shown = _every_page(store, flt, len(texts), limit)
        expected = [
            n
            for n, text in enumerate(texts, start=1)
            if (term is None or term.lower() in text.lower())
            and (not levels or level_of[n] in levels)
        ]
        assert [row[0] for row in shown] == expected
        assert [row[1] for row in shown] == [texts[n - 1] for n in expected]
