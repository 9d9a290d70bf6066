"""The log engine's DuckDB connections: private, in memory, with bounded threads and memory."""

from __future__ import annotations

import threading
import uuid
import warnings

import duckdb
import pyarrow as pa

# `arrow` reads a result through the DB-API cursor on purpose (see there); DuckDB warns that
# this path copies the rows, which costs less than the second bind it saves.
COPY_WARNING = "Arrow output on a DB-API result makes an extra copy"
warnings.filterwarnings("ignore", message=COPY_WARNING, category=UserWarning)


def connect(threads: int = 2, memory_limit: str = "1GB") -> duckdb.DuckDBPyConnection:
    """A private in-memory DuckDB connection with bounded threads and memory, in UTC (its
    cursors too)."""
    conn = duckdb.connect(config={"threads": threads, "memory_limit": memory_limit})
    conn.execute("SET GLOBAL TimeZone = 'UTC'")
    return conn


_shared: duckdb.DuckDBPyConnection | None = None
_shared_lock = threading.Lock()


def shared() -> duckdb.DuckDBPyConnection:
    """A new connection to the process's shared in-memory database (made on first use, with
    `connect`'s bounds: the stores opened at once share its threads and memory).

    Starting a DuckDB database takes 15-20 ms (its catalog of built-in functions), a new
    connection to a running one well under a millisecond: the log stores, opened for each
    query, each take a connection and a schema of their own in this one database."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = connect()
        return _shared.cursor()


class Session:
    """A connection to the shared database (`shared`) with a schema of its own, where what it
    creates goes (a store's views, an ingest's macro) and its cursors look first; `close`
    drops the schema and all in it."""

    def __init__(self, prefix: str) -> None:
        self.conn = shared()
        self.schema = f"{prefix}_{uuid.uuid4().hex}"
        try:
            self.conn.execute(f"CREATE SCHEMA {self.schema}")
            self.conn.execute(f"USE {self.schema}")
        except BaseException:
            self.conn.close()
            raise

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A new connection in the session's schema (one per thread: a DuckDB connection is
        not shared between threads)."""
        cur = self.conn.cursor()
        cur.execute(f"USE {self.schema}")
        return cur

    def close(self) -> None:
        """Drop the schema and all in it, and release the connection."""
        try:
            self.conn.execute(f"DROP SCHEMA IF EXISTS {self.schema} CASCADE")
        finally:
            self.conn.close()


def arrow(cursor: duckdb.DuckDBPyConnection, sql: str) -> pa.Table:
    """The rows of a query as an Arrow table, the query bound once.

    `cursor.sql(q).to_arrow_table()` binds a query twice in DuckDB 2 (to describe the relation,
    then to run it), and binding the parser's queries, of hundreds of expressions, costs more
    than running them on a chunk of a small file (a 13-format fallback query: 40 ms through a
    relation, 25 ms through the cursor, on no rows). The cursor's copy of the rows costs a few
    milliseconds per 100,000 rows."""
    result: pa.Table = cursor.execute(sql).to_arrow_table()
    return result
