"""Detection tries a format only on the sample lines opening with a character its header can
open with: that must never leave out a line the format fits."""

from __future__ import annotations

import time

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pytest

from analyzer.logs.detect import _heads
from analyzer.logs.formats import FORMATS
from analyzer.logs.openings import Openings, first_chars
from analyzer.logs.parsing import MSG_TAIL
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


def _every_line_tried(header: str, heads: list[str]) -> frozenset[int]:
    fits = pc.match_substring_regex(pa.array(heads, pa.string()), header)
    return frozenset(np.flatnonzero(fits.to_numpy(zero_copy_only=False)).tolist())


def test_every_format_fits_the_same_fixture_lines_with_the_prefilter() -> None:
    paths = sorted(p for p in FIXTURES.iterdir() if p.is_file())
    checked = 0
    for path in paths:
        heads = _heads(sample_lines(path))
        openings = Openings(heads)
        for fmt in FORMATS:
            if fmt.kind == "regex":
                header = fmt.pattern.removesuffix(MSG_TAIL)
                want = _every_line_tried(header, heads)
                assert openings.fitting(header) == want, (path.name, fmt.name)
                checked += 1
    assert checked > 100 * len(paths)


def test_the_lines_a_header_fits_are_numbered_in_the_sample() -> None:
    lines = ["2024-01-01 a", "x 2024-01-01", "2024-01-02 b", "", "٣ digit"]
    assert Openings(lines).fitting(r"^\d{4}-\d{2}-\d{2} ") == {0, 2}
    assert Openings(lines).fitting(r"^[a-z] ") == {1}  # opening with anything: every line
    assert Openings(lines).fitting(r"^nothing") == frozenset()


def test_a_header_is_matched_in_linear_time_on_a_line_it_fails() -> None:
    # a comma may end a word or separate two: Python's matcher took minutes on such a line
    ambiguous = r'^(?:"[^"]*" )?[^\s"\[]+(?:,? [^\s"\[]+)*? (\S+) (\S+) \['
    start = time.perf_counter()
    assert Openings(["word, " * 600]).fitting(ambiguous) == frozenset()
    assert time.perf_counter() - start < 1.0
