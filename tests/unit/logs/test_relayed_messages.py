"""What a program relayed by syslog writes before its message is taken off it
(`formats.RELAYED_MESSAGE`): klog's header, a logfmt record's pairs before its `msg`. Real lines
of a k3s agent's journal (a diagnostic dump of a k3s join)."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from .conftest import ingest_file

LINES = [
    'May 06 11:05:04 hellomichka-A8 k3s[72179]: time="2026-05-06T11:05:04+02:00" level=info '
    'msg="Acquiring lock file /var/lib/rancher/k3s/data/.lock"',
    "May 06 11:05:06 hellomichka-A8 k3s[72179]: I0506 11:05:06.491876   72179 "
    'shared_informer.go:370] "Waiting for caches to sync"',
    'May 06 11:05:07 hellomichka-A8 k3s[72179]: time="2026-05-06T11:05:07+02:00" level=warning '
    'msg="Unable to watch for tunnel endpoints: \\"unknown\\"" error="connection refused"',
    "May 06 11:05:07 hellomichka-A8 systemd[1]: Started k3s-agent.service - Lightweight "
    "Kubernetes.",
    "May 06 11:05:08 hellomichka-A8 sshd[900]: Accepted publickey for ubuntu msg= time=",
]


def test_a_relayed_program_s_header_leaves_its_message(tmp_path: Path) -> None:
    path = tmp_path / "journal.log"
    path.write_text("".join(line + "\n" for line in LINES), encoding="utf-8")
    assert ingest_file(path, tmp_path / "store").format == "syslog"
    events = pq.read_table(tmp_path / "store" / "events.parquet").sort_by("line").to_pylist()
    assert [(e["level"], e["message"]) for e in events] == [
        ("INFO", "Acquiring lock file /var/lib/rancher/k3s/data/.lock"),
        ("INFO", '"Waiting for caches to sync"'),
        ("WARN", 'Unable to watch for tunnel endpoints: "unknown" error="connection refused"'),
        (None, "Started k3s-agent.service - Lightweight Kubernetes."),
        (None, "Accepted publickey for ubuntu msg= time="),
    ]
