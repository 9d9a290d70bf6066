"""`python -m analyzer`: users, links, migrate and settings errors, against a live server."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO
from tests.live import LiveServer

TOKEN = re.compile(r"^(la_[A-Za-z0-9_-]{20,})$", re.MULTILINE)


def cli(
    *args: str, database_url: str, data_dir: Path, **env: str
) -> subprocess.CompletedProcess[str]:
    """Run the CLI in a subprocess with a clean, explicit environment."""
    environ = {
        k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_", "OLLAMA_", "PORT"))
    }
    environ.update(DATA_DIR=str(data_dir), DATABASE_URL=database_url, OLLAMA_HOST="", **env)
    return subprocess.run(
        [sys.executable, "-m", "analyzer", *args],
        cwd=REPO,
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def created_token(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    found = TOKEN.findall(result.stdout)
    assert len(found) == 1, result.stdout
    return found[0]


def test_users_lifecycle_against_a_server(
    database_url: str, tmp_path: Path, server: LiveServer
) -> None:
    data = tmp_path / "cli-data"
    bob = created_token(cli("users", "create", "bob", database_url=database_url, data_dir=data))
    with server.client(bob) as http:
        me = http.get("/api/me")
        assert me.status_code == 200 and me.json()["name"] == "bob" and me.json()["role"] == "user"

    again = cli("users", "create", "bob", database_url=database_url, data_dir=data)
    assert again.returncode != 0
    assert "bob" in again.stderr and "already exists" in again.stderr
    assert "Traceback" not in again.stderr and not TOKEN.search(again.stdout)

    root = created_token(
        cli("users", "create", "root", "--admin", database_url=database_url, data_dir=data)
    )
    with server.client(root) as http:
        assert http.get("/api/me").json()["role"] == "admin"
        assert http.get("/api/admin/users").status_code == 200

    listed = cli("users", "list", database_url=database_url, data_dir=data)
    assert listed.returncode == 0, listed.stderr
    rows = {line.split("\t")[0]: line.split("\t") for line in listed.stdout.splitlines() if line}
    assert rows["bob"][1] == "user" and rows["root"][1] == "admin"
    assert rows["bob"][2] == "active"

    link = cli("users", "link", "bob", database_url=database_url, data_dir=data)
    assert link.returncode == 0, link.stderr
    assert re.fullmatch(r"https?://\S+/login\?token=ll_[A-Za-z0-9_-]+\s*", link.stdout)
    link_token = link.stdout.strip().rsplit("=", 1)[1]
    with server.client(follow_redirects=False) as browser:
        signed_in = browser.get("/login", params={"token": link_token})
        assert signed_in.status_code == 303 and signed_in.headers["location"] == "/"
        assert browser.get("/api/me").json()["name"] == "bob"

    revoked = cli("users", "revoke", "bob", database_url=database_url, data_dir=data)
    assert revoked.returncode == 0, revoked.stderr
    assert "bob" in revoked.stdout
    with server.client(bob) as http:
        rejected = http.get("/api/me")
        assert rejected.status_code == 401
        assert rejected.json()["code"] == "UNAUTHENTICATED"
    with server.client(root) as http:
        assert http.get("/api/me").status_code == 200  # only bob's tokens died


def test_unknown_user_is_a_clear_error(database_url: str, tmp_path: Path) -> None:
    result = cli("users", "revoke", "nobody", database_url=database_url, data_dir=tmp_path)
    assert result.returncode != 0
    assert "nobody" in result.stderr and "Traceback" not in result.stderr


def test_migrate_reports_head(database_url: str, tmp_path: Path) -> None:
    result = cli("migrate", database_url=database_url, data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "database at head" in result.stdout
    assert "password" not in result.stdout.lower()


def test_invalid_settings_exit_2_with_one_list_of_every_bad_field(tmp_path: Path) -> None:
    result = cli(
        "migrate",
        database_url="",
        data_dir=tmp_path,
        DATABASE_POOL_SIZE="-1",
        PORT="abc",
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.count("invalid settings") == 1
    bad_lines = [line for line in result.stderr.splitlines() if line.strip().startswith("- ")]
    named = {line.strip()[2:].split(":", 1)[0] for line in bad_lines}
    assert named == {"DATABASE_POOL_SIZE", "PORT"}, result.stderr
    assert not (tmp_path / "analyzer.db").exists()  # nothing ran


def test_ingest_reads_naive_stamps_in_the_timezone_given(tmp_path: Path) -> None:
    log = REPO / "fixtures" / "logs" / "python.log"  # opens at 2024-03-01 10:00:00,123
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    berlin = cli(
        "ingest", str(log), "--timezone", "Europe/Berlin", database_url=url, data_dir=tmp_path
    )
    assert berlin.returncode == 0, berlin.stderr
    assert '"start": "2024-03-01T09:00:00.123000Z"' in berlin.stdout
    assert '"timezone": "Europe/Berlin"' in berlin.stdout
    unknown = cli(
        "ingest", str(log), "--timezone", "Mars/Base", database_url=url, data_dir=tmp_path
    )
    assert unknown.returncode == 1
    assert "timezone: unknown 'Mars/Base'" in unknown.stdout + unknown.stderr
