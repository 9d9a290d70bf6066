"""The line index written chunk by chunk reads back as the array of every line's start offset
then the file's size, and nothing partial is left when the ingest stops."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from analyzer.logs.lineindex import LINE_INDEX_FILE, PARTIAL_SUFFIX, LineIndexWriter

from .conftest import FIXTURES, ingest_file


def test_the_index_is_the_offsets_of_every_chunk_then_the_size(tmp_path: Path) -> None:
    chunks = [np.arange(0, 50, 10, dtype=np.int64), np.array([], np.int64), np.array([57])]
    with LineIndexWriter(tmp_path) as index:
        for offsets in chunks:
            index.add(offsets)
        index.finish(80)
    read = np.load(tmp_path / LINE_INDEX_FILE, mmap_mode="r")
    assert read.dtype == np.int64 and read.tolist() == [0, 10, 20, 30, 40, 57, 80]
    assert [p.name for p in tmp_path.iterdir()] == [LINE_INDEX_FILE]


def test_an_index_left_unfinished_leaves_no_file(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError), LineIndexWriter(tmp_path) as index:
        index.add(np.array([0, 5], np.int64))
        assert (tmp_path / (LINE_INDEX_FILE + PARTIAL_SUFFIX)).exists()
        raise RuntimeError("stopped")
    assert list(tmp_path.iterdir()) == []


def test_an_ingest_s_index_points_at_each_line(tmp_path: Path) -> None:
    log = FIXTURES / "python_multiline.log"
    ingest_file(log, tmp_path / "s")
    offsets = np.load(tmp_path / "s" / LINE_INDEX_FILE)
    data = log.read_bytes()
    lines = data.splitlines(keepends=True)
    assert offsets.tolist() == [sum(map(len, lines[:i])) for i in range(len(lines) + 1)]
    assert offsets[-1] == len(data)
