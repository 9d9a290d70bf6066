"""Values a format reads from marker lines above (a CI job's section and its time), carried
over chunk borders: a chunk's parse query sees the markers in the chunk and the lines framing
it, so the lines of a chunk before its first marker in view take the last values above."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

# what a format's source reads for a line after a section's end and before the next section's
# start (no section): set apart from null, a line with no marker in view
NO_SECTION = "\x01"
NO_SECTION_SQL = "chr(1)"


class Carry:
    """Fills the time and source of the parsed lines of each chunk, in the file's order, that
    no marker in view gave one: from the chunk above (the file's first lines, before any
    marker, take the first marker's time)."""

    def __init__(self, *, source: bool = True) -> None:
        self._last: dict[str, Any] = {}
        self._started = False
        self._source = source  # the source too, not the time alone

    def __call__(self, lines: pa.Table) -> pa.Table:
        ok = lines.column("ok").to_numpy(zero_copy_only=False).astype(bool)
        lines = self._fill(lines, "ts", ok, backward=not self._started)
        self._started = True
        if not self._source:
            return lines
        lines = self._fill(lines, "source", ok, backward=False)
        source = lines.column("source")
        ended = pc.fill_null(pc.equal(source, NO_SECTION), False)
        nulls = pa.nulls(len(source), source.type)
        index = lines.schema.get_field_index("source")
        return lines.set_column(index, "source", pc.if_else(ended, nulls, source))

    def _fill(self, lines: pa.Table, name: str, ok: np.ndarray, *, backward: bool) -> pa.Table:
        column = lines.column(name)
        valid = np.flatnonzero(column.is_valid().to_numpy(zero_copy_only=False) & ok)
        first = valid[0] if len(valid) else len(ok)
        value = self._last.get(name)
        if value is None and backward and len(valid):
            value = column[int(valid[0])].as_py()
        if value is not None and first > 0:
            leading = np.zeros(len(ok), dtype=bool)
            leading[:first] = ok[:first]
            filled = pc.if_else(pa.array(leading), pa.scalar(value, column.type), column)
            lines = lines.set_column(lines.schema.get_field_index(name), name, filled)
        if len(valid):
            self._last[name] = column[int(valid[-1])].as_py()
        return lines


# a message announcing the lines below it: ending with a colon (`25 plugin(s) registered with
# the system:`, `Stack trace (when copying this message, always include the lines below):`,
# Jenkins' `SetupWizard#init: ` before its banner), or empty (dnf's `INFO ` before a package's
# scriptlet output)
ANNOUNCING = r"(?:^|:)\s*$"


class Announced:
    """In a log of few header lines among free text (`detect.Detection.sparse`), or of a format
    that joins no line its header does not fit (`LogFormat.joins_unfit`), where a line no format
    fits is an event of its own, the lines no format fits under a parsed line whose
    message announces them (`ANNOUNCING`) continue its event, up to the next parsed line, over
    chunk borders too (the last parsed line of the chunk above is remembered)."""

    def __init__(self) -> None:
        self._under = False  # whether the last parsed line so far announced what follows

    def __call__(self, lines: pa.Table) -> pa.Table:
        ok = lines.column("ok").to_numpy(zero_copy_only=False).astype(bool)
        cont = lines.column("cont").to_numpy(zero_copy_only=False).astype(bool)
        heads = np.flatnonzero(ok)
        announces = np.zeros(len(ok), dtype=bool)
        if len(heads):
            msg = lines.column("msg").take(pa.array(heads))
            announces[heads] = pc.fill_null(pc.match_substring_regex(msg, ANNOUNCING), False)
        # each line under the last parsed line at or above it (the chunk above's before any)
        above = np.maximum.accumulate(np.where(ok, np.arange(len(ok)), -1))
        under = np.where(above >= 0, announces[np.maximum(above, 0)], self._under)
        if len(heads):
            self._under = bool(announces[heads[-1]])
        joined = under & ~ok & ~cont
        if not joined.any():
            return lines
        lines = lines.set_column(
            lines.schema.get_field_index("cont"), "cont", pa.array(cont | joined)
        )
        key = lines.column("key")
        at = lines.schema.get_field_index("key")
        return lines.set_column(
            at, "key", pc.if_else(pa.array(joined), pa.scalar(None, key.type), key)
        )
