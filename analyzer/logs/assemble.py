"""Multi-line assembly: continuation lines join the event above; events cross chunk borders."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

MAX_HELD = 200_000
EVENT_COLUMNS = [
    "line",
    "end_line",
    "ts",
    "level",
    "source",
    "parsed",
    "message",
    "attrs",
    "masked",
]


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
    """One row per event: the first line's fields, last line number and joined message."""
    ends = np.append(starts[1:], lines.num_rows) - 1
    first = lines.take(pa.array(starts))
    line_no = lines.column("line").to_numpy()
    message = first.column("msg")
    multi = np.flatnonzero(ends > starts)
    if len(multi):
        msgs = lines.column("msg").to_pylist()
        joined = ["\n".join(msgs[starts[k] : ends[k] + 1]) for k in multi]
        mask = np.zeros(len(starts), dtype=bool)
        mask[multi] = True
        message = pc.replace_with_mask(message, pa.array(mask), pa.array(joined, pa.string()))
    return pa.table(
        {
            "line": first.column("line"),
            "end_line": pa.array(line_no[ends]),
            "ts": first.column("ts"),
            "level": first.column("level"),
            "source": first.column("source"),
            "parsed": first.column("ok"),
            "message": message,
            "attrs": first.column("attrs"),
            "masked": first.column("masked"),
        }
    )
