"""The level a program behind syslog writes in its message (`EMBEDDED_LEVEL`): every way of
writing it is found, behind the test that rules out the lines writing none."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from analyzer.logs.parsing import _OPENING_WORDS

from .conftest import ingest_file

HEADER = "Mar  3 10:00:{:02d} host prog[12]: "

# (message, level) for each way, then messages writing none
WAYS = [
    *(
        (f"{word}something happened", level)
        for level, words in _OPENING_WORDS.items()
        for word in words
    ),
    ("E0501 10:05:33.123456       1 reflector.go:138] watch failed", "ERROR"),
    ('time="2024-03-03T10:00:00Z" level=warning msg="disk almost full"', "WARN"),
    ("%LINK-3-UPDOWN: Interface Gi0/1, changed state to down", "ERROR"),
    ("[Root]system-warning-00515: Admin user has logged on", "WARN"),
    ("I, [2020-11-17T23:07:39.869410 #4]  INFO -- : Started GET /", "INFO"),
    ("[ID 987709 kern.warning] NOTICE: link down", "WARN"),
    ("Event|1201|LOG_CRIT|AMM|-|fan failed", "CRITICAL"),
    ("[authz_core:error] [pid 1234] AH01630: client denied", "ERROR"),
    ("12:49PM ERR Stopped accept routine", "ERROR"),
    ("auth-worker(63712): Error: sql(user): query failed", "ERROR"),
    ("2024-03-03 10:00:00.123 pid=1 tid=x2 WARN: queue is slow", "WARN"),
    ("[149270] FATAL:  password authentication failed", "FATAL"),
    ('{"L":"DEBUG","M":"probe ok"}', "DEBUG"),
    ("WARNING:root:disk almost full", "WARN"),
    (
        "[2018-11-25 22:51:34.616][24915][warning][main] source/server/server.cc:202] slow",
        "WARN",
    ),
    # Synapse's Python logging inside the journal (`%(asctime)s - %(name)s - %(lineno)d -
    # %(levelname)s - %(request)s - %(message)s`)
    (
        "2021-12-07 14:25:17,063 - synapse.http.server - 108 - ERROR - POST-351 - Failed handle",
        "ERROR",
    ),
    ("Accepted password for alice from 10.0.0.1 port 22 ssh2", None),
    ("session opened for user root by (uid=0)", None),
    ("Connection closed by 10.0.0.2 [preauth] -- done", None),
    ("Started Daily apt upgrade and clean activities.", None),
]


@pytest.fixture(scope="module")
def levels(tmp_path_factory: pytest.TempPathFactory) -> list[str | None]:
    folder = tmp_path_factory.mktemp("embedded")
    path = folder / "syslog.log"
    text = "".join(HEADER.format(i % 60) + message + "\n" for i, (message, _) in enumerate(WAYS))
    path.write_text(text, encoding="utf-8")
    profile = ingest_file(path, folder / "store")
    assert profile.format == "syslog"
    events = pq.read_table(Path(folder / "store" / "events.parquet")).sort_by("line")
    assert events.num_rows == len(WAYS)
    return list(events.column("level").to_pylist())


@pytest.mark.parametrize(("k", "way"), list(enumerate(WAYS)), ids=[m[:30] for m, _ in WAYS])
def test_each_way_of_writing_a_level_in_the_message_is_read(
    levels: list[str | None], k: int, way: tuple[str, str | None]
) -> None:
    assert levels[k] == way[1]
