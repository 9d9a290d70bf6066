"""Multi-line assembly: continuation lines join the event above; events cross chunk borders."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from analyzer.logs.masking import key

MAX_HELD = 200_000


@dataclass
class Assembler:
    """Turns parsed line tables into event tables, holding back the last open event."""

    held: pa.Table | None = None

    def feed(self, lines: pa.Table, *, final: bool = False) -> pa.Table | None:
        """Events complete after these lines (all remaining ones when final)."""
        table = lines if self.held is None else pa.concat_tables([self.held, lines])
        if table.num_rows == 0:
            return None
        start = ~table.column("cont").to_numpy(zero_copy_only=False).astype(bool)
        start[0] = True
        cut = table.num_rows if final else int(np.flatnonzero(start)[-1])
        if cut == 0 and table.num_rows > MAX_HELD:
            cut = table.num_rows  # a pathological "event" of endless continuation lines
        self.held = None if final else table.slice(cut)
        if cut == 0:
            return None
        return events(table.slice(0, cut), np.flatnonzero(start[:cut]))

    def flush(self) -> pa.Table | None:
        """Every event still held back (call once, after the last chunk)."""
        table, self.held = self.held, None
        return None if table is None else self.feed(table, final=True)


def events(lines: pa.Table, starts: npt.NDArray[np.int64]) -> pa.Table:
    """Every line, the first of each event (`head`) carrying the event's fields.

    A head's `end_line` is the event's last line and `joined` its lines joined by newlines
    when it has several (null otherwise). Continuation lines stay, for the final pass to drop:
    copying every other column to leave them out costs more than carrying them.
    """
    n = lines.num_rows
    line_no = lines.column("line").to_numpy()
    ends = np.append(starts[1:], n) - 1
    head = np.zeros(n, dtype=bool)
    head[starts] = True
    end_line = line_no.copy()
    end_line[starts] = line_no[ends]
    return pa.table(
        {
            "line": lines.column("line"),
            "end_line": pa.array(end_line),
            "ts": lines.column("ts"),
            "ym": lines.column("ym"),
            "level": lines.column("level"),
            "source": lines.column("source"),
            "parsed": lines.column("ok"),
            "message": lines.column("msg"),
            "joined": _joined(lines.column("msg"), lines.column("echo"), starts, ends),
            "attrs": lines.column("attrs"),
            "header": lines.column("header"),
            "key": _mined_by_next(_keys(lines, head), lines.column("msg"), starts, ends),
            "head": pa.array(head),
        }
    )


def _mined_by_next(
    keys: pa.ChunkedArray | pa.Array,
    msg: pa.ChunkedArray,
    starts: npt.NDArray[np.int64],
    ends: npt.NDArray[np.int64],
) -> pa.ChunkedArray | pa.Array:
    """The mining keys, a head whose own message is empty (an Erlang report's heading, whose
    report is on the lines below it) keyed by its event's first line holding text: else every
    such event would be one template."""
    several = ends > starts
    multi, last = starts[several], ends[several]
    if not len(multi):
        return keys
    first = msg.take(pa.array(multi))
    blank = pc.fill_null(pc.equal(first, ""), False).to_numpy(zero_copy_only=False)
    empty, last = multi[blank], last[blank]
    if not len(empty):
        return keys
    mask = np.zeros(len(keys), dtype=bool)
    mask[empty] = True
    texts = [
        next((m for m in msg.slice(a + 1, b - a).to_pylist() if m), "")
        for a, b in zip(empty, last, strict=True)
    ]
    computed = pa.array([key(t) for t in texts], pa.string())
    chunked = keys.combine_chunks() if isinstance(keys, pa.ChunkedArray) else keys
    return pc.replace_with_mask(chunked, pa.array(mask), computed)


def _joined(
    msg: pa.ChunkedArray,
    echo: pa.ChunkedArray,
    starts: npt.NDArray[np.int64],
    ends: npt.NDArray[np.int64],
) -> pa.Array:
    """The joined message of each multi-line event at its first row, null elsewhere: its lines'
    messages, but those whose text the event's message already holds (`echo`)."""
    n = len(msg)
    multi = np.flatnonzero(ends > starts)
    if not len(multi):
        return pa.nulls(n, pa.string())
    sizes = ends[multi] - starts[multi] + 1
    rows = np.concatenate([np.arange(starts[k], ends[k] + 1) for k in multi])
    taken = pa.array(rows)
    texts = msg.take(taken).to_pylist()
    echoed = echo.take(taken).to_numpy(zero_copy_only=False)
    cuts = np.concatenate(([0], np.cumsum(sizes)))
    if echoed.any():
        texts = [None if e else t for t, e in zip(texts, echoed, strict=True)]
    # (blank lines open no event's text: a head with no message of its own, an Erlang report's
    # heading, has the lines below it)
    joined = [
        "\n".join(t for t in texts[a:b] if t is not None).lstrip("\n")
        or (msg[starts[k]].as_py() or "")
        for k, (a, b) in zip(multi, itertools.pairwise(cuts), strict=True)
    ]
    mask = np.zeros(n, dtype=bool)
    mask[starts[multi]] = True
    return pc.replace_with_mask(pa.nulls(n, pa.string()), pa.array(mask), pa.array(joined))


def _keys(lines: pa.Table, head: npt.NDArray[np.bool_]) -> pa.ChunkedArray | pa.Array:
    """Mining keys, computed here for a head that parsing took for a continuation line."""
    keys = lines.column("key")
    orphan = head & pc.is_null(keys).to_numpy(zero_copy_only=False)
    if not orphan.any():
        return keys
    msgs = lines.column("msg").filter(pa.array(orphan)).to_pylist()
    computed = pa.array([key(m or "") for m in msgs], pa.string())
    return pc.replace_with_mask(keys.combine_chunks(), pa.array(orphan), computed)
