"""Settings: documented defaults, one readable list of every bad field, nothing read at import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from analyzer.config import LogLevel, Settings, SettingsError, load_settings

REPO = Path(__file__).resolve().parents[2]


def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No setting from the environment or a .env file leaks into these tests."""
    for name in Settings.model_fields:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no .env here


def test_defaults_match_the_issue(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    clean_env(monkeypatch, tmp_path)
    settings = load_settings()
    assert settings.DATABASE_POOL_SIZE == 5
    assert settings.SESSION_TIMEOUT_MINUTES == 30
    assert settings.MAX_CONTEXT_MESSAGES == 20
    assert settings.ENABLE_WEBSOCKET is False
    assert settings.LOG_LEVEL is LogLevel.INFO
    assert settings.HOST == "127.0.0.1"
    assert settings.DATABASE_URL == ""


def test_every_bad_field_is_listed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    clean_env(monkeypatch, tmp_path)
    monkeypatch.setenv("PORT", "abc")
    with pytest.raises(SettingsError) as raised:
        load_settings(
            DATABASE_POOL_SIZE=-1,
            LOG_LEVEL="LOUD",
            DATABASE_URL="mysql://x/y",
            SESSION_TIMEOUT_MINUTES=0,
        )
    fields = {problem.split(":", 1)[0] for problem in raised.value.problems}
    expected = {
        "PORT",
        "DATABASE_POOL_SIZE",
        "LOG_LEVEL",
        "DATABASE_URL",
        "SESSION_TIMEOUT_MINUTES",
    }
    assert fields == expected
    message = str(raised.value)
    assert message.startswith("invalid settings:")
    assert all(f"  - {problem}" in message for problem in raised.value.problems)
    assert "'abc'" in message  # what was given is shown, so it can be found and fixed


def test_one_bad_field_is_one_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    clean_env(monkeypatch, tmp_path)
    with pytest.raises(SettingsError) as raised:
        load_settings(MAX_CONTEXT_MESSAGES="lots")
    assert len(raised.value.problems) == 1
    assert raised.value.problems[0].startswith("MAX_CONTEXT_MESSAGES:")


def test_empty_database_url_is_sqlite_under_data_dir(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    clean_env(monkeypatch, tmp_path)
    settings = load_settings(DATA_DIR=tmp_path / "d", DATABASE_URL="")
    expected = (tmp_path / "d" / "analyzer.db").resolve()
    assert settings.database_url == f"sqlite:///{expected}"
    given = load_settings(DATABASE_URL="postgresql://u@h/db")
    assert given.database_url == "postgresql://u@h/db"


def test_env_file_values_are_read_only_when_loaded(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    clean_env(monkeypatch, tmp_path)
    (tmp_path / ".env").write_text("MAX_CONTEXT_MESSAGES=7\n")
    assert load_settings().MAX_CONTEXT_MESSAGES == 7
    monkeypatch.setenv("MAX_CONTEXT_MESSAGES", "9")  # the environment wins over .env
    assert load_settings().MAX_CONTEXT_MESSAGES == 9


def test_settings_are_never_read_at_import(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh interpreter imports the app and CLI with a broken environment, then fails to load."""
    monkeypatch.setenv("DATABASE_POOL_SIZE", "oops")
    monkeypatch.setenv("PORT", "not-a-port")
    script = (
        "import analyzer.app, analyzer.__main__\n"
        "from analyzer.config import SettingsError, load_settings\n"
        "assert callable(analyzer.app.create_app)\n"
        "try:\n"
        "    load_settings()\n"
        "except SettingsError as exc:\n"
        "    print(sorted(p.split(':')[0] for p in exc.problems))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['DATABASE_POOL_SIZE', 'PORT']"
