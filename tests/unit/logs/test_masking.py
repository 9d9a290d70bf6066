"""Masking: the SQL key equals the Python key, and the refined masks keep structure."""

from __future__ import annotations

import duckdb
import pytest

from analyzer.logs import masking
from analyzer.logs.masking import MINE_BOUND, key, key_sql, mask

from .conftest import FIXTURES

MASKED = [
    # (message, masked form)
    (
        "PacketResponder 1 for block blk_-1608 terminating",
        "PacketResponder <*> for block <*> terminating",
    ),
    ("src: /10.250.19.102:54106 dest: /10.250.19.102:50010", "src: <*>:<*> dest: <*>:<*>"),
    # a size with a human-readable twin is one value with its unit; a bound is one value
    (
        "c.example.cn:80 close, 1314 bytes (1.28 KB) sent, 0 bytes sent, lifetime <1 sec",
        "<*>:<*> close, <*> bytes sent, <*> bytes sent, lifetime <*>",
    ),
    # a word with one digit names a thing; a word, a dash and a number keeps the word
    (
        "node node-129 detected network 10.128.0.0 via interface ee0",
        "node node-<*> detected network <*> via interface ee0",
    ),
    (
        "Failed none for invalid user 0 from 5.188.10.180 port 49811 ssh2",
        "Failed none for invalid user <*> from <*> port <*> ssh2",
    ),
    ("isBluetoothA2dpOn...", "isBluetoothA2dpOn..."),
    ("v4 a1b 2nd x86 CPU10", "<*> <*> <*> <*> <*>"),
    ("illegal instruction......1", "illegal instruction......<*>"),
    # URLs keep their scheme, paths go whole, a full stop ending a sentence stays
    ("Input split: hdfs://10.10.34.11:9000/pjhe/test/1/x:0+7", "Input split: hdfs://<*>"),
    ("Error loading /home/y//bandwidth.rts: invalid", "Error loading <*>: invalid"),
    (
        "Retrying connect to server: host:8030. Already tried 3 time(s)",
        "Retrying connect to server: host:<*>. Already tried <*> time(s)",
    ),
    # dates, host names, IPv6 and MAC addresses, hex words, booleans, quoted values
    ("at Fri Jul  1 07:57:30 2005", "at <*> <*>:<*>:<*> <*>"),
    ("getaddrinfo for ns.example.com [173.234.31.186] failed", "getaddrinfo for <*> [<*>] failed"),
    ("MDNS: IPV6 Addr: 2607:f140:400:a01b:c6b3:1ff:fecd:467f", "MDNS: IPV6 Addr: <*>"),
    ("mask=ffffffff setLightsOn(true) ws=null", "mask=<*> setLightsOn(<*>) ws=<*>"),
    # a hex id of eight characters or more is one, however few digits it holds
    ("payment eedf2bdceaac failed, request cc2bcceabbbb", "payment <*> failed, request <*>"),
    ('tag="handle Audio", name=x', 'tag="<*>", name=x'),
    # a quoted path ends at its quote (auditd's `exe="/usr/bin/sudo" key="priv_esc"`)
    ('comm="sudo" exe="/usr/bin/sudo" key="priv"', 'comm="<*>" exe="<*>" key="<*>"'),
    ("open('/etc/app/conf.yml') failed", "open('<*>') failed"),
    (
        "Location icon should now be in state 'Active'",
        "Location icon should now be in state 'Active'",
    ),
    # a value ends where CJK text or full-width punctuation begins: the words stay
    ("定时器127.0.0.1:8000超时，当前Trem:1", "定时器<*>:<*>超时，当前Trem:<*>"),
    ("启动了一个Server，端口为：8000", "启动了一个Server，端口为：<*>"),
    ("初始化完成，15 个槽位（15 秒超时）", "初始化完成，<*> 个槽位（<*> 秒超时）"),
]


@pytest.mark.parametrize(("message", "masked"), MASKED)
def test_mask(message: str, masked: str) -> None:
    assert mask(message) == masked


def test_sql_key_equals_python_key() -> None:
    messages = [m for m, _ in MASKED] + ["x" * (MINE_BOUND + 50) + " 12", "é 12ab cd3 (x)"]
    conn = duckdb.connect()
    conn.execute("CREATE TABLE m AS SELECT unnest($m) AS msg", {"m": messages})
    got = [r[0] for r in conn.execute(f"SELECT {key_sql('msg')} FROM m").fetchall()]
    assert got == [key(m) for m in messages]


def test_key_keeps_what_refinement_needs() -> None:
    assert key("blk_123 eth0 node-12 de9231d 1.28 KB") == "blk_<*> eth0 node-<*> <*> <*> KB"


def test_a_token_cut_at_the_bound_is_a_value() -> None:
    message = "BLOCK* ask 10.0.0.1:50010 to delete " + " ".join(["blk_-1234567"] * 400)
    assert len(message) > MINE_BOUND
    masked = mask(message)
    assert masked.startswith("BLOCK* ask <*>:<*> to delete <*> <*>")
    assert set(masked.removeprefix("BLOCK* ask <*>:<*> to delete ").split()) == {"<*>"}


def test_tokens_remembered_from_other_keys_mask_as_when_worked_out_anew(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lines = [
        line
        for path in sorted(FIXTURES.glob("*.log"))
        for line in path.read_text(errors="replace").splitlines()
    ]
    keys = [masking.key(line) for line in lines]
    remembered = [masking.refine(k) for k in keys + keys]
    monkeypatch.setattr(masking, "MAX_SEEN_TOKENS", -1)  # forgotten before each key
    anew = [masking.refine(k) for k in keys + keys]
    assert len(set(keys)) > 2000 and remembered == anew
