"""Finishing an ingest: final template ids, templates.parquet, and the profile's statistics."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from analyzer.logs.profile import TemplateSummary, TimeRange

EVENTS_FILE = "events.parquet"
TEMPLATES_FILE = "templates.parquet"
TOP_TEMPLATES = 20
TOP_SOURCES = 50


def write_final(
    conn: duckdb.DuckDBPyConnection,
    store_dir: Path,
    staging: Path,
    mapping: list[int],
    patterns: list[str],
) -> None:
    """Rewrite staged events (heads only) with final template ids; write the templates table."""
    conn.register(
        "tpat", pa.table({"template_id": list(range(len(patterns))), "pattern": patterns})
    )
    events = store_dir / EVENTS_FILE
    reader = pa.ipc.open_stream(pa.OSFile(str(staging)))
    conn.register("staging", reader)
    conn.execute(
        f"""
        COPY (SELECT line, end_line, ts, level, source, parsed,
                     coalesce(joined, message) AS message, attrs, header,
                     CAST($map[cluster_id + 1] AS INTEGER) AS template_id
              FROM staging WHERE head)
        TO '{_q(events)}' (FORMAT parquet, ROW_GROUP_SIZE 122880, PARQUET_VERSION V2)""",
        {"map": mapping},
    )
    conn.unregister("staging")
    conn.execute(f"""
        COPY (SELECT t.template_id::INTEGER AS template_id, p.pattern, t.count, t.first_seen,
                     t.last_seen, t.examples
              FROM (SELECT template_id, count(*) AS count, min(ts) AS first_seen,
                           max(ts) AS last_seen, min(line, 5) AS examples
                    FROM read_parquet('{_q(events)}') GROUP BY template_id) t
              JOIN tpat p USING (template_id) ORDER BY t.count DESC)
        TO '{_q(store_dir / TEMPLATES_FILE)}' (FORMAT parquet)""")


def _q(path: Path) -> str:
    return str(path).replace("'", "''")


def statistics(conn: duckdb.DuckDBPyConnection, store_dir: Path) -> dict[str, Any]:
    """Counts, time range, levels, sources and top templates of a finished store."""
    events = f"read_parquet('{_q(store_dir / EVENTS_FILE)}')"
    row = conn.execute(f"""SELECT count(*), min(ts), max(ts), count(*) FILTER (NOT parsed),
                                  count(*) FILTER (end_line > line),
                                  count(*) FILTER (parsed AND ts IS NULL)
                           FROM {events}""").fetchone()
    assert row is not None
    levels = conn.execute(f"""SELECT coalesce(level, 'NONE'), count(*) FROM {events}
                              GROUP BY 1 ORDER BY 2 DESC""").fetchall()
    sources = conn.execute(f"""SELECT source, count(*) FROM {events} WHERE source IS NOT NULL
                               GROUP BY 1 ORDER BY 2 DESC LIMIT {TOP_SOURCES}""").fetchall()
    tpl = f"read_parquet('{_q(store_dir / TEMPLATES_FILE)}')"
    n_templates = conn.execute(f"SELECT count(*) FROM {tpl}").fetchone()
    top = conn.execute(f"""SELECT template_id, pattern, count, first_seen, last_seen, examples
                           FROM {tpl} ORDER BY count DESC, template_id
                           LIMIT {TOP_TEMPLATES}""").fetchall()
    return {
        "event_count": row[0],
        "time_range": TimeRange(start=_utc(row[1]), end=_utc(row[2])),
        "parse_failures": row[3],
        "multiline_events": row[4],
        "events_without_time": row[5],
        "levels": dict(levels),
        "sources": dict(sources),
        "template_count": n_templates[0] if n_templates else 0,
        "top_templates": [
            TemplateSummary(
                template_id=r[0],
                pattern=r[1],
                count=r[2],
                first_seen=_utc(r[3]),
                last_seen=_utc(r[4]),
                examples=list(r[5]),
            )
            for r in top
        ],
    }


def _utc(value: Any) -> Any:
    from datetime import UTC

    return None if value is None else value.replace(tzinfo=UTC)
