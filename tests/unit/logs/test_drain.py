"""The template miner groups by structure, keeps literal words apart from masked values."""

from __future__ import annotations

from analyzer.logs.drain import Drain, collapse


def test_same_structure_same_cluster() -> None:
    d = Drain()
    a = d.add("PacketResponder <*> for block <*> terminating")
    b = d.add("PacketResponder <*> for block <*> terminating")
    c = d.add("Receiving block <*> src: <*> dest: <*>")
    assert a == b != c


def test_differing_word_generalises_to_wildcard() -> None:
    d = Drain()
    first = d.add("session opened for user root by <*>")
    second = d.add("session opened for user alice by <*>")
    mapping, patterns = d.final_templates()
    assert first == second
    assert patterns[mapping[first]] == "session opened for user <*> by <*>"


def test_literal_word_is_not_absorbed_by_masked_value() -> None:
    d = Drain()
    https = d.add("<*> open through proxy <*> HTTPS")
    socks = d.add("<*> open through proxy <*> <*>")
    assert https != socks


def test_collapse_merges_wildcard_runs() -> None:
    assert collapse("a <*> <*> b <*>") == "a <*> b <*>"
