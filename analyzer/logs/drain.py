"""Drain-style template mining over distinct masked messages (each distinct message once)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from analyzer.logs.masking import WILDCARD

_COLLAPSE = re.compile(r"<\*>(?:\s*<\*>)+")
MIN_PREFIX_VALUES = 3
MIN_PREFIX_MERGE_LEN = 5
_WILD_TOKEN = re.compile(r"^<\*>(?:[,:/.\-]<\*>)*$")


@dataclass
class Cluster:
    """A group of messages sharing one template (tokens, with `<*>` at variable positions)."""

    cluster_id: int
    tokens: list[str]
    masked: list[bool]


@dataclass
class Drain:
    """Fixed-depth prefix tree (length, then first tokens) with similarity-threshold leaves."""

    sim_threshold: float = 0.8
    prefix_tokens: int = 2
    max_clusters_per_leaf: int = 200
    clusters: list[Cluster] = field(default_factory=list)
    _leaves: dict[tuple[str, ...], list[Cluster]] = field(default_factory=dict)
    _seen: dict[str, int] = field(default_factory=dict)

    def add(self, message: str) -> int:
        """The cluster id of a masked message, creating or generalising a cluster."""
        cached = self._seen.get(message)
        if cached is not None:
            return cached
        tokens = [WILDCARD if _WILD_TOKEN.match(t) else t for t in message.split()]
        key = self._key(tokens)
        leaf = self._leaves.setdefault(key, [])
        cluster = self._best(leaf, tokens)
        if cluster is None:
            cluster = Cluster(len(self.clusters), tokens, [t == WILDCARD for t in tokens])
            self.clusters.append(cluster)
            leaf.append(cluster)
        else:
            cluster.tokens = _merge(cluster.tokens, tokens)
            pairs = zip(cluster.masked, tokens, strict=True)
            cluster.masked = [m and t == WILDCARD for m, t in pairs]
        if len(self._seen) < 2_000_000:
            self._seen[message] = cluster.cluster_id
        return cluster.cluster_id

    def _key(self, tokens: list[str]) -> tuple[str, ...]:
        head = tuple(WILDCARD if WILDCARD in t else t for t in tokens[: self.prefix_tokens])
        return (str(len(tokens)), *head)

    def _best(self, leaf: list[Cluster], tokens: list[str]) -> Cluster | None:
        best: Cluster | None = None
        best_sim = -1.0
        for cluster in leaf:
            sim = _similarity(cluster, tokens)
            if sim > best_sim:
                best, best_sim = cluster, sim
        if best is not None and (best_sim >= self.sim_threshold or not tokens):
            return best
        if best is not None and len(leaf) >= self.max_clusters_per_leaf:
            return best
        return None

    def final_templates(self) -> tuple[list[int], list[str]]:
        """Map cluster id -> final template id (clusters equal up to `<*>` runs merge)."""
        tokens = self._prefix_merged()
        ids: dict[str, int] = {}
        mapping: list[int] = []
        for toks in tokens:
            pattern = collapse(" ".join(toks))
            mapping.append(ids.setdefault(pattern, len(ids)))
        return mapping, list(ids)

    def _prefix_merged(self) -> list[list[str]]:
        """Templates where a prefix position taking >= 3 values (rest identical) is a variable.

        The prefix tree never compares clusters across leaves; this pass does, for the
        positions the tree routed on.
        """
        tokens = [list(c.tokens) for c in self.clusters]
        for pos in range(1):
            groups: dict[tuple[str, ...], list[int]] = {}
            for i, toks in enumerate(tokens):
                if len(toks) >= MIN_PREFIX_MERGE_LEN and toks[pos] != WILDCARD:
                    key = (*toks[:pos], WILDCARD, *toks[pos + 1 :])
                    groups.setdefault(key, []).append(i)
            for members in groups.values():
                if len(members) >= MIN_PREFIX_VALUES:
                    for i in members:
                        tokens[i][pos] = WILDCARD
        return tokens


def collapse(pattern: str) -> str:
    """Merge runs of adjacent wildcards into one."""
    return _COLLAPSE.sub(WILDCARD, pattern)


def _similarity(cluster: Cluster, tokens: list[str]) -> float:
    """Share of positions that agree; a masked variable never absorbs a literal word."""
    if not tokens:
        return 1.0
    same = 0
    for a, m, b in zip(cluster.tokens, cluster.masked, tokens, strict=True):
        if a == b:
            same += 1
        elif (m or a != WILDCARD) and (b == WILDCARD) != (a == WILDCARD):
            return 0.0
        elif a == WILDCARD:
            same += 1
    return same / len(tokens)


def _merge(template: list[str], tokens: list[str]) -> list[str]:
    return [a if a == b else WILDCARD for a, b in zip(template, tokens, strict=True)]
