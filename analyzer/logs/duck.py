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


_databases: dict[int, duckdb.DuckDBPyConnection] = {}
_databases_lock = threading.Lock()


def shared(threads: int = 2) -> duckdb.DuckDBPyConnection:
    """A new connection to the process's shared in-memory database of `threads` threads (made
    on first use, with `connect`'s bounds: the connections to it share its threads and memory).

    Starting a DuckDB database takes 15-20 ms (its catalog of built-in functions), a new
    connection to a running one well under a millisecond: the log stores, opened for each
    query, and the ingests each take a connection and a schema of their own (`Session`). An
    ingest parses in the database of one thread: its queries rely on rows coming back in the
    order of the lines, which a query run on several threads does not keep (a window)."""
    with _databases_lock:
        if threads not in _databases:
            _databases[threads] = connect(threads)
        return _databases[threads].cursor()


class Session:
    """A connection to a shared database (`shared`) with a schema of its own, where what it
    creates goes (a store's views, an ingest's macro) and its cursors look first; `close`
    drops the schema and all in it."""

    def __init__(self, prefix: str, threads: int = 2) -> None:
        self.conn = shared(threads)
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
