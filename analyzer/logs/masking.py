"""Variable masking applied to messages before template mining (vectorised, in SQL)."""

from __future__ import annotations

WILDCARD = "<*>"
_IPV6 = r"\b[0-9a-fA-F]{1,4}(?:::?[0-9a-fA-F]{1,4}){3,7}\b"
_SEP = r"\s=:,;()\[\]{}\"'<>|"

MASKS: list[tuple[str, str]] = [
    # One alternation, one pass: an IPv4 address with its port, an IPv6 address, or any
    # token holding a digit (numbers, hex ids, UUIDs, durations, versions, paths with ids).
    (rf"(?:\d{{1,3}}\.){{3}}\d{{1,3}}(?::\d{{1,5}})?|{_IPV6}|[^{_SEP}]*\d[^{_SEP}]*", WILDCARD),
    # Absolute file paths (two or more segments).
    (r"(^|[\s=:\[(])/[\w.\-]+/[^\s\]),;]*", r"\1" + WILDCARD),
    # Double-quoted values after `=`.
    (r'=\s?"[^"]*"', '="' + WILDCARD + '"'),
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
