"""The price table: matching, validity dates, shadow prices and cost on a record."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from analyzer.llm.pricing import PriceEntry, PriceTable, apply_price
from analyzer.llm.record import CallRecord

DAY = date(2025, 6, 1)
ENTRIES = [
    PriceEntry("openai", "gpt-4o*", 5.0, 15.0, date(2024, 5, 13)),
    PriceEntry("openai", "gpt-4o*", 2.5, 10.0, date(2024, 8, 6)),
    PriceEntry("openai", "gpt-4o-mini*", 0.15, 0.6, date(2024, 7, 18)),
    PriceEntry("ollama", "*", 0.0, 0.0, date(2024, 1, 1), 0.2, 0.8),
]


@pytest.mark.parametrize(
    ("model", "on", "expected"),
    [
        ("gpt-4o-2024-08-06", DAY, (2.5, 10.0, "openai:gpt-4o*@2024-08-06")),
        ("gpt-4o", date(2024, 6, 1), (5.0, 15.0, "openai:gpt-4o*@2024-05-13")),
        ("gpt-4o-mini", DAY, (0.15, 0.6, "openai:gpt-4o-mini*@2024-07-18")),
    ],
)
def test_most_specific_entry_in_force_wins(
    model: str, on: date, expected: tuple[float, float, str]
) -> None:
    price = PriceTable(ENTRIES).lookup("openai", model, on)
    assert price is not None
    assert (price.input_per_mtok, price.output_per_mtok, price.source) == expected


def test_unknown_model_or_date_before_any_price_has_none() -> None:
    table = PriceTable(ENTRIES)
    assert table.lookup("openai", "o3-pro", DAY) is None
    assert table.lookup("openai", "gpt-4o", date(2020, 1, 1)) is None
    assert table.lookup("mistral", "gpt-4o", DAY) is None


def test_local_models_are_free_unless_shadow_priced() -> None:
    free = PriceTable(ENTRIES).lookup("ollama", "llama3.2:3b", DAY)
    shadow = PriceTable(ENTRIES, shadow=True).lookup("ollama", "llama3.2:3b", DAY)
    assert free is not None and (free.input_per_mtok, free.output_per_mtok) == (0.0, 0.0)
    assert shadow is not None and (shadow.input_per_mtok, shadow.output_per_mtok) == (0.2, 0.8)
    assert shadow.source == "ollama:*@2024-01-01 shadow"


def _record(provider: str, model: str, tokens_in: int | None, tokens_out: int | None) -> CallRecord:
    rec = CallRecord(provider=provider, model_requested=model, agent="report")
    rec.started_at = datetime(2025, 6, 1, 12, tzinfo=UTC)
    rec.model, rec.input_tokens, rec.output_tokens = model, tokens_in, tokens_out
    return rec


def test_cost_is_stored_with_the_prices_used() -> None:
    rec = _record("openai", "gpt-4o", 1_000_000, 500_000)
    apply_price(rec, PriceTable(ENTRIES))
    assert rec.cost_usd == pytest.approx(2.5 + 5.0)
    assert (rec.price_input_per_mtok, rec.price_output_per_mtok) == (2.5, 10.0)
    assert rec.price_source == "openai:gpt-4o*@2024-08-06"


def test_unknown_model_has_no_cost_and_no_source() -> None:
    rec = _record("openai", "mystery", 10, 10)
    apply_price(rec, PriceTable(ENTRIES))
    assert (rec.cost_usd, rec.price_source, rec.price_input_per_mtok) == (None, None, None)


def test_missing_counts_give_no_cost_but_keep_the_price() -> None:
    rec = _record("openai", "gpt-4o", None, None)
    apply_price(rec, PriceTable(ENTRIES))
    assert rec.cost_usd is None and rec.price_input_per_mtok == 2.5


def test_packaged_table_loads_and_prices_ollama_at_zero() -> None:
    table = PriceTable.from_toml()
    price = table.lookup("ollama", "qwen2.5:7b", DAY)
    assert price is not None and price.cost(1000, 1000) == 0.0
    assert all(isinstance(e.valid_from, date) for e in table.entries)


def test_table_loads_from_a_given_file(tmp_path: Path) -> None:
    path = tmp_path / "prices.toml"
    path.write_text(
        '[[price]]\nprovider = "x"\npattern = "m*"\ninput_per_mtok = 1\n'
        'output_per_mtok = 2\nvalid_from = "2025-01-01"\n'
    )
    price = PriceTable.from_toml(path).lookup("x", "m1", DAY)
    assert price is not None and price.cost(1_000_000, 1_000_000) == 3.0
