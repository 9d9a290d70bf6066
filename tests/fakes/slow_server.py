"""A real server process whose analysis runs block, so tests can kill it mid-run (SIGKILL)."""

from __future__ import annotations

import uvicorn

from analyzer.app import create_app
from analyzer.config import load_settings
from tests.fakes.orchestrators import BlockingOrchestrator


def main() -> None:
    """Serve with settings from the environment (PORT included)."""
    settings = load_settings()
    app = create_app(settings, orchestrator=BlockingOrchestrator())
    uvicorn.run(app, host="127.0.0.1", port=settings.PORT, log_config=None)


if __name__ == "__main__":
    main()
