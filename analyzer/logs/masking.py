"""Variable masking of messages before template mining, in two steps.

1. `key_sql` (vectorised, in DuckDB, for every line): one cheap regular expression, without
   capture groups, replaces by `<*>` each absolute path and each run of a token from the hex
   letters before a digit to the token's end when it holds two digits or more (`blk_123` ->
   `blk_<*>`, `de9231d` -> `<*>`, not `eth0`). Most of the variety of a log is in those runs:
   a million lines of a typical application log have a few thousand distinct keys.
2. `refine` (Python, once per distinct key): the finer rules, which need context that a
   vectorised pass pays dearly for (token starts, words kept before a number, look-arounds).

The masked form of a message is `refine(key(message))`; `mask` computes it in Python, and a
test pins `key` to what `key_sql` computes in DuckDB.
"""

from __future__ import annotations

import re
from collections.abc import Callable

WILDCARD = "<*>"
MINE_BOUND = 2048
# CJK text and full-width punctuation end a value too: `定时器127.0.0.1:8000超时` keeps its words
_SEP = r"\s=:,;()\[\]{}\"'<>|" + "\u3000-\u303f\u3400-\u9fff\uff00-\uffef"
_T = f"[^{_SEP}]"  # one character of a token

# Step 1, in SQL (RE2) and Python alike. A full stop ending a sentence stays out of the run:
# `port 8030.` -> `port <*>.`; the quote closing a quoted path too: `exe="<*>"`.
KEY_PATTERN = rf"[0-9a-fA-F]*\d{_T}*\d(?:{_T}*[^.{_SEP}])?|/[\w.\-]+/[^\s\]),;:\"']*"
_KEY = re.compile(KEY_PATTERN)
_CUT = re.compile(r"\S+$")

# Step 2 runs on the key with each `<*>` as KEYED (a value already) and writes HOLE for each
# value it masks (a final `<*>` that later rules leave alone).
KEYED, HOLE = "\x00", "\x01"
_START = f"(?<![^{_SEP}])"  # a token starts here
_NUM = rf"(?:{KEYED}|\d+(?:\.\d+)?)"
UNIT = r"(?:[KMGTP]i?B|B|bytes?|[mun]?s|msecs?|secs?|seconds?|mins?|minutes?|hours?)\b"
_MON = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
_DOW = "Mon|Tue|Wed|Thu|Fri|Sat|Sun"
_TLD = (
    "com|net|org|edu|gov|mil|int|info|biz|io|co|us|uk|de|fr|it|nl|es|se|no|ch|at|be|pl|ru|"
    "cn|hk|tw|jp|kr|in|au|nz|ca|br|mx|ar|za|local|localdomain|lan|internal"
)
_HEX = f"[0-9a-fA-F{KEYED}]{{1,4}}"
# Each rule: a cheap test the text must pass for the rule to apply (a substring or a literal
# search, several times faster than the rule's own scan), pattern, rewrite.
_RULES: list[tuple[Callable[[str], object], re.Pattern[str], str]] = [
    # A number after a word and a dash or dots keeps the word: `node-<*>`, `depth.....<*>`.
    (
        re.compile(rf"[.\-][{KEYED}\d]").search,
        re.compile(rf"{_START}([A-Za-z]+[.\-]+)(?:{KEYED}|\d+)(?![\w{KEYED}])"),
        rf"\1{HOLE}",
    ),
    # A URL keeps its scheme: `hdfs://<*>`.
    (
        lambda text: "://" in text,
        re.compile(rf"{_START}([a-zA-Z][\w+.-]*://)[^\s\"'<>]+"),
        rf"\1{HOLE}",
    ),
    # A size with a redundant human-readable twin: `1314 bytes (1.28 KB)` -> `<*> bytes`.
    (
        lambda text: " (" in text,
        re.compile(rf"{_START}{_NUM}( ?{UNIT}) \({_NUM} ?{UNIT}\)"),
        rf"{HOLE}\1",
    ),
    # A bound is one value: `lifetime <1 sec` -> `lifetime <*>`.
    (
        lambda text: "<" in text or ">" in text,
        re.compile(rf"{_START}[<>]=?{_NUM} ?{UNIT}"),
        HOLE,
    ),
    # A written date (a time after it is masked as numbers): `Fri Jul  1`.
    (
        re.compile(_MON).search,
        re.compile(
            rf"{_START}(?:(?:{_DOW})[a-z]*,? +)?(?:{_MON})[a-z]* +(?:{KEYED}|\d{{1,2}})(?!\w)"
        ),
        HOLE,
    ),
    # An IPv6 or MAC address.
    (
        lambda text: text.count(":") >= 3,
        re.compile(rf"{_START}{_HEX}(?:::?{_HEX}){{3,7}}(?![\w:{KEYED}])"),
        HOLE,
    ),
    # A host name ending in a common top-level domain.
    (
        re.compile(rf"\.(?:{_TLD})").search,
        re.compile(rf"{_START}[\w-]+(?:\.[\w-]+)*\.(?:{_TLD})(?![\w.\-{KEYED}])"),
        HOLE,
    ),
    # A double-quoted value after `=`.
    (lambda text: '"' in text, re.compile(r'=\s?"[^"]*"'), f'="{HOLE}"'),
]
_TOKENS = re.compile(f"([{_SEP}]+)")
_DIGIT = re.compile(r"\d")
_WORD_DIGIT = re.compile(r"[A-Za-z]{2,}\d[^\d]*")
_LITERALS = ("true", "false", "True", "False", "TRUE", "FALSE", "null", "NULL", "None")
_LITERAL_WORDS = frozenset(_LITERALS)
# a hex id of eight characters or more, even of one digit (`eedf2bdceaac`), or a literal
_LITERAL_VALUE = re.compile(rf"(?:[0-9a-fA-F]{{8,}}|{'|'.join(_LITERALS)})\.?")
_HEX_LETTERS = "abcdefABCDEF"
# each token's masked form, once worked out (`_token`): the words of a log's keys repeat (the
# empty token, between two separators, is not kept: worked out again, at once)
_SEEN_TOKENS: dict[str, str] = {}
MAX_SEEN_TOKENS = 1 << 16


def key_sql(expr: str) -> str:
    """SQL computing the mining key of a message expression (bounded)."""
    pattern = KEY_PATTERN.replace("'", "''")
    # A message cut at the bound ends in a cut token: a value (`blk_-` of `blk_-123`).
    cut = f"regexp_replace(left({expr}, {MINE_BOUND}), '\\S+$', '{WILDCARD}')"
    bounded = f"CASE WHEN length({expr}) > {MINE_BOUND} THEN {cut} ELSE {expr} END"
    return f"regexp_replace({bounded}, '{pattern}', '{WILDCARD}', 'g')"


def bounded_sql(expr: str, bound: int) -> str:
    """SQL cutting a text to `bound` characters when longer (copied only then)."""
    return f"CASE WHEN strlen({expr}) > {bound} THEN left({expr}, {bound}) ELSE {expr} END"


def key(message: str) -> str:
    """The mining key of one message, as `key_sql` computes it."""
    if len(message) > MINE_BOUND:
        message = _CUT.sub(WILDCARD, message[:MINE_BOUND])
    return _KEY.sub(WILDCARD, message)


def refine(keyed: str) -> str:
    """The masked form of a mining key."""
    text = keyed.replace(WILDCARD, KEYED)
    for applies, rx, repl in _RULES:
        if applies(text):
            text = rx.sub(repl, text)
    parts = _TOKENS.split(text)
    if len(_SEEN_TOKENS) > MAX_SEEN_TOKENS:
        _SEEN_TOKENS.clear()
    parts[::2] = [_SEEN_TOKENS.get(t) or _remembered(t) for t in parts[::2]]
    return "".join(parts).replace(HOLE, WILDCARD).replace(KEYED, WILDCARD)


def mask(message: str) -> str:
    """The masked form of one message (what template mining sees)."""
    return refine(key(message))


def _remembered(token: str) -> str:
    """`_token` of a token, kept for the next time (ingests in several threads share it: a
    token's form depends on the token alone)."""
    masked = _SEEN_TOKENS[token] = _token(token)
    return masked


def _token(token: str) -> str:
    """A token, or `<*>` when it is a value (a full stop ending a sentence is kept)."""
    if token.isalpha():  # the common case: a plain word (`_LITERAL_VALUE` without a regex)
        value = token in _LITERAL_WORDS or (len(token) >= 8 and not token.strip(_HEX_LETTERS))
    elif not token:
        return token
    else:
        value = HOLE not in token and (
            KEYED in token or _counts(token) or _LITERAL_VALUE.fullmatch(token) is not None
        )
    if value:
        return HOLE + "." if token.endswith(".") and len(token) > 1 else HOLE
    return token


def _counts(token: str) -> bool:
    """A token holding a digit is a value, unless its one digit follows two letters or more.

    Such a word names a thing (`eth0`, `wl0`, `ssh2`, `IPV6`, `isBluetoothA2dpOn`) rather
    than counts it.
    """
    first = _DIGIT.search(token)
    if first is None:
        return False
    if _DIGIT.search(token, first.end()) is not None:
        return True
    return _WORD_DIGIT.fullmatch(token) is None
