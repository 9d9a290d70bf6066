"""The log engine's DuckDB connections: private, in memory, with bounded threads and memory."""

from __future__ import annotations

import duckdb


def connect(threads: int = 2, memory_limit: str = "1GB") -> duckdb.DuckDBPyConnection:
    """A private in-memory DuckDB connection with bounded threads and memory."""
    conn = duckdb.connect(config={"threads": threads, "memory_limit": memory_limit})
    conn.execute("SET TimeZone = 'UTC'")
    return conn
