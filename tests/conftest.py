"""Shared fixtures: every database-backed test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from agents.contracts import Orchestrator
from analyzer.app import create_app
from analyzer.chat import accounts
from analyzer.config import Settings
from analyzer.db import migrate
from analyzer.db.engine import Database
from tests import databases
from tests.live import LiveServer

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file that each test copies."""
    path = tmp_path_factory.mktemp("template") / "analyzer.db"
    migrate.upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    """One migrated PostgreSQL database for the session (skipped, or failed in CI, if down)."""
    databases.check_postgres()
    url = databases.create_pg_database()
    yield url
    databases.drop_pg_database(url)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> str:
    """A migrated, empty database of each kind."""
    if request.param == "sqlite":
        return databases.sqlite_copy(sqlite_template, tmp_path)
    url: str = request.getfixturevalue("pg_database")
    databases.wipe(url)
    return url


SettingsFactory = Callable[..., Settings]


@pytest.fixture
def make_settings(database_url: str, tmp_path: Path) -> SettingsFactory:
    """Settings for a test: its own data dir and database, no LLM, no .env file."""

    def build(**overrides: Any) -> Settings:
        values: dict[str, Any] = {
            "DATABASE_URL": database_url,
            "DATA_DIR": tmp_path / "data",
            "OLLAMA_HOST": "",
            "AUTO_MIGRATE": False,
            "LOG_LEVEL": "WARNING",
        }
        values.update(overrides)
        return Settings(_env_file=None, **values)  # type: ignore[call-arg]

    return build


@pytest.fixture
def settings(make_settings: SettingsFactory) -> Settings:
    """Default test settings."""
    return make_settings()


@pytest.fixture
def db(settings: Settings) -> Iterator[Database]:
    """Direct database access, to assert what was persisted."""
    database = Database(settings.database_url, pool_size=2)
    yield database
    database.dispose()


ServerFactory = Callable[..., LiveServer]


@pytest.fixture
def start_server(settings: Settings) -> Iterator[ServerFactory]:
    """Start live servers (stopped at the end of the test)."""
    started: list[LiveServer] = []

    def start(
        *, orchestrator: Orchestrator | None = None, settings_: Settings | None = None
    ) -> LiveServer:
        app = create_app(settings_ or settings, orchestrator=orchestrator)
        server = LiveServer(app).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def server(start_server: ServerFactory) -> LiveServer:
    """A live server with the default orchestrator."""
    return start_server()


UserFactory = Callable[..., str]


@pytest.fixture
def make_user(db: Database) -> UserFactory:
    """Create a user and return an API token for it."""

    def create(name: str, *, admin: bool = False) -> str:
        with db.tx() as s:
            return accounts.create_user(s, name=name, admin=admin).token

    return create


LogFactory = Callable[..., str]
SMALL_LOG = REPO / "fixtures" / "logs" / "python.log"


@pytest.fixture
def make_log(db: Database, settings: Settings) -> LogFactory:
    """Upload-equivalent: a ready, really ingested log owned by the user of `token`."""
    import shutil

    from analyzer.chat.logs import LogPaths
    from analyzer.db.logs import create_log, finish
    from analyzer.db.types import new_id
    from analyzer.db.users import authenticate
    from analyzer.logs.ingest import ingest

    def create(token: str, *, filename: str = "app.log", source: Path = SMALL_LOG) -> str:
        log_id = new_id()
        paths = LogPaths(settings.DATA_DIR / "logs" / log_id)
        paths.root.mkdir(parents=True)
        shutil.copyfile(source, paths.raw)
        profile = ingest(paths.raw, paths.store, log_id=log_id, filename=filename)
        with db.tx() as s:
            user = authenticate(s, token=token, kinds=("api",))
            create_log(
                s,
                log_id=log_id,
                user_id=user.user_id,
                filename=filename,
                sha256=new_id() * 2,
                size_bytes=source.stat().st_size,
                format_override=None,
            )
            finish(s, log_id=log_id, profile=profile.model_dump(mode="json"), error=None)
        return log_id

    return create


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Show the scenario score table (written by tests/integration/test_scenarios.py)."""
    score = REPO / "artifacts" / "scenario_score.txt"
    started = getattr(terminalreporter, "_session_start", None)
    since = getattr(started, "time", 0.0) if started is not None else 0.0
    if score.exists() and score.stat().st_mtime > since:
        terminalreporter.section("scenario score (built-in path)")
        terminalreporter.write(score.read_text())
