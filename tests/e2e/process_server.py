"""The app in a process of its own whose answers hang, so a browser test can SIGKILL it mid-run.

Run as `python -m tests.e2e.process_server` with DATABASE_URL, DATA_DIR and PORT set; the
orchestrator streams steps and a warning, then waits forever (as a slow analysis would).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import uvicorn

from analyzer.app import create_app
from analyzer.config import Settings, load_settings
from tests.e2e.scripted import CitingOrchestrator
from tests.live import sigkill, wait_until_healthy

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
        try:
            wait_until_healthy(self.proc, self.url, self.log_path)
        except AssertionError:
            self.log.close()
            raise

    def kill(self) -> None:
        """SIGKILL: no shutdown hook runs, so its run stays `in_progress` in the database."""
        sigkill(self.proc)
        self.log.close()


if __name__ == "__main__":
    main()
