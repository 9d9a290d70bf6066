"""The headers' RE2 set gives, for every line, exactly the formats whose header fits it on its
own: detection reads the fits of all formats from it."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from analyzer.logs.detect import _heads, _hits
from analyzer.logs.formats import FORMATS
from analyzer.logs.headers import header_hits
from analyzer.logs.openings import Openings
from analyzer.logs.reader import sample_lines

from .conftest import SAMPLES

# a format given only by its signature (a CI job log's header fits any line) is tried alone
SET_FORMATS = [f for f in FORMATS if f.kind in ("regex", "logfmt") and not f.signed_only]


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_the_set_finds_the_lines_each_header_fits_on_its_own(path: Path) -> None:
    heads = _heads(sample_lines(path))
    each = Openings(heads)
    alone = {f.name: found for f in SET_FORMATS if (found := _hits(f, heads, each))}
    assert header_hits(heads) == alone


def test_a_line_fitting_several_headers_is_counted_for_each() -> None:
    line = "2024-03-01 10:00:00,123 INFO [main] com.example.App: started"
    found = header_hits([line, "no header here", line])
    assert {"log4j", "iso-level"} <= set(found)  # a specific format and a generic one
    assert set(found.values()) == {frozenset({0, 2})}


def test_lines_no_header_fits_give_nothing() -> None:
    assert header_hits(["", "   ", "plain words and nothing else"]) == {}


def test_hostile_lines_take_linear_time() -> None:
    # long runs of the characters the headers repeat: a backtracking matcher blows up on such
    # lines, the set's DFA reads each byte once (and starts its cache anew when it is full)
    lines = ["word, " * 700, "1" * 4096, "[" * 4096, "a=" * 2048, "\u4e2d" * 1365, "- " * 2048]
    start = time.perf_counter()
    found = header_hits(lines * 10)
    assert time.perf_counter() - start < 5.0
    each = Openings(lines * 10)
    assert found == {f.name: h for f in SET_FORMATS if (h := _hits(f, lines * 10, each))}
