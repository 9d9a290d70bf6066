"""The template miner groups by structure, keeps literal words apart from masked values."""

from __future__ import annotations

import random

import pyarrow as pa
import pytest

from analyzer.logs import drain
from analyzer.logs.drain import Drain, collapse, merge_token
from analyzer.logs.miner import Miner


def templates(messages: list[str], **kw: int) -> list[str]:
    """The final template of each message."""
    d = Drain(**kw)  # type: ignore[arg-type]
    ids = [d.add(m) for m in messages]
    mapping, patterns = d.final_templates()
    return [patterns[mapping[i]] for i in ids]


def test_same_structure_same_cluster() -> None:
    d = Drain()
    a = d.add("PacketResponder <*> for block <*> terminating")
    b = d.add("PacketResponder <*> for block <*> terminating")
    c = d.add("Receiving block <*> src: <*> dest: <*>")
    assert a == b != c


def test_a_word_taking_many_values_is_a_variable() -> None:
    users = ["root", "alice", "bob", "carol"]
    got = templates([f"session opened for user {u} by <*>" for u in users])
    assert set(got) == {"session opened for user <*> by <*>"}


def test_a_word_taking_few_values_names_different_events() -> None:
    states = ["Paused", "Resumed", "Stopped"]
    got = templates([f"[instance: <*>] VM {s} (Lifecycle Event)" for s in states])
    assert got == [f"[instance: <*>] VM {s} (Lifecycle Event)" for s in states]


def test_the_constant_limit_is_a_parameter() -> None:
    states = ["Paused", "Resumed", "Stopped"]
    got = templates([f"[instance: <*>] VM {s} (Lifecycle Event)" for s in states], max_constants=2)
    assert set(got) == {"[instance: <*>] VM <*> (Lifecycle Event)"}


@pytest.mark.parametrize(
    "values",
    [
        ["cmp=com.a/.Main", "cmp=com.b/.Other"],  # paths and component names
        ["android.intent.action.TIME_TICK", "android.intent.action.SCREEN_ON"],  # dotted names
    ],
)
def test_two_names_make_a_variable(values: list[str]) -> None:
    got = templates([f"received broadcast {v} from the system server" for v in values])
    assert len(set(got)) == 1 and "<*>" in got[0]


def test_units_after_a_value_are_variable_other_words_are_not() -> None:
    got = templates(
        [
            "stored as bytes (estimated size <*> B, free <*> KB)",
            "stored as bytes (estimated size <*> KB, free <*> KB)",
            "stored as values (estimated size <*> KB, free <*> KB)",
        ]
    )
    assert got[0] == got[1] == "stored as bytes (estimated size <*>, free <*> KB)"
    assert got[2] == "stored as values (estimated size <*>, free <*> KB)"


def test_generalised_key_value_keeps_the_key() -> None:
    users = ["root", "guest", "test", "admin"]
    got = templates([f"authentication failure; logname= uid=<*> rhost=<*> user={u}" for u in users])
    assert set(got) == {"authentication failure; logname= uid=<*> rhost=<*> user=<*>"}


def test_empty_value_joins_the_valued_ones() -> None:
    got = templates(["connection from <*> () at <*>", "connection from <*> (<*>) at <*>"])
    assert got == ["connection from <*> (<*>) at <*>"] * 2


def test_literal_word_is_not_absorbed_by_masked_value() -> None:
    d = Drain()
    https = d.add("<*> open through proxy <*> HTTPS")
    socks = d.add("<*> open through proxy <*> <*>")
    assert https != socks


def test_a_first_word_with_many_values_is_merged_across_leaves() -> None:
    names = ["alpha", "beta", "gamma", "delta"]
    got = templates([f"{n} finished the job in <*> ms" for n in names])
    assert set(got) == {"<*> finished the job in <*> ms"}


@pytest.mark.parametrize(
    ("a", "b", "merged"),
    [
        ("user=root", "user=admin", "user=<*>"),
        ("root,", "admin,", "<*>,"),
        ("wpad:<*>", "<*>", "<*>"),
        ("Resumed", "Paused", "<*>"),
        ("(a)", "(b)", "(<*>)"),
    ],
)
def test_merge_token(a: str, b: str, merged: str) -> None:
    assert merge_token(a, b) == merged


def test_collapse_merges_wildcard_runs() -> None:
    assert collapse("a <*> <*> b <*>") == "a <*> b <*>"


def test_miner_mines_each_distinct_key_once_and_skips_nulls() -> None:
    miner = Miner()
    keys = pa.array(["VM Paused <*>", None, "VM Paused <*>", "VM Resumed <*>"])
    ids = miner.ids(keys).tolist()
    assert ids[0] == ids[2] != ids[3] and ids[1] == -1
    assert miner.drain.variant_count == 2


def test_a_crowded_leaf_chooses_as_comparing_every_cluster_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # free text: a cluster per message fills a leaf; its index (`Leaf`) must only skip
    # clusters that cannot be the most similar, ties going to the earliest as before
    rng = random.Random(5)
    words = ["get", "put", "user", "ok", "timeout", "error", "alpha", "beta", "gamma", "delta"]
    values = ["<*>", "user=<*>", "(<*>)", "()", "user=bob", "id=<*>,"]
    messages = [
        " ".join(
            ["start", "op"]
            + [rng.choice(values if rng.random() < 0.25 else words) for _ in range(5)]
        )
        for _ in range(4000)
    ]
    indexed = Drain()
    fast = [indexed.add(m) for m in messages]
    assert any(leaf.ids is not None for leaf in indexed._leaves.values())
    monkeypatch.setattr(drain, "INDEXED_AT", 1 << 30)
    plain = Drain()
    assert [plain.add(m) for m in messages] == fast
    assert plain.final_templates() == indexed.final_templates()
    assert all(leaf.ids is None for leaf in plain._leaves.values())
