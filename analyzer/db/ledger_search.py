"""Full-text search over a call's stored text: every term, case-insensitively, as a substring.

SQLite: the FTS5 `trigram` table `llm_calls_fts` (revision 0002) keyed through
`llm_calls_fts_keys`. PostgreSQL: a pg_trgm GIN index on `llm_call_search_text(...)`.
Trigrams need no word boundaries, so Chinese, German compounds and Russian inflections match.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, column, func, literal, or_, select, table

from analyzer.db.llm_call import LlmCall

MAX_TERMS = 8
MIN_TRIGRAM = 3
LIKE_ESCAPE = "\\"
SEARCH_TABLES = ("llm_calls_fts", "llm_calls_fts_keys")

_fts = table("llm_calls_fts", column("rowid"), column("body"))
_keys = table("llm_calls_fts_keys", column("doc_id"), column("call_id"))


def search_terms(q: str) -> list[str]:
    """The whitespace-separated terms of a query (at most MAX_TERMS, duplicates removed)."""
    return list(dict.fromkeys(q.split()))[:MAX_TERMS]


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _short_term(term: str) -> ColumnElement[bool]:
    # The trigram index cannot see terms under three characters: scan, trying common casings.
    casings = dict.fromkeys((term, term.lower(), term.upper(), term.capitalize()))
    return or_(*(func.instr(_fts.c.body, literal(v)) > 0 for v in casings))


def _sqlite_condition(terms: list[str]) -> ColumnElement[bool]:
    long_terms = [t for t in terms if len(t) >= MIN_TRIGRAM]
    clauses = [_short_term(t) for t in terms if len(t) < MIN_TRIGRAM]
    if long_terms:
        query = " ".join(_fts_phrase(t) for t in long_terms)
        clauses.append(_fts.c.body.op("MATCH")(literal(query)))
    hits = (
        select(_keys.c.call_id)
        .select_from(_fts.join(_keys, _keys.c.doc_id == _fts.c.rowid))
        .where(and_(*clauses))
    )
    return LlmCall.id.in_(hits)


def postgres_text() -> ColumnElement[str]:
    """The indexed expression (must match ix_llm_calls_search_trgm exactly)."""
    return func.llm_call_search_text(
        LlmCall.input_messages, LlmCall.output_text, LlmCall.error_message
    )


def _postgres_condition(terms: list[str]) -> ColumnElement[bool]:
    text = postgres_text()
    return and_(*(text.ilike(_like_pattern(t), escape=LIKE_ESCAPE) for t in terms))


def search_condition(q: str, dialect: str) -> ColumnElement[bool] | None:
    """A WHERE clause matching calls whose text contains every term of `q` (None if no terms)."""
    terms = search_terms(q)
    if not terms:
        return None
    if dialect == "postgresql":
        return _postgres_condition(terms)
    return _sqlite_condition(terms)
