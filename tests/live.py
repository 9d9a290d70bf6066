"""A real uvicorn server on a free loopback port, in a thread, for HTTP and SSE tests."""

from __future__ import annotations

import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from fastapi import FastAPI


class LiveServer:
    """Serves an app on 127.0.0.1 until stopped (lifespan included)."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app
        config = uvicorn.Config(
            app,
            host="127.0.0.1",
            port=0,
            log_config=None,
            lifespan="on",
            timeout_graceful_shutdown=3,
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.base_url = ""

    def start(self) -> LiveServer:
        """Start and wait until it accepts connections."""
        self.thread.start()
        deadline = time.monotonic() + 15
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.01)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        self.base_url = f"http://127.0.0.1:{port}"
        return self

    def stop(self) -> None:
        """Graceful shutdown (the lifespan's shutdown runs)."""
        self.server.should_exit = True
        self.thread.join(timeout=15)

    def client(self, token: str | None = None, **kwargs: Any) -> httpx.Client:
        """An HTTP client for this server, authenticated when given a token."""
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.base_url, headers=headers, timeout=20, **kwargs)


def read_sse(
    client: httpx.Client, url: str, *, headers: dict[str, str] | None = None, limit: int = 10_000
) -> tuple[int, list[dict[str, Any]]]:
    """Read a whole SSE response: (status, [{id, event, data}...]) until the server closes it."""
    events: list[dict[str, Any]] = []
    with client.stream("GET", url, headers=headers or {}) as response:
        if response.status_code != 200:
            response.read()
            return response.status_code, []
        for frame in iter_frames(response.iter_lines()):
            events.append(frame)
            if len(events) >= limit:
                break
    return 200, events


def iter_frames(lines: Iterator[str]) -> Iterator[dict[str, Any]]:
    """Parse text/event-stream lines into frames (comments and pings skipped)."""
    import json

    frame: dict[str, Any] = {}
    for line in lines:
        if not line:
            if "data" in frame:
                frame["data"] = json.loads(frame["data"])
                yield frame
            frame = {}
            continue
        if line.startswith(":"):
            continue
        field, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        frame[field] = frame.get(field, "") + value if field == "data" and field in frame else value


def wait_until_healthy(proc: subprocess.Popen[bytes], url: str, log: Path) -> None:
    """Poll a server process's health until 200; SIGKILL it and fail with its log otherwise."""
    deadline = time.monotonic() + 30
    while True:
        if proc.poll() is not None or time.monotonic() > deadline:
            sigkill(proc)
            raise AssertionError(f"the server did not start:\n{log.read_text()}")
        try:
            if httpx.get(f"{url}/api/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)


def sigkill(proc: subprocess.Popen[bytes]) -> None:
    """SIGKILL: no shutdown hook runs (unfinished runs stay `in_progress` in the database)."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
