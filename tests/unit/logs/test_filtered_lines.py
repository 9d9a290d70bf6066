"""The log viewer's filtered reading: a scan budget per page, levels without a name."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from analyzer.errors import AppError
from analyzer.logs.reader import LineFilter, LineMatches, check_regex, filtered_lines
from analyzer.logs.store import LogStore
from tests.log_lines import Line, expected, write_viewer_log

from .conftest import ingest_file


@pytest.fixture
def viewer(tmp_path: Path) -> Iterator[tuple[LogStore, list[Line]]]:
    lines = write_viewer_log(tmp_path / "viewer.log")
    ingest_file(tmp_path / "viewer.log", tmp_path / "store")
    with LogStore.open([("viewer", tmp_path / "store")]) as store:
        yield store, lines


def page(store: LogStore, flt: LineFilter, start: int, **kw: int) -> LineMatches:
    upload = store.upload("viewer")
    return filtered_lines(
        store.cursor(), log_id="viewer", raw=upload.raw, offsets=upload.offsets, flt=flt,
        start=start, end=kw.pop("end", upload.line_count), **{"limit": 100, **kw},
    )  # fmt: skip


def test_a_text_scan_stops_at_its_budget_and_hands_back_where_to_go_on(
    viewer: tuple[LogStore, list[Line]],
) -> None:
    store, lines = viewer
    flt = LineFilter(text="boom 11")  # only near the end of the file
    first = page(store, flt, 1, budget_bytes=1)
    assert first.rows == [] and first.next_start is not None
    assert first.scanned_to == first.next_start - 1 < len(lines)
    found: list[tuple[int, str]] = []
    start: int | None = 1
    pages = 0
    while start is not None:
        matches = page(store, flt, start, budget_bytes=1)
        found += [(row[0], row[1]) for row in matches.rows]
        start, pages = matches.next_start, pages + 1
    assert found == expected(lines, q="boom 11") != []
    assert pages > 1


def test_a_full_page_says_where_the_next_one_starts(viewer: tuple[LogStore, list[Line]]) -> None:
    store, lines = viewer
    for flt, want in (
        (LineFilter(levels=("ERROR",)), expected(lines, levels=("ERROR",))),
        (LineFilter(levels=("ERROR",), text=" - "), expected(lines, levels=("ERROR",), q=" - ")),
    ):
        matches = page(store, flt, 1, limit=5)
        assert [(r[0], r[1]) for r in matches.rows] == want[:5]
        assert matches.next_start is not None and want[4][0] < matches.next_start <= want[5][0]
        assert [(r[0], r[1]) for r in page(store, flt, matches.next_start, limit=1).rows] == [
            want[5]
        ]


def test_none_names_events_without_a_level(tmp_path: Path) -> None:
    path = tmp_path / "plain.log"
    path.write_text("just some text\nmore text\n")
    ingest_file(path, tmp_path / "s")
    with LogStore.open([("plain", tmp_path / "s")]) as store:
        upload = store.upload("plain")
        matches = filtered_lines(
            store.cursor(), log_id="plain", raw=upload.raw, offsets=upload.offsets,
            flt=LineFilter(levels=("NONE",)), start=1, end=2, limit=10,
        )  # fmt: skip
    assert [row[1] for row in matches.rows] == ["just some text", "more text"]


def test_a_regex_is_checked_by_the_engine(viewer: tuple[LogStore, list[Line]]) -> None:
    store, _lines = viewer
    check_regex(store.cursor(), r"took \d+ ms$")
    with pytest.raises(AppError) as caught:
        check_regex(store.cursor(), "(unclosed")
    assert caught.value.code == "VALIDATION_FAILED"
