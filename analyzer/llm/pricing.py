"""The price table: which price per million tokens applies to a model on a day, and the cost."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from fnmatch import fnmatchcase
from importlib.resources import files
from pathlib import Path
from typing import Any

from analyzer.llm.record import CallRecord


@dataclass(frozen=True)
class PriceEntry:
    """One row of the price table."""

    provider: str
    pattern: str
    input_per_mtok: float
    output_per_mtok: float
    valid_from: date
    shadow_input_per_mtok: float | None = None
    shadow_output_per_mtok: float | None = None

    @property
    def source(self) -> str:
        """How a ledger row names this entry."""
        return f"{self.provider}:{self.pattern}@{self.valid_from.isoformat()}"

    def specificity(self) -> tuple[int, int]:
        """Literal characters first, then length: `gpt-4o-mini*` beats `gpt-4o*` beats `*`."""
        literal = sum(1 for c in self.pattern if c not in "*?[]")
        return literal, len(self.pattern)


@dataclass(frozen=True)
class Price:
    """The prices chosen for one call and where they came from."""

    input_per_mtok: float
    output_per_mtok: float
    source: str

    def cost(self, input_tokens: int | None, output_tokens: int | None) -> float | None:
        """The cost in USD, or None when a token count is missing."""
        if input_tokens is None or output_tokens is None:
            return None
        return (input_tokens * self.input_per_mtok + output_tokens * self.output_per_mtok) / 1e6


class PriceTable:
    """Looks up the price of a provider's model on a given day."""

    def __init__(self, entries: Iterable[PriceEntry], *, shadow: bool = False) -> None:
        self.entries = tuple(entries)
        self.shadow = shadow

    @classmethod
    def from_toml(cls, path: Path | None = None, *, shadow: bool = False) -> PriceTable:
        """Load a table from a TOML file; the packaged `prices.toml` by default."""
        source = path or files("analyzer.llm").joinpath("prices.toml")
        text = source.read_text(encoding="utf-8")
        data = tomllib.loads(text)
        return cls((_entry(item) for item in data.get("price", [])), shadow=shadow)

    def lookup(self, provider: str, model: str, on: date) -> Price | None:
        """The price in force for `model` on `on`, or None when no entry matches."""
        matches = [
            e
            for e in self.entries
            if e.provider == provider and e.valid_from <= on and fnmatchcase(model, e.pattern)
        ]
        if not matches:
            return None
        best = max(matches, key=lambda e: (e.specificity(), e.valid_from))
        return self._price(best)

    def _price(self, entry: PriceEntry) -> Price:
        """The entry's price, or its shadow price when shadow pricing is on and one is set."""
        if self.shadow and entry.shadow_input_per_mtok is not None:
            return Price(
                entry.shadow_input_per_mtok,
                entry.shadow_output_per_mtok or 0.0,
                entry.source + " shadow",
            )
        return Price(entry.input_per_mtok, entry.output_per_mtok, entry.source)


def _entry(item: Mapping[str, Any]) -> PriceEntry:
    """A table entry from one `[[price]]` TOML table."""
    valid_from = item["valid_from"]
    return PriceEntry(
        provider=str(item["provider"]),
        pattern=str(item["pattern"]),
        input_per_mtok=float(item["input_per_mtok"]),
        output_per_mtok=float(item["output_per_mtok"]),
        valid_from=valid_from if isinstance(valid_from, date) else date.fromisoformat(valid_from),
        shadow_input_per_mtok=_maybe_float(item.get("shadow_input_per_mtok")),
        shadow_output_per_mtok=_maybe_float(item.get("shadow_output_per_mtok")),
    )


def _maybe_float(value: object) -> float | None:
    """A float, or None when the key was absent."""
    return None if value is None else float(str(value))


def apply_price(rec: CallRecord, table: PriceTable) -> None:
    """Store on `rec` the prices that apply to it and its cost (None when unknown)."""
    price = table.lookup(rec.provider, rec.model or rec.model_requested, rec.started_at.date())
    if price is None:
        rec.cost_usd = rec.price_input_per_mtok = rec.price_output_per_mtok = None
        rec.price_source = None
        return
    rec.price_input_per_mtok = price.input_per_mtok
    rec.price_output_per_mtok = price.output_per_mtok
    rec.price_source = price.source
    rec.cost_usd = price.cost(rec.input_tokens, rec.output_tokens)
