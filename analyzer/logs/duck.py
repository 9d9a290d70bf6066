"""The log engine's DuckDB connections: private, in memory, with bounded threads and memory."""

from __future__ import annotations

import warnings

import duckdb
import pyarrow as pa

# `arrow` reads a result through the DB-API cursor on purpose (see there); DuckDB warns that
# this path copies the rows, which costs less than the second bind it saves.
COPY_WARNING = "Arrow output on a DB-API result makes an extra copy"
warnings.filterwarnings("ignore", message=COPY_WARNING, category=UserWarning)


def connect(threads: int = 2, memory_limit: str = "1GB") -> duckdb.DuckDBPyConnection:
    """A private in-memory DuckDB connection with bounded threads and memory."""
    conn = duckdb.connect(config={"threads": threads, "memory_limit": memory_limit})
    conn.execute("SET TimeZone = 'UTC'")
    return conn


def arrow(cursor: duckdb.DuckDBPyConnection, sql: str) -> pa.Table:
    """The rows of a query as an Arrow table, the query bound once.

    `cursor.sql(q).to_arrow_table()` binds a query twice in DuckDB 2 (to describe the relation,
    then to run it), and binding the parser's queries, of hundreds of expressions, costs more
    than running them on a chunk of a small file (a 13-format fallback query: 40 ms through a
    relation, 25 ms through the cursor, on no rows). The cursor's copy of the rows costs a few
    milliseconds per 100,000 rows."""
    result: pa.Table = cursor.execute(sql).to_arrow_table()
    return result
