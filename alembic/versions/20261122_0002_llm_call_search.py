"""llm call search: FTS5 trigram index (SQLite), pg_trgm expression index (PostgreSQL)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 23:40:00.000000

Both indexes answer the same question: does every search term occur, case-insensitively, as a
substring of the call's text (message contents, output, error)? Trigrams need no word
segmentation, so Chinese (no spaces), German compounds and Russian inflections all match.
These objects are not in the SQLAlchemy metadata; alembic/env.py skips their names.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# SQLite stores JSON with \u escapes; json_extract decodes the message contents for indexing.
SQLITE_BODY = """coalesce((SELECT group_concat(json_extract(m.value, '$.content'), ' ')
      FROM json_each(CASE WHEN json_valid({row}.input_messages)
                          THEN {row}.input_messages ELSE '[]' END) AS m
      WHERE m.type = 'object'), '')
    || ' ' || coalesce({row}.output_text, '') || ' ' || coalesce({row}.error_message, '')"""

# A doc_id table maps calls to FTS rowids: llm_calls has no INTEGER PRIMARY KEY, so its own
# rowids may change on VACUUM and cannot key the index.
SQLITE_UP = [
    "CREATE TABLE llm_calls_fts_keys (doc_id INTEGER PRIMARY KEY, "
    "call_id VARCHAR(32) NOT NULL UNIQUE)",
    "CREATE VIRTUAL TABLE llm_calls_fts USING fts5(body, tokenize = 'trigram')",
    f"""CREATE TRIGGER llm_calls_fts_insert AFTER INSERT ON llm_calls BEGIN
      INSERT INTO llm_calls_fts_keys (call_id) VALUES (new.id);
      INSERT INTO llm_calls_fts (rowid, body) VALUES (
        (SELECT doc_id FROM llm_calls_fts_keys WHERE call_id = new.id),
        {SQLITE_BODY.format(row="new")});
    END""",
    f"""CREATE TRIGGER llm_calls_fts_update
    AFTER UPDATE OF input_messages, output_text, error_message ON llm_calls BEGIN
      UPDATE llm_calls_fts SET body = {SQLITE_BODY.format(row="new")}
      WHERE rowid = (SELECT doc_id FROM llm_calls_fts_keys WHERE call_id = new.id);
    END""",
    """CREATE TRIGGER llm_calls_fts_delete AFTER DELETE ON llm_calls BEGIN
      DELETE FROM llm_calls_fts
      WHERE rowid = (SELECT doc_id FROM llm_calls_fts_keys WHERE call_id = old.id);
      DELETE FROM llm_calls_fts_keys WHERE call_id = old.id;
    END""",
    "INSERT INTO llm_calls_fts_keys (call_id) SELECT id FROM llm_calls",
    f"""INSERT INTO llm_calls_fts (rowid, body)
    SELECT k.doc_id, {SQLITE_BODY.format(row="c")}
    FROM llm_calls AS c JOIN llm_calls_fts_keys AS k ON k.call_id = c.id""",
]

SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS llm_calls_fts_delete",
    "DROP TRIGGER IF EXISTS llm_calls_fts_update",
    "DROP TRIGGER IF EXISTS llm_calls_fts_insert",
    "DROP TABLE IF EXISTS llm_calls_fts",
    "DROP TABLE IF EXISTS llm_calls_fts_keys",
]

# pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it.
POSTGRES_UP = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    """CREATE FUNCTION llm_call_search_text(messages jsonb, output text, error text)
    RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT concat_ws(' ',
        (SELECT string_agg(m ->> 'content', ' ')
         FROM jsonb_array_elements(CASE WHEN jsonb_typeof(messages) = 'array'
                                        THEN messages ELSE '[]'::jsonb END) AS m),
        output, error)
    $$""",
    """CREATE INDEX ix_llm_calls_search_trgm ON llm_calls USING gin
    (llm_call_search_text(input_messages, output_text, error_message) gin_trgm_ops)""",
]

POSTGRES_DOWN = [
    "DROP INDEX IF EXISTS ix_llm_calls_search_trgm",
    "DROP FUNCTION IF EXISTS llm_call_search_text(jsonb, text, text)",
]


def _run(statements: dict[str, list[str]]) -> None:
    for statement in statements.get(op.get_bind().dialect.name, []):
        op.execute(statement)


def upgrade() -> None:
    """Apply this revision."""
    _run({"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP})


def downgrade() -> None:
    """Revert this revision."""
    _run({"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN})
