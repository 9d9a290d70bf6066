"""Detection tries a format only on the sample lines opening with a character its header can
open with: that must never leave out a line the format fits."""

from __future__ import annotations

import pytest

from analyzer.logs.detect import _heads, _hits
from analyzer.logs.formats import FORMATS
from analyzer.logs.openings import Openings, first_chars
from analyzer.logs.reader import sample_lines

from .conftest import FIXTURES


@pytest.mark.parametrize(
    ("pattern", "chars"),
    [
        (r"^abc", "a"),
        (r"^(?:<\d{1,3}>)?[A-Z]x", "<" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        (r"^\[?\d{4}-", "[0123456789"),
        (r"^(?:foo|bar|\s)", "fb \t\n\r\f\v"),
        (r"^ *\d+:", " 0123456789"),
    ],
)
def test_the_characters_a_header_opens_with(pattern: str, chars: str) -> None:
    assert first_chars(pattern) == frozenset(chars)


@pytest.mark.parametrize("pattern", [r"^.x", r"^[^a]", r"^\S+", r"^(?i)abc", r"^x?", r"^\W"])
def test_a_header_that_may_open_with_anything_is_tried_on_every_line(pattern: str) -> None:
    assert first_chars(pattern) is None


def test_a_line_opening_with_a_character_beyond_ascii_is_always_tried() -> None:
    lines = ["٣ Arabic-Indic digit", "1 ascii", "x letter"]
    assert sorted(Openings(lines).opening_with(frozenset("0123456789"))) == [0, 1]


def test_every_format_fits_the_same_fixture_lines_with_the_prefilter() -> None:
    paths = sorted(p for p in FIXTURES.iterdir() if p.is_file())
    checked = 0
    for path in paths:
        heads = _heads(sample_lines(path))
        openings = Openings(heads)
        for fmt in FORMATS:
            if fmt.kind == "regex":
                assert _hits(fmt, heads, openings) == _hits(fmt, heads), (path.name, fmt.name)
                checked += 1
    assert checked > 100 * len(paths)
