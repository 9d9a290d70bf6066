"""What a question is about, matched against the log's own templates (never invented).

A question's content words (not function words, levels, times or entities) are stemmed and
matched, directly or through a small synonym table, against the words of every template and
its usual source. The templates that match the most question words, weighted by how rare each
word is among templates, become the topic; content words no template has are looked up in the
events themselves and become search terms when some line holds them, or are reported as
matching nothing.
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import snowballstemmer

from analyzer.logs.vocabulary import TemplateEntry, Vocabulary

LEXICON = Path(__file__).with_name("lexicon.toml")
WORD = re.compile(r"[A-Za-z][A-Za-z0-9_$-]*(?:\.[A-Za-z][A-Za-z0-9_$-]*)*")
SPLIT = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
MIN_SHARE = 0.6  # a template is kept when its score is at least this share of the best
MAX_TEMPLATES = 40


@dataclass(frozen=True)
class Lexicon:
    """Ignored words and synonyms (stems)."""

    ignore: frozenset[str]
    synonyms: dict[str, frozenset[str]]


@cache
def lexicon() -> Lexicon:
    """The lexicon file, stemmed once."""
    raw = tomllib.loads(LEXICON.read_text())
    ignore = frozenset(raw["ignore"].split())
    synonyms = {stem(k): frozenset(stem(v) for v in vs) for k, vs in raw["synonyms"].items()}
    return Lexicon(ignore, synonyms)


@cache
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("english")


@cache
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem of a lower-cased word."""
    return str(_stemmer().stemWord(word.lower()))


def words_of(text: str) -> set[str]:
    """Stems of every word of a template or name, CamelCase and dotted names split too."""
    out: set[str] = set()
    for token in WORD.findall(text):
        out.add(stem(token))
        for part in re.split(r"[._$-]", token):
            if len(part) > 1:
                out.add(stem(part))
                out.update(stem(p) for p in SPLIT.findall(part) if len(p) > 1)
    return out


@dataclass
class Topic:
    """The templates a question is about, the words that chose them, and the other words."""

    words: list[str] = field(default_factory=list)
    templates: list[TemplateEntry] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)


def content_words(question: str, skip: set[str]) -> list[str]:
    """The question's words that may name what it is about, in order, each once."""
    lex = lexicon()
    out: list[str] = []
    for token in WORD.findall(question):
        low = token.lower().strip(".-_")
        if len(low) < 2 or low in skip or low in lex.ignore:
            continue
        if low not in out:
            out.append(low)
    return out


def match(words: list[str], vocabulary: Vocabulary, names: frozenset[str] = frozenset()) -> Topic:
    """Choose the templates that best match `words`; look the rest up in the events.

    `names` (identifiers such as OutOfMemoryError) are searched for in the lines themselves:
    they often sit in variable parts or continuation lines that no template shows.
    """
    topic = Topic()
    if not words:
        return topic
    found_names = vocabulary.mentions(*[w for w in words if w in names])
    if any(found_names.values()):
        topic.terms = [w for w, n in found_names.items() if n]
        words = [w for w in words if w not in found_names]
    if not words:
        return topic
    entries = [(t, words_of(t.pattern), words_of(t.source or "")) for t in vocabulary.templates]
    df: dict[str, int] = {}
    for _, own, src in entries:
        for s in own | src:
            df[s] = df.get(s, 0) + 1
    n = max(len(entries), 1)
    scored: list[tuple[float, float, TemplateEntry, set[str]]] = []
    for entry, own, src in entries:
        hit_words: set[str] = set()
        score = cover = 0.0
        for word in words:
            # a source name counts only word for word (fail2ban is no synonym of attack)
            factor, weight = max(_weight(word, own, df, n), _weight(word, src, df, n, exact=True))
            if factor > 0:
                hit_words.add(word)
                score += weight
                cover += factor
        if hit_words:
            scored.append((score, cover, entry, hit_words))
    matched: set[str] = set()
    if scored:
        best_cover = max(c for _, c, _, _ in scored)
        top = [s for s in scored if s[1] >= best_cover - 1e-6]
        best = max(s[0] for s in top)
        chosen = sorted(
            (s for s in top if s[0] >= MIN_SHARE * best), key=lambda s: (-s[0], -s[2].count)
        )
        topic.templates = [s[2] for s in chosen[:MAX_TEMPLATES]]
        for _, _, _, hit in chosen:
            matched |= hit
    topic.words = [w for w in words if w in matched]
    rest = [w for w in words if w not in matched]
    found = vocabulary.mentions(*rest) if rest else {}
    topic.unknown.extend(w for w, n in found_names.items() if not n and w not in rest)
    for word in rest:
        (topic.terms if found[word] else topic.unknown).append(word)
    return topic


def _weight(
    word: str, stems: set[str], df: dict[str, int], n: int, *, exact: bool = False
) -> tuple[float, float]:
    """How a template's words answer one question word: (1 same, 0.7 synonym, 0 not; weight)."""
    own = stem(word)
    variants = {own} | lexicon().synonyms.get(own, frozenset())
    best = (0.0, 0.0)
    for s in stems:
        if s == own or (len(own) >= 4 and len(s) >= 4 and (s.startswith(own) or own.startswith(s))):
            factor = 1.0
        elif s in variants and not exact:
            factor = 0.7
        else:
            continue
        best = max(best, (factor, factor * math.log(1 + n / df[s])))
    return best


def is_name(word: str, question: str) -> bool:
    """A word written like a name (CamelCase, digits, dots, dashes, capitalised mid-sentence)."""
    if re.search(r"[a-z][A-Z]|[._$\d]", word):
        return True
    for m in re.finditer(rf"\b{re.escape(word)}\b", question, re.I):
        before = question[: m.start()].rstrip()
        if m.group(0)[:1].isupper() and before and before[-1] not in ".?!":
            return True
    return False
