"""Drain-style template mining over distinct masked messages (each distinct message once).

Messages are clustered by a fixed-depth prefix tree with similarity-threshold leaves. A
cluster's position where literal words differ is a variable only once it has shown more than
`max_constants` distinct words: until then each word keeps its own template ("VM Started",
"VM Paused"), since a handful of words at one place name different events, while counters,
ids and names, which take many values, are variables. To apply that rule once the whole log
is seen, `add` returns a *variant* id (a cluster plus the message's words where the cluster's
members differ); `final_templates` maps variants to template ids.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from analyzer.logs.masking import UNIT, WILDCARD

_COLLAPSE = re.compile(r"<\*>(?:\s*<\*>)+")
MIN_PREFIX_MERGE_LEN = 5
MAX_SEEN = 500_000
INDEXED_AT = 24  # clusters in a leaf from which it keeps an index bounding similarities
_DOTTED = re.compile(r"[A-Za-z]\.[A-Za-z_]\w*\.[A-Za-z]")
_UNIT = re.compile(rf"{UNIT}[,;:)\]]*$")
_HOLE = "\x00"
_DELIMS = frozenset("=:,;()[]{}\"'<>|/")


@dataclass(slots=True)
class Cluster:
    """A group of messages sharing one template (tokens, with `<*>` at variable positions).

    Tuples and lazily made containers keep the garbage collector's work small when a log
    has hundreds of thousands of clusters.

    `first`: the tokens of the first message. `masked[i]`: every member had a masked value at
    i. `diverged`: the positions where members differ, in the order they began to; `words[i]`
    for such a position: its distinct words, or None once it is a variable (a masked value,
    or too many words). `named`: positions where a word looked like a value (a path, a dotted
    name, a unit after a number).
    """

    cluster_id: int
    tokens: tuple[str, ...]
    first: tuple[str, ...]
    masked: tuple[bool, ...]
    diverged: tuple[int, ...] = ()
    words: dict[int, set[str] | None] | None = None
    named: frozenset[int] | None = None
    slot: int = -1  # its number in its leaf, once the leaf is indexed (`Leaf`)


@dataclass(slots=True)
class Leaf:
    """The clusters of one leaf, and once it holds INDEXED_AT of them an index bounding each
    one's similarity to a message without comparing them (see `Drain._best`): the number of
    each cluster's token at each position (`ids`, numbers from `Drain`'s `_numbers`) and
    whether that token holds a `<*>` (`wild`), a row per cluster in leaf order."""

    clusters: list[Cluster] = field(default_factory=list)
    ids: npt.NDArray[np.int64] | None = None
    wild: npt.NDArray[np.bool_] | None = None

    def add(self, cluster: Cluster, numbers: dict[str, int]) -> None:
        """A new cluster in the leaf."""
        self.clusters.append(cluster)
        k = len(self.clusters) - 1
        if self.ids is not None:
            if k == len(self.ids):  # full: room for as many again
                self.ids = np.concatenate([self.ids, np.zeros_like(self.ids)])
                self.wild = np.concatenate([self.wild, np.zeros_like(self.wild)])
            self._enter(k, cluster.tokens, numbers)
        elif k + 1 >= INDEXED_AT:
            self.ids = np.zeros((2 * INDEXED_AT, len(cluster.tokens)), np.int64)
            self.wild = np.zeros((2 * INDEXED_AT, len(cluster.tokens)), np.bool_)
            for j, member in enumerate(self.clusters):
                member.slot = j
                self._enter(j, member.tokens, numbers)

    def retemplate(
        self, cluster: Cluster, tokens: tuple[str, ...], numbers: dict[str, int]
    ) -> None:
        """Give a cluster of the leaf a new template."""
        cluster.tokens = tokens
        if self.ids is not None:
            self._enter(cluster.slot, tokens, numbers)

    def _enter(self, k: int, tokens: tuple[str, ...], numbers: dict[str, int]) -> None:
        assert self.ids is not None and self.wild is not None
        self.clusters[k].slot = k
        self.ids[k] = [numbers.setdefault(t, len(numbers)) for t in tokens]
        self.wild[k] = [WILDCARD in t for t in tokens]

    def candidates(
        self, tokens: tuple[str, ...], numbers: dict[str, int]
    ) -> Iterator[tuple[int, int]]:
        """(bound, k) for each cluster k, the highest bound first (then leaf order), where the
        bound is at most how many of its positions agree with the message's. Two tokens that
        differ agree only when one holds a `<*>` (`_agree`): a position agrees at most where
        the message holds one, or the cluster the same token or one with a `<*>`."""
        assert self.ids is not None and self.wild is not None
        n = len(self.clusters)
        valued = np.array([WILDCARD in t for t in tokens])
        own = np.array([numbers.get(t, -1) for t in tokens])
        fits = (self.ids[:n] == own) | self.wild[:n] | valued
        bound = fits.sum(axis=1)
        order = np.argsort(-bound, kind="stable")
        return zip(bound[order].tolist(), order.tolist(), strict=True)


@dataclass
class Drain:
    """Fixed-depth prefix tree (length, then first tokens) with similarity-threshold leaves."""

    sim_threshold: float = 0.8
    prefix_tokens: int = 2
    max_clusters_per_leaf: int = 200
    max_constants: int = 3
    clusters: list[Cluster] = field(default_factory=list)
    _leaves: dict[tuple[str, ...], Leaf] = field(default_factory=dict)
    _numbers: dict[str, int] = field(default_factory=dict)  # tokens of indexed leaves
    _seen: dict[str, int] = field(default_factory=dict)
    _variants: dict[tuple[int, tuple[str, ...]], int] = field(default_factory=dict)

    def add(self, message: str) -> int:
        """The variant id of a masked message, creating or generalising a cluster."""
        cached = self._seen.get(message)
        if cached is not None:
            return cached
        tokens = tuple(message.split())
        cluster = self._cluster(tokens)
        # A variant: the cluster plus the message's words where the cluster differs.
        words = cluster.words or {}
        own = tuple([WILDCARD if words[i] is None else tokens[i] for i in cluster.diverged])
        variant = self._variants.setdefault((cluster.cluster_id, own), len(self._variants))
        if len(self._seen) < MAX_SEEN:
            self._seen[message] = variant
        return variant

    @property
    def variant_count(self) -> int:
        """How many variant ids `add` has handed out."""
        return len(self._variants)

    def _cluster(self, tokens: tuple[str, ...]) -> Cluster:
        leaf = self._leaves.get(key := self._key(tokens))
        if leaf is None:
            leaf = self._leaves[key] = Leaf()
        cluster = self._best(leaf, tokens)
        if cluster is None:
            masked = tuple([WILDCARD in t for t in tokens])
            cluster = Cluster(len(self.clusters), tokens, tokens, masked)
            self.clusters.append(cluster)
            leaf.add(cluster, self._numbers)
        elif cluster.tokens != tokens:
            self._observe(cluster, tokens)
            leaf.retemplate(cluster, _merge(cluster.tokens, tokens), self._numbers)
            pairs = zip(cluster.masked, tokens, strict=True)
            cluster.masked = tuple([m and WILDCARD in t for m, t in pairs])
        return cluster

    def _observe(self, cluster: Cluster, tokens: tuple[str, ...]) -> None:
        """Record the message's words; a position with a masked value or too many is open."""
        first = cluster.first
        if cluster.words is None:
            cluster.words = {}
        words = cluster.words
        for i, token in enumerate(tokens):
            if i not in words:
                if token == first[i]:
                    continue
                cluster.diverged = (*cluster.diverged, i)
                if WILDCARD in first[i]:
                    words[i] = None
                    continue
                words[i] = {first[i]}
                self._note(cluster, i, first[i], first[i - 1] if i else "")
            seen = words[i]
            if seen is None:
                continue
            if WILDCARD in token:
                words[i] = None
                continue
            seen.add(token)
            self._note(cluster, i, token, tokens[i - 1] if i else "")
            if len(seen) > self.max_constants or (len(seen) > 1 and i in (cluster.named or ())):
                words[i] = None

    @staticmethod
    def _note(cluster: Cluster, i: int, word: str, before: str) -> None:
        if _named(word, before):
            cluster.named = (cluster.named or frozenset()) | {i}

    def _key(self, tokens: tuple[str, ...]) -> tuple[str, ...]:
        depth = min(self.prefix_tokens, len(tokens) - 1)
        head = [WILDCARD if WILDCARD in t else t for t in tokens[: max(depth, 0)]]
        return (str(len(tokens)), *head)

    def _best(self, leaf: Leaf, tokens: tuple[str, ...]) -> Cluster | None:
        """The most similar cluster of the leaf (the first of equals), if similar enough or
        the leaf is full."""
        if leaf.ids is not None and tokens:
            best, best_sim = self._best_bounded(leaf, tokens)
        else:
            best, best_sim = None, -1.0
            for cluster in leaf.clusters:
                sim = _similarity(cluster, tokens)
                if sim > best_sim:
                    best, best_sim = cluster, sim
        if best is not None and (best_sim >= self.sim_threshold or not tokens):
            return best
        if best is not None and len(leaf.clusters) >= self.max_clusters_per_leaf:
            return best
        return None

    def _best_bounded(self, leaf: Leaf, tokens: tuple[str, ...]) -> tuple[Cluster | None, float]:
        """`_best`'s choice in a crowded leaf (free text: a cluster per message), comparing
        clusters the highest bound first (`Leaf.candidates`) and none that cannot beat, or
        tie with an earlier one than, the best so far."""
        n = len(tokens)
        best_k, best_sim = -1, -1.0
        for bound, k in leaf.candidates(tokens, self._numbers):
            most = bound / n
            if most < best_sim:
                break
            if most == best_sim and k > best_k:
                continue
            sim = _similarity(leaf.clusters[k], tokens)
            if sim > best_sim or (sim == best_sim and k < best_k):
                best_k, best_sim = k, sim
        return (leaf.clusters[best_k] if best_k >= 0 else None), best_sim

    def final_templates(self) -> tuple[list[int], list[str]]:
        """Map variant id -> final template id (variants equal up to `<*>` runs merge)."""
        rows = [self._final_tokens(cid, own) for cid, own in self._variants]
        ids: dict[str, int] = {}
        mapping: list[int] = []
        for toks in _prefix_merged(rows, self.max_constants + 1):
            pattern = collapse(" ".join(toks))
            mapping.append(ids.setdefault(pattern, len(ids)))
        return mapping, list(ids)

    def _final_tokens(self, cluster_id: int, own: tuple[str, ...]) -> list[str]:
        """The cluster's template, with the variant's word where a position stayed closed.

        A position that began to differ after the variant was made holds the first word.
        """
        cluster = self.clusters[cluster_id]
        out = list(cluster.tokens)
        words = cluster.words or {}
        for j, i in enumerate(cluster.diverged):
            if words[i] is not None:
                out[i] = own[j] if j < len(own) else cluster.first[i]
        return out


def _named(word: str, before: str) -> bool:
    """A path, dotted name or unit after a value (`a/b`, `a.b.C`, `<*> KB`): not an event word."""
    if "/" in word or _DOTTED.search(word) is not None:
        return True
    return WILDCARD in before and _UNIT.match(word) is not None


def _prefix_merged(rows: list[list[str]], min_values: int) -> list[list[str]]:
    """Templates where a first word taking >= min_values values (rest identical) is a variable.

    The prefix tree never compares clusters across leaves; this pass does, for the first
    position the tree routed on.
    """
    tokens = [list(t) for t in rows]
    groups: dict[tuple[str, ...], set[str]] = {}
    for toks in tokens:
        if len(toks) >= MIN_PREFIX_MERGE_LEN and toks[0] != WILDCARD:
            groups.setdefault((WILDCARD, *toks[1:]), set()).add(toks[0])
    for toks in tokens:
        if len(toks) >= MIN_PREFIX_MERGE_LEN and len(groups.get((WILDCARD, *toks[1:]), ())) >= (
            min_values
        ):
            toks[0] = WILDCARD
    return tokens


def collapse(pattern: str) -> str:
    """Merge runs of adjacent wildcards into one."""
    return _COLLAPSE.sub(WILDCARD, pattern)


def _similarity(cluster: Cluster, tokens: tuple[str, ...]) -> float:
    """Share of positions that agree; masked values and literal words never absorb each other.

    A token holding `<*>` is a value. A position where every member had a value never takes
    a literal word, and a literal position never takes a value; a position generalised from
    words takes values and the words that fit its shape (`user=<*>` takes `user=bob`).
    """
    if not tokens:
        return 1.0
    same = 0
    for a, m, b in zip(cluster.tokens, cluster.masked, tokens, strict=True):
        if a == b:  # the common case, without a call
            same += 1
            continue
        agree = _agree(a, m, b)
        if agree is None:
            return 0.0
        same += agree
    return same / len(tokens)


def _agree(a: str, masked: bool, b: str) -> int | None:
    """1 if token b fits template token a, 0 if it differs, None if it must not join."""
    if a == b:
        return 1
    if WILDCARD in b:
        if (b == WILDCARD and WILDCARD in a) or a == b.replace(WILDCARD, ""):
            return 1  # a value, or an empty value: `()` for `(<*>)`
        return 0 if WILDCARD in a else None
    if b == a.replace(WILDCARD, ""):
        return 1
    if masked:
        return None
    return 1 if WILDCARD in a and _fits(a, b) else 0


def _fits(pattern: str, word: str) -> bool:
    head, _, tail = pattern.partition(WILDCARD)
    return len(word) >= len(head) + len(tail) and word.startswith(head) and word.endswith(tail)


def _merge(template: tuple[str, ...], tokens: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(a if a == b else merge_token(a, b) for a, b in zip(template, tokens, strict=True))


def merge_token(a: str, b: str) -> str:
    """The most specific token covering both: shared key and punctuation kept (`user=<*>,`).

    The kept prefix ends, and the kept suffix starts, at a delimiter, so a word is either
    kept whole or replaced whole.
    """
    x, y = a.replace(WILDCARD, _HOLE), b.replace(WILDCARD, _HOLE)
    n = 0
    limit = min(len(x), len(y))
    while n < limit and x[n] == y[n]:
        n += 1
    head = x[:n]
    while head and head[-1] not in _DELIMS:
        head = head[:-1]
    k = 0
    while k < limit - len(head) and x[-1 - k] == y[-1 - k]:
        k += 1
    tail = x[len(x) - k :] if k else ""
    while tail and tail[0] not in _DELIMS:
        tail = tail[1:]
    return (head + _HOLE + tail).replace(_HOLE, WILDCARD)
