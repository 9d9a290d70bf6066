"""A logfmt record's message: its `msg`, unescaped, then the pairs a reader needs beside it (an
error, a duration), not its time, level, caller or source; a record of many pairs (a firewall's)
keeps only its `msg`. Real lines of the programs named."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from analyzer.logs.parsing import LOGFMT_MESSAGE_PAIRS

from .conftest import ingest_file

# (lines, the first event's source and message)
CASES = {
    # grafana/loki#4002: the error after the message; the caller is the source
    "loki": (
        [
            "level=error ts=2021-07-20T07:38:05.499044909Z caller=flush.go:220 org_id=fake "
            'msg="failed to flush user" err="open /loki-data/index/index_18828/1626766200: no '
            'such file or directory"',
            "level=debug ts=2021-07-20T07:38:12.009723279Z caller=logging.go:66 "
            'traceID=1b9aa9a68b3a3fd7 msg="GET /metrics (200) 5.497546ms"',
        ],
        "flush.go:220",
        'failed to flush user org_id=fake err="open /loki-data/index/index_18828/1626766200: '
        'no such file or directory"',
    ),
    # cilium/cilium (agent log): quotes escaped inside the message; the subsystem is the source
    "cilium": (
        [
            'level=info msg="Auto-disabling \\"enable-bpf-clock-probe\\" feature since KERNEL_HZ '
            'cannot be determined" error="Cannot probe CONFIG_HZ" subsys=daemon',
            'level=info msg="Cilium 1.6.90 ba0ed147b" subsys=daemon',
        ],
        "daemon",
        'Auto-disabling "enable-bpf-clock-probe" feature since KERNEL_HZ cannot be determined '
        'error="Cannot probe CONFIG_HZ"',
    ),
}


def _first(tmp_path: Path, lines: list[str]) -> tuple[str | None, str]:
    path = tmp_path / "app.log"
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    profile = ingest_file(path, tmp_path / "store")
    assert profile.format == "logfmt"
    event = pq.read_table(tmp_path / "store" / "events.parquet").sort_by("line").to_pylist()[0]
    return event["source"], event["message"]


@pytest.mark.parametrize("name", CASES)
def test_the_message_is_the_msg_then_the_pairs_beside_it(name: str, tmp_path: Path) -> None:
    lines, source, message = CASES[name]
    assert _first(tmp_path, lines) == (source, message)


def test_a_record_of_many_pairs_keeps_only_its_msg(tmp_path: Path) -> None:
    pairs = " ".join(f"k{i}=v{i}" for i in range(LOGFMT_MESSAGE_PAIRS + 1))
    lines = [f'level=info msg="Connection Closed" {pairs}', f'level=warn msg="Dropped" {pairs}']
    assert _first(tmp_path, lines) == (None, "Connection Closed")
