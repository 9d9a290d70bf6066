"""The query primitives agree with a plain Python reading of the same events, for filters made
by Hypothesis (terms cut from the messages in any case, levels, time windows), over three
uploads queried together: a search's count and the events it shows (oldest first, untimed
last; the last matches, untimed ones only when too few are timed), counts by level, the
timeline's buckets.

The oracle reads the stored events and applies each filter as its description says, so a
difference is a primitive that answers something else than what it claims to count.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analyzer.logs.anomalies import NewTemplatesArgs, SpikeArgs, new_templates, spikes
from analyzer.logs.compare import CompareArgs, compare_windows
from analyzer.logs.counts import (
    CountArgs,
    TimelineArgs,
    TopTemplatesArgs,
    count_by,
    timeline,
    top_templates,
)
from analyzer.logs.coverage import Filters
from analyzer.logs.fields import FieldArgs, field_stats
from analyzer.logs.search import SearchArgs, search
from analyzer.logs.store import LogStore

from .conftest import FIXTURES, ingest_file

UPLOADS = ("java_app.log", "app.jsonl", "coredns_mixed.log")  # the last mostly untimed


@dataclass(frozen=True)
class Event:
    log_id: str
    line: int
    ts: datetime | None
    level: str | None
    texts: tuple[str, ...]  # message, source, structured fields: where include terms look
    template: tuple[str, int]


@pytest.fixture(scope="module")
def uploads(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LogStore, list[Event]]]:
    root = tmp_path_factory.mktemp("query-properties")
    pairs: list[tuple[str, Path]] = []
    for name in UPLOADS:
        path = FIXTURES / name
        if not path.exists():  # pragma: no cover - the fixtures travel with the repository
            pytest.skip(f"fixture {name} missing")
        ingest_file(path, root / path.stem)
        pairs.append((path.stem, root / path.stem))
    with LogStore.open(pairs) as store:
        rows = store.rows(
            "SELECT log_id, line, ts, level, source, message, attrs, template_id FROM events"
        )
        events = [
            Event(
                log_id,
                line,
                ts.replace(tzinfo=UTC) if ts is not None else None,
                level,
                tuple(t for t in (message, source, attrs) if t),
                (log_id, template_id),
            )
            for log_id, line, ts, level, source, message, attrs, template_id in rows
        ]
        yield store, events


def _texts(events: list[Event]) -> list[str]:
    return [e.texts[0] for e in events if e.texts and e.texts[0].isascii()]


@st.composite
def _term(draw: st.DrawFn, texts: list[str]) -> str:
    """A piece of some message, its letters' case changed at random."""
    text = draw(st.sampled_from(texts))
    start = draw(st.integers(0, max(0, len(text) - 1)))
    piece = text[start : start + draw(st.integers(1, 8))] or text
    flips = draw(st.lists(st.booleans(), min_size=len(piece), max_size=len(piece)))
    return "".join(c.swapcase() if f else c for c, f in zip(piece, flips, strict=True))


@st.composite
def _filters(draw: st.DrawFn, events: list[Event]) -> Filters:
    texts = _texts(events)
    stamps = sorted(e.ts for e in events if e.ts is not None)
    levels = sorted({e.level for e in events if e.level})
    start = end = None
    if draw(st.booleans()):
        start = draw(st.sampled_from(stamps)) + timedelta(seconds=draw(st.integers(-5, 5)))
    if draw(st.booleans()):
        end = draw(st.sampled_from(stamps)) + timedelta(seconds=draw(st.integers(-5, 5)))
    chosen = draw(st.one_of(st.none(), st.lists(st.sampled_from(levels), min_size=1)))
    uploads = sorted({e.log_id for e in events})
    some = draw(st.one_of(st.none(), st.lists(st.sampled_from(uploads), min_size=1)))
    return Filters(
        log_ids=some,
        start=start,
        end=end,
        levels=[lv.lower() if draw(st.booleans()) else lv for lv in chosen] if chosen else None,
        include=draw(st.lists(_term(texts), max_size=2)),
        exclude=draw(st.lists(_term(texts), max_size=1)),
    )


def _has(event: Event, term: str) -> bool:
    return any(term.lower() in text.lower() for text in event.texts)


def _matching(events: list[Event], f: Filters) -> list[Event]:
    levels = {lv.upper() for lv in f.levels} if f.levels else None
    return [
        e
        for e in events
        if (f.log_ids is None or e.log_id in f.log_ids)
        and (f.start is None or (e.ts is not None and e.ts >= f.start))
        and (f.end is None or (e.ts is not None and e.ts < f.end))
        and (levels is None or e.level in levels)
        and all(_has(e, term) for term in f.include)
        and not any(_has(e, term) for term in f.exclude)
    ]


def _order(e: Event, *, last: bool = False) -> tuple[Any, ...]:
    """Oldest first, then by upload and line; an untimed event is the least recent both ways:
    after the timed ones in a listing, before them when the last matches are asked for."""
    untimed = e.ts is not None if last else e.ts is None
    return (untimed, e.ts or datetime.min.replace(tzinfo=UTC), e.log_id, e.line)


PROPERTY = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@PROPERTY
@given(data=st.data())
def test_search_counts_and_shows_what_the_filters_select(
    uploads: tuple[LogStore, list[Event]], data: st.DataObject
) -> None:
    store, events = uploads
    f = data.draw(_filters(events))
    limit, last = data.draw(st.integers(1, 25)), data.draw(st.booleans())
    expected = sorted(_matching(events, f), key=lambda e: _order(e, last=last))
    result = search(store, SearchArgs(filters=f, limit=limit, last=last))
    assert result.coverage.events_matched == len(expected)
    shown = expected[-limit:] if last else expected[:limit]
    assert [(h.log_id, h.line) for h in result.hits] == [(e.log_id, e.line) for e in shown]


@PROPERTY
@given(data=st.data())
def test_counts_by_level_and_the_timeline_add_up_to_the_matches(
    uploads: tuple[LogStore, list[Event]], data: st.DataObject
) -> None:
    store, events = uploads
    f = data.draw(_filters(events))
    expected = _matching(events, f)
    by_level = count_by(store, CountArgs(by="level", filters=f, limit=100))
    levels = Counter(e.level or "NONE" for e in expected)  # an event without a level: NONE
    assert {g.key: g.count for g in by_level.groups} == dict(levels)
    bucket = data.draw(st.sampled_from([None, 1, 7, 60, 3600]))
    hist = timeline(store, TimelineArgs(filters=f, bucket_seconds=bucket))
    assert sum(b.count for b in hist.buckets) == sum(e.ts is not None for e in expected)
    for b in hist.buckets:  # each event in the bucket its time falls in
        inside = [e for e in expected if e.ts is not None and b.start <= e.ts]
        end = b.start + timedelta(seconds=hist.bucket_seconds)
        assert b.count == sum(e.ts < end for e in inside)


def test_a_bucket_too_small_for_the_span_is_widened_not_cut_short(
    uploads: tuple[LogStore, list[Event]],
) -> None:
    """One-second buckets over the uploads' nine months would be 24 million: the histogram
    counted its first 100,000 only (1 of 15 timed events) and said nothing."""
    store, events = uploads
    timed = sum(e.ts is not None for e in events)
    hist = timeline(store, TimelineArgs(bucket_seconds=1))
    assert hist.bucket_seconds > 1 and len(hist.buckets) <= 100_000
    assert sum(b.count for b in hist.buckets) == timed
    assert f"buckets of 1 s widened to {hist.bucket_seconds} s" in hist.coverage.note
    found = spikes(store, SpikeArgs(bucket_seconds=1))
    assert found.bucket_seconds > 1
    assert found.coverage.events_matched == timed
    assert "widened" in found.coverage.note


@st.composite
def _window(draw: st.DrawFn, stamps: list[datetime]) -> tuple[datetime, datetime]:
    """From near one event's time to near another's, or for months (one event a quarter)."""
    start = draw(st.sampled_from(stamps)) - timedelta(seconds=draw(st.integers(0, 90)))
    hours = draw(st.sampled_from([1 / 60, 0.5, 2, 24, 24 * 30, 24 * 120, 24 * 400]))
    return start, start + timedelta(hours=hours)


@PROPERTY
@given(data=st.data())
def test_compare_windows_counts_each_template_in_each_window(
    uploads: tuple[LogStore, list[Event]], data: st.DataObject
) -> None:
    store, events = uploads
    stamps = sorted(e.ts for e in events if e.ts is not None)
    (a0, a1), (b0, b1) = data.draw(_window(stamps)), data.draw(_window(stamps))
    ratio = data.draw(st.sampled_from([1.5, 2.0, 5.0]))
    result = compare_windows(
        store, CompareArgs(a_start=a0, a_end=a1, b_start=b0, b_end=b1, min_ratio=ratio, limit=1000)
    )
    in_a = Counter(e.template for e in events if e.ts is not None and a0 <= e.ts < a1)
    in_b = Counter(e.template for e in events if e.ts is not None and b0 <= e.ts < b1)
    seen = set(in_a) | set(in_b)
    hours_a, hours_b = (a1 - a0).total_seconds() / 3600, (b1 - b0).total_seconds() / 3600

    def keys(changes: list[Any]) -> set[tuple[str, int]]:
        return {(c.log_id, c.template_id) for c in changes}

    assert keys(result.new) == {t for t in seen if not in_a[t]}
    assert keys(result.gone) == {t for t in seen if not in_b[t]}
    both = [t for t in seen if in_a[t] and in_b[t]]
    rise = {t: (in_b[t] / hours_b) / (in_a[t] / hours_a) for t in both}
    assert keys(result.increased) == {t for t in both if rise[t] >= ratio}
    assert keys(result.decreased) == {t for t in both if 1 / rise[t] >= ratio}
    for change in [*result.new, *result.gone, *result.increased, *result.decreased]:
        key = (change.log_id, change.template_id)
        assert (change.count_a, change.count_b) == (in_a[key], in_b[key])


@PROPERTY
@given(data=st.data())
def test_new_templates_are_those_first_seen_at_or_after_the_point(
    uploads: tuple[LogStore, list[Event]], data: st.DataObject
) -> None:
    store, events = uploads
    timed = [e for e in events if e.ts is not None]
    after = data.draw(st.sampled_from(sorted(e.ts for e in timed if e.ts is not None)))
    after += timedelta(seconds=data.draw(st.integers(-3, 3)))
    first: dict[tuple[str, int], datetime] = {}
    for e in timed:
        assert e.ts is not None
        first[e.template] = min(first.get(e.template, e.ts), e.ts)
    counts = Counter(e.template for e in timed)
    result = new_templates(store, NewTemplatesArgs(after=after, limit=1000))
    got = {(t.log_id, t.template_id): (t.first_seen, t.count) for t in result.templates}
    assert got == {t: (seen, counts[t]) for t, seen in first.items() if seen >= after}
    assert result.coverage.total == len(got)


@PROPERTY
@given(data=st.data())
def test_field_statistics_are_ordered_and_count_the_events_with_the_field(
    uploads: tuple[LogStore, list[Event]], data: st.DataObject
) -> None:
    store, events = uploads
    name = data.draw(st.sampled_from(["duration_ms", "http_status", "user", "ip", "status"]))
    f = data.draw(_filters(events))
    stats = field_stats(store, FieldArgs(field=name, filters=f, top=100))
    grouped = count_by(store, CountArgs(by="field", field=name, filters=f, limit=10000))
    assert stats.count == sum(g.count for g in grouped.groups)
    assert stats.count <= len(_matching(events, f))
    if stats.distinct <= 100:  # every value shown
        assert sum(v.count for v in stats.top_values) == stats.count
    assert [v.count for v in stats.top_values] == sorted(
        (v.count for v in stats.top_values), reverse=True
    )
    if stats.numeric_count:
        assert stats.min is not None and stats.max is not None and stats.mean is not None
        assert stats.p50 is not None and stats.p95 is not None
        assert stats.min <= stats.p50 <= stats.p95 <= stats.max
        assert stats.min <= stats.mean <= stats.max


@PROPERTY
@given(data=st.data())
def test_top_templates_and_counts_by_source_agree_with_the_events(
    uploads: tuple[LogStore, list[Event]], data: st.DataObject
) -> None:
    store, events = uploads
    f = data.draw(_filters(events))
    expected = _matching(events, f)
    per_template = Counter(e.template for e in expected)
    top = top_templates(store, TopTemplatesArgs(filters=f, limit=1000)).templates
    assert {(t.log_id, t.template_id): t.count for t in top} == dict(per_template)
    assert [t.count for t in top] == sorted((t.count for t in top), reverse=True)
    for t in top:  # its time span and examples are those of its matching events
        mine = [e for e in expected if e.template == (t.log_id, t.template_id)]
        stamps = [e.ts for e in mine if e.ts is not None]
        assert (t.first_seen, t.last_seen) == (
            (min(stamps), max(stamps)) if stamps else (None, None)
        )
        assert set(t.examples) <= {e.line for e in mine}
    sources = count_by(store, CountArgs(by="source", filters=f, limit=10000))
    assert sum(g.count for g in sources.groups) == len(expected)
