"""The app in a process of its own whose answers hang, so a browser test can SIGKILL it mid-run.

Run as `python -m tests.e2e.process_server` with DATABASE_URL, DATA_DIR and PORT set; the
orchestrator streams steps and a warning, then waits forever (as a slow analysis would).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import uvicorn

from analyzer.app import create_app
from analyzer.config import Settings, load_settings
from tests.e2e.scripted import CitingOrchestrator

REPO = Path(__file__).resolve().parents[2]


def main() -> None:
    """Serve with settings from the environment and a holding orchestrator."""
    settings = load_settings()
    holding = CitingOrchestrator(Path(settings.DATA_DIR))
    holding.hold = True
    app = create_app(settings, orchestrator=holding)
    uvicorn.run(app, host="127.0.0.1", port=settings.PORT, log_config=None)


class ServerProcess:
    """This module served in a child process on a given port; killed with SIGKILL."""

    def __init__(self, settings: Settings, port: int, log: Path) -> None:
        env = {
            **os.environ,
            "DATABASE_URL": settings.database_url,
            "DATA_DIR": str(settings.DATA_DIR),
            "OLLAMA_HOST": "",
            "AUTO_MIGRATE": "false",
            "LOG_LEVEL": "WARNING",
            "PORT": str(port),
        }
        self.log_path = log
        self.log = log.open("ab")
        args = [sys.executable, "-m", "tests.e2e.process_server"]
        self.proc = subprocess.Popen(args, cwd=REPO, env=env, stdout=self.log, stderr=self.log)
        self.url = f"http://127.0.0.1:{port}"
        self._wait_until_healthy()

    def _wait_until_healthy(self) -> None:
        deadline = time.monotonic() + 30
        while True:
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.kill()
                raise AssertionError(f"the server did not start:\n{self.log_path.read_text()}")
            try:
                if httpx.get(f"{self.url}/api/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)

    def kill(self) -> None:
        """SIGKILL: no shutdown hook runs, so its run stays `in_progress` in the database."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=10)
        self.log.close()


if __name__ == "__main__":
    main()
