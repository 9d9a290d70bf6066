"""The characters a format's header can open a line with, so that detection tries a format only
on the sample lines opening with one of them (most formats fit no line of a given log), and
the sample lines a header fits, found by RE2 (linear in the line, whatever the pattern)."""

from __future__ import annotations

import re
import string
from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

ASCII = frozenset(chr(c) for c in range(128))
_CATEGORIES: dict[Any, frozenset[str]] = {
    sre.CATEGORY_DIGIT: frozenset(string.digits),
    sre.CATEGORY_SPACE: frozenset(" \t\n\r\f\v"),
    sre.CATEGORY_WORD: frozenset(string.ascii_letters + string.digits + "_"),
}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}


class _Unknown(Exception):
    """Any character may open a match."""


@cache
def first_chars(pattern: str) -> frozenset[str] | None:
    """The ASCII characters a line the pattern matches at its start can open with, or None
    when that is not known (any may). A line opening with another character may still match
    only when that character is not ASCII (a Unicode digit for `\\d`)."""
    try:
        parsed = _parser.parse(pattern)
        if parsed.state.flags & re.IGNORECASE:
            return None
        chars, nullable = _sequence(list(parsed.data))
    except (_Unknown, re.error, AttributeError, TypeError, ValueError):
        return None
    return None if nullable else chars


def _sequence(items: list[tuple[Any, Any]]) -> tuple[frozenset[str], bool]:
    """The opening characters of items in a row, and whether they can all match nothing."""
    chars: frozenset[str] = frozenset()
    for op, av in items:
        first, nullable = _item(op, av)
        chars |= first
        if not nullable:
            return chars, False
    return chars, True


def _item(op: Any, av: Any) -> tuple[frozenset[str], bool]:
    if op is sre.AT:
        return frozenset(), True
    if op is sre.LITERAL:
        return frozenset({chr(av)}) & ASCII, False
    if op is sre.IN:
        return _members(av), False
    if op is sre.CATEGORY:
        return _category(av), False
    if op is sre.SUBPATTERN:
        _group, add_flags, _del, sub = av
        if add_flags & re.IGNORECASE:
            raise _Unknown
        return _sequence(list(sub))
    if op in _REPEATS:
        low, _high, sub = av
        chars, nullable = _sequence(list(sub))
        return chars, nullable or low == 0
    if op is sre.BRANCH:
        _, alternatives = av
        found = [_sequence(list(alt)) for alt in alternatives]
        return frozenset().union(*(c for c, _ in found)), any(n for _, n in found)
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av))
    raise _Unknown  # any character, a negated class, a lookaround, a back-reference


def _members(members: list[tuple[Any, Any]]) -> frozenset[str]:
    chars: set[str] = set()
    for op, av in members:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE:
            low, high = av
            chars.update(chr(c) for c in range(low, min(high, 127) + 1))
        elif op is sre.CATEGORY:
            chars |= _category(av)
        else:  # NEGATE, or anything else
            raise _Unknown
    return frozenset(chars) & ASCII


def _category(category: Any) -> frozenset[str]:
    if category not in _CATEGORIES:
        raise _Unknown  # \D, \S, \W
    return _CATEGORIES[category]


class Openings:
    """Lines grouped by the character they open with."""

    def __init__(self, lines: Sequence[str]) -> None:
        self._by_char: dict[str, list[int]] = defaultdict(list)
        for i, line in enumerate(lines):
            self._by_char[line[:1]].append(i)
        self._lines = pa.array(lines, pa.string())

    def fitting(self, header: str) -> frozenset[int]:
        """The numbers of the lines a header (a regex anchored with `^`) fits, tried only on
        those it can open (`first_chars`).

        RE2, as DuckDB parses with: Python's backtracking matcher can take exponential time
        on a line that fails a pattern with an ambiguous repetition, and RE2 cannot; it also
        releases the GIL while it matches."""
        chars = first_chars(header)
        if chars is None:
            rows, lines = None, self._lines
        else:
            rows = np.array(self.opening_with(chars), dtype=np.int64)
            if not len(rows):
                return frozenset()
            lines = self._lines.take(pa.array(rows))
        fits = pc.match_substring_regex(lines, header).to_numpy(zero_copy_only=False)
        found = np.flatnonzero(fits)
        return frozenset((found if rows is None else rows[found]).tolist())

    def opening_with(self, chars: frozenset[str]) -> list[int]:
        """The numbers of the lines opening with one of `chars` or with a character that is
        not ASCII."""
        return [
            i
            for char, rows in self._by_char.items()
            if char in chars or (char and char not in ASCII)
            for i in rows
        ]
