"""Variable masking applied to messages before template mining (vectorised, in SQL)."""

from __future__ import annotations

WILDCARD = "<*>"
_SEP = r"\s=:,;()\[\]{}\"'<>|"

# One alternation, one pass: an IPv4 address with its port, or any token holding a digit
# (numbers, hex ids, UUIDs, durations, versions, paths with ids). Tokens end at separators.
MASKS: list[tuple[str, str]] = [
    (rf"(?:\d{{1,3}}\.){{3}}\d{{1,3}}(?::\d{{1,5}})?|[^{_SEP}]*\d[^{_SEP}]*", WILDCARD),
    # Boolean and null values after `=` or `:` are values too.
    (r"([=:]\s?)(?:true|false|null|True|False|None)\b", r"\1" + WILDCARD),
]
MINE_BOUND = 2048


def mask_sql(expr: str) -> str:
    """SQL applying every mask, in order, to a message expression (bounded for mining)."""
    out = f"left({expr}, {MINE_BOUND})"
    for pattern, repl in MASKS:
        escaped = pattern.replace("'", "''")
        out = f"regexp_replace({out}, '{escaped}', '{repl}', 'g')"
    return out
