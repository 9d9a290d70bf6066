"""Template mining of mining keys: each distinct key is refined and clustered once."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from analyzer.logs.drain import Drain
from analyzer.logs.masking import refine

MAX_CACHED_KEYS = 500_000


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while mining a batch of keys.

    Mining allocates many long-lived containers (clusters, variants); with the collector on,
    a log of a few hundred thousand templates spends half its mining time in collections.
    The mined objects hold no reference cycles, so nothing is left uncollected.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass
class Miner:
    """Maps mining keys (see `masking`) to Drain variant ids, remembering keys already seen."""

    drain: Drain = field(default_factory=Drain)
    _ids: dict[str, int] = field(default_factory=dict)

    def add(self, key: str) -> int:
        """The variant id of one mining key."""
        found = self._ids.get(key)
        if found is None:
            found = self.drain.add(refine(key))
            if len(self._ids) < MAX_CACHED_KEYS:
                self._ids[key] = found
        return found

    def ids(self, keys: pa.ChunkedArray | pa.Array) -> npt.NDArray[np.int32]:
        """The variant id of every key of a column (each distinct key mined once; null: -1)."""
        encoded = pc.dictionary_encode(keys)
        if isinstance(encoded, pa.ChunkedArray):
            encoded = encoded.combine_chunks()
        distinct = encoded.dictionary.to_pylist()
        with _collector_paused():
            mapping = np.fromiter((self.add(k) for k in distinct), np.int32, len(distinct))
        mapping = np.append(mapping, np.int32(-1))
        indices = pc.fill_null(encoded.indices, len(distinct)).to_numpy(zero_copy_only=False)
        ids: npt.NDArray[np.int32] = mapping[indices]
        return ids

    def final_templates(self) -> tuple[list[int], list[str]]:
        """Variant id -> template id, and the template patterns (see `Drain`)."""
        with _collector_paused():
            return self.drain.final_templates()
