"""Parsing one chunk: the primary format's SQL, then fallback formats for the lines it missed."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from analyzer.logs.detect import Detection
from analyzer.logs.parsing import chunk_sql, fits_sql
from analyzer.logs.reader import Chunk

SOURCE = "chunk_src"


@dataclass(frozen=True)
class Fallback:
    """A fallback format: its SQL, and a SQL test on a line `t` telling whether it fits."""

    sql: str
    fits: str


@dataclass(frozen=True)
class ChunkParser:
    """Parses chunks with a primary format; unmatched header lines get the fallback formats."""

    primary: str
    fallbacks: tuple[Fallback, ...] = ()

    @classmethod
    def for_detection(cls, detection: Detection, *, year: int) -> ChunkParser:
        """SQL for the detected format and its fallbacks."""
        return cls(
            chunk_sql(detection.format, year=year, table=SOURCE),
            tuple(
                Fallback(chunk_sql(f, year=year, table=SOURCE), fits_sql(f, "left(t, 4096)"))
                for f in detection.fallbacks
            ),
        )

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
        """Re-parse the missed header lines, each with the first fallback that fits it."""
        missed = pc.and_(pc.invert(lines.column("ok")), pc.invert(lines.column("cont")))
        todo = source.filter(missed)
        if todo.num_rows == 0:
            return lines, 0
        cursor.register(SOURCE, todo)
        tests = " ".join(f"WHEN {fb.fits} THEN {k}" for k, fb in enumerate(self.fallbacks))
        found = cursor.sql(f"SELECT CASE {tests} ELSE -1 END AS k FROM {SOURCE}")
        owner = found.to_arrow_table().column("k").to_numpy()
        parts: list[pa.Table] = []
        for k, fb in enumerate(self.fallbacks):
            mine = owner == k
            if not mine.any():
                continue
            cursor.register(SOURCE, todo.filter(pa.array(mine)))
            got = cursor.sql(fb.sql).to_arrow_table()
            parts.append(got.filter(got.column("ok")))
        got = pa.concat_tables(parts) if parts else None
        if got is None or got.num_rows == 0:
            return lines, 0
        kept = lines.filter(pc.invert(pc.is_in(lines.column("line"), got.column("line"))))
        return pa.concat_tables([kept, got.cast(kept.schema)]).sort_by("line"), got.num_rows
