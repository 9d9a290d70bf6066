"""The app under test for browser tests: a live server (restartable on the same port)."""

from __future__ import annotations

import socket
from pathlib import Path

from agents.contracts import Orchestrator
from analyzer.app import create_app
from analyzer.config import Settings
from tests.live import LiveServer


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class AppServer:
    """Serves the real app on one fixed port, so a restarted server keeps the browser's origin."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.port = free_port()
        self.live: LiveServer | None = None

    @property
    def url(self) -> str:
        """Base URL, e.g. http://127.0.0.1:PORT."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def data_dir(self) -> Path:
        """Where uploads are kept."""
        return Path(self.settings.DATA_DIR)

    def start(self, orchestrator: Orchestrator | None = None) -> AppServer:
        """Start (again) with this orchestrator."""
        app = create_app(self.settings, orchestrator=orchestrator)
        live = LiveServer(app)
        live.server.config.port = self.port
        self.live = live.start()
        return self

    def stop(self) -> None:
        """Graceful shutdown: active runs become interrupted, as on a real restart."""
        if self.live is not None:
            self.live.stop()
            self.live = None
