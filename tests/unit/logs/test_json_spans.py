"""The lines each record of a JSON document opens on, found by the vectorised scan, against a
plain character-by-character reading of the same text, in blocks as small as one byte."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analyzer.logs import jsonspans
from analyzer.logs.jsonspans import record_spans

# strings that trouble a scan: quotes and brackets inside them, backslash runs before quotes
TRICKY = st.sampled_from(['"', "}", "{[", "\\", "\\\\", '\\"', 'a\\\\"b', "é", "]}", "x"])
TEXT = st.lists(TRICKY, max_size=4).map("".join)
VALUES = st.recursive(
    st.none() | st.integers(-5, 5) | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=8,
)
RECORDS = st.lists(st.dictionaries(TEXT, VALUES, min_size=1, max_size=3), min_size=1, max_size=5)


def reference(text: str, depth: int) -> list[int]:
    """Opening lines of the objects at `depth` (at depth 2, only those in an array)."""
    starts: list[int] = []
    stack: list[str] = []
    in_string = escaped = False
    line = 1
    for ch in text:
        line += ch == "\n"
        if in_string:
            escaped, in_string = (False, True) if escaped else (ch == "\\", ch != '"')
            continue
        if ch == '"':
            in_string = True
        elif ch in "{[":
            if ch == "{" and len(stack) == depth and (depth < 2 or stack[1] == "["):
                starts.append(line)
            stack.append(ch)
        elif ch in "}]":
            stack.pop()
    return starts


def document(records: list[dict[str, object]], shape: int, indent: int) -> str:
    if shape == 0:
        return "\n".join(json.dumps(r, indent=indent) for r in records) + "\n"
    if shape == 1:
        return json.dumps(records, indent=indent, ensure_ascii=False)
    wrapper = {"meta": {"nested": {"object": 1}}, "Records": records, "tail": [{"x": 1}]}
    return json.dumps(wrapper, indent=indent)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    records=RECORDS,
    shape=st.sampled_from([0, 1, 2]),
    indent=st.sampled_from([1, 2]),
    block=st.sampled_from([1, 2, 3, 7, 64, 1 << 20]),
)
def test_the_scan_finds_the_lines_a_plain_reading_finds(
    records: list[dict[str, object]],
    shape: int,
    indent: int,
    block: int,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    text = document(records, shape, indent)
    path = tmp_path_factory.mktemp("doc") / "doc.json"
    path.write_text(text, encoding="utf-8")
    original = jsonspans.BLOCK_BYTES
    jsonspans.BLOCK_BYTES = block
    try:
        spans = record_spans(path, shape)
    finally:
        jsonspans.BLOCK_BYTES = original
    assert spans is not None
    assert spans.first.tolist() == reference(text, shape)
    assert spans.line_count == len(text.splitlines())


def test_records_opening_where_the_last_closed_keep_their_lines(tmp_path: Path) -> None:
    path = tmp_path / "doc.json"
    path.write_text('[{\n  "a": 1\n}, {\n  "a": 2\n}, {\n  "a": 3\n}]')
    spans = record_spans(path, 1)
    assert spans is not None and (spans.first.tolist(), spans.line_count) == ([1, 3, 5], 7)


def test_records_opening_on_one_line_have_no_spans(tmp_path: Path) -> None:
    path = tmp_path / "doc.json"
    path.write_text('[\n{"a": 1}, {"a": 2}\n]\n')
    assert record_spans(path, 1) is None
