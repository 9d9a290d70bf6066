"""Kill -9 the server mid-run: after a restart everything stored is intact and the run retryable."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from analyzer.config import Settings
from tests.conftest import REPO, LogFactory, UserFactory
from tests.live import read_sse, sigkill, wait_until_healthy


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class Process:
    """A server process on its own port, with its output kept for failure messages."""

    def __init__(self, module: list[str], settings: Settings, log: Path) -> None:
        self.port = free_port()
        env = {
            **os.environ,
            "DATABASE_URL": settings.database_url,
            "DATA_DIR": str(settings.DATA_DIR),
            "OLLAMA_HOST": "",
            "PORT": str(self.port),
        }
        self.log = log.open("ab")
        args = [sys.executable, "-m", *module]
        self.proc = subprocess.Popen(args, cwd=REPO, env=env, stdout=self.log, stderr=self.log)
        self.url = f"http://127.0.0.1:{self.port}"
        wait_until_healthy(self.proc, self.url, log)

    def kill(self) -> None:
        sigkill(self.proc)
        self.log.close()


@pytest.fixture
def processes() -> Iterator[list[Process]]:
    started: list[Process] = []
    yield started
    for proc in started:
        proc.kill()


def test_sigkill_mid_run_then_restart(
    settings: Settings,
    make_user: UserFactory,
    make_log: LogFactory,
    processes: list[Process],
    tmp_path: Path,
) -> None:
    slow = Process(["tests.fakes.slow_server"], settings, tmp_path / "server.log")
    processes.append(slow)
    token = make_user("alice")
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=slow.url, headers=headers, timeout=10) as http:
        conv = http.post("/api/conversations", json={"log_ids": [make_log(token)]}).json()
        done = http.post(
            f"/api/conversations/{conv['id']}/messages", json={"content": "how many errors?"}
        ).json()
        deadline = time.monotonic() + 10
        while http.get(done["run_url"]).json()["status"] != "in_progress":
            assert time.monotonic() < deadline
            time.sleep(0.05)
    slow.kill()

    again = Process(["analyzer", "serve"], settings, tmp_path / "server.log")
    processes.append(again)
    with httpx.Client(base_url=again.url, headers=headers, timeout=10) as http:
        assert http.get(f"/api/conversations/{conv['id']}").status_code == 200
        messages = http.get(f"/api/conversations/{conv['id']}/messages").json()["items"]
        assert [m["content"] for m in messages] == ["how many errors?"]
        run = http.get(done["run_url"]).json()
        assert run["status"] == "interrupted"
        assert run["error"]["code"] == "RUN_INTERRUPTED" and run["error"]["retryable"] is True
        _status, events = read_sse(http, done["events_url"])
        seqs = [e["data"]["seq"] for e in events]
        assert seqs == list(range(1, len(seqs) + 1))
        assert [e["event"] for e in events[-2:]] == ["run.interrupted", "done"]
        retried = http.post(f"/api/runs/{done['run_id']}/retry").json()
        _status, events = read_sse(http, retried["events_url"])
        assert events[-2]["event"] == "run.completed"
