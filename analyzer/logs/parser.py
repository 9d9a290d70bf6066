"""Parsing one chunk: the primary format's SQL, then fallback formats for the lines it missed."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from analyzer.logs.detect import Detection
from analyzer.logs.parsing import (
    chunk_sql,
    fields_sql,
    finish_sql,
    fits_sql,
    plain_sql,
    unparsed_sql,
)
from analyzer.logs.reader import Chunk

SOURCE = "chunk_src"


@dataclass(frozen=True)
class Fallback:
    """A fallback format: SQL splitting the lines it owns (`fields_sql` over the rows of
    SOURCE whose owner is `k`), and a SQL test on a line `t` telling whether it fits."""

    fields: str
    fits: str


@dataclass(frozen=True)
class ChunkParser:
    """Parses chunks with a primary format; unmatched header lines get the fallback formats.

    The primary format parses every line in one query. The lines it misses (neither its
    headers nor continuation lines) are each given to the first fallback that fits, and all of
    them are finished (level, mining key) by one query: only the header split is planned per
    fallback format, which keeps a file of many formats cheap to parse.
    """

    primary: str
    fallbacks: tuple[Fallback, ...] = ()

    @classmethod
    def for_detection(cls, detection: Detection, *, year: int) -> ChunkParser:
        """SQL for the detected format and its fallbacks."""
        fallbacks = tuple(
            Fallback(
                fields_sql(f, year=year, table=f"(SELECT line, t FROM {SOURCE} WHERE k = {k})"),
                fits_sql(f, plain_sql("left(t, 4096)")),
            )
            for k, f in enumerate(detection.fallbacks)
        )
        primary = chunk_sql(detection.format, year=year, table=SOURCE, key_unparsed=not fallbacks)
        return cls(primary, fallbacks)

    def __call__(self, cursor: duckdb.DuckDBPyConnection, chunk: Chunk) -> tuple[pa.Table, int]:
        """Parsed lines (in line order) and how many the fallback formats parsed."""
        try:
            source = chunk.table
            cursor.register(SOURCE, source)
            lines = cursor.sql(self.primary).to_arrow_table()
            if not self.fallbacks:
                return lines, 0
            return self._rescue(cursor, source, lines)
        finally:
            cursor.close()

    def _rescue(
        self, cursor: duckdb.DuckDBPyConnection, source: pa.Table, lines: pa.Table
    ) -> tuple[pa.Table, int]:
        """Re-parse the missed header lines, each with the first fallback that fits it (the
        lines none fits are kept whole, keyed like any unparsed line)."""
        missed = pc.and_(pc.invert(lines.column("ok")), pc.invert(lines.column("cont")))
        todo = source.filter(missed)
        if todo.num_rows == 0:
            return lines, 0
        cursor.register(SOURCE, todo)
        tests = " ".join(f"WHEN {fb.fits} THEN {k}" for k, fb in enumerate(self.fallbacks))
        found = cursor.sql(f"SELECT CASE {tests} ELSE -1 END AS k FROM {SOURCE}")
        owner = found.to_arrow_table().column("k")
        cursor.register(SOURCE, todo.append_column("k", owner))
        present = set(owner.unique().to_pylist())
        parts = [fb.fields for k, fb in enumerate(self.fallbacks) if k in present]
        if -1 in present:
            parts.append(unparsed_sql(f"(SELECT line, t FROM {SOURCE} WHERE k = -1)"))
        union = " UNION ALL ".join(f"({part})" for part in parts)
        got = cursor.sql(finish_sql(union, continuation=False)).to_arrow_table()
        kept = lines.filter(pc.invert(missed))
        rescued = pc.sum(got.column("ok")).as_py() or 0
        return pa.concat_tables([kept, got.cast(kept.schema)]).sort_by("line"), rescued
