"""Settings: read from the environment and `.env`, validated once at start-up, then passed in."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Any

from pydantic import Field, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class LogLevel(StrEnum):
    """Python logging levels accepted by LOG_LEVEL."""

    DEBUG = "DEBUG"
    INFO = "INFO"
    WARNING = "WARNING"
    ERROR = "ERROR"


class ContentMode(StrEnum):
    """How much of a model call's text the ledger keeps."""

    FULL = "full"
    REDACTED = "redacted"
    METADATA_ONLY = "metadata_only"


class Settings(BaseSettings):
    """Every setting of the service; field names are the environment variable names."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", case_sensitive=True
    )

    DATA_DIR: Path = Field(
        Path("data"), description="Where the SQLite file, uploads and stores live"
    )
    DATABASE_URL: str = Field(
        "", description="SQLAlchemy URL; empty means SQLite at DATA_DIR/analyzer.db"
    )
    DATABASE_POOL_SIZE: int = Field(5, ge=1, le=100, description="Connections kept per process")
    AUTO_MIGRATE: bool = Field(True, description="Apply Alembic migrations when serve starts")
    HOST: str = Field("127.0.0.1", description="Address the server binds to")
    PORT: int = Field(8000, ge=1, le=65535, description="Port the server listens on")
    PUBLIC_URL: str = Field(
        "", description="Base URL printed in login links; empty: http://HOST:PORT"
    )
    COOKIE_SECURE: bool = Field(False, description="Mark the session cookie Secure (behind HTTPS)")
    SESSION_TIMEOUT_MINUTES: int = Field(
        30, ge=1, description="Idle minutes before a chat session expires"
    )
    MAX_CONTEXT_MESSAGES: int = Field(
        20, ge=1, le=500, description="Recent messages given to the agents"
    )
    CONTEXT_TOKEN_BUDGET: int = Field(6000, ge=256, description="Token budget of the built context")
    ENABLE_WEBSOCKET: bool = Field(False, description="Also serve run events over a WebSocket")
    MAX_LOG_BYTES: int = Field(
        2 * 1024**3, ge=1024, description="Largest upload, after decompression, in bytes"
    )
    MAX_MESSAGE_CHARS: int = Field(8000, ge=1, description="Longest chat message accepted")
    LOG_LEVEL: LogLevel = Field(LogLevel.INFO, description="Level of the service's own JSON logs")
    LOG_TIMEZONE: str = Field("UTC", description="Timezone assumed for log stamps that carry none")
    OLLAMA_HOST: str = Field(
        "http://127.0.0.1:11434", description="Ollama server; empty disables the language model"
    )
    OLLAMA_MODEL: str = Field("llama3.1:8b", description="Model asked for by the agents")
    LLM_CONNECT_TIMEOUT: float = Field(
        3.0, gt=0, le=120, description="Seconds to connect to the LLM"
    )
    LLM_READ_TIMEOUT: float = Field(
        60.0, gt=0, le=3600, description="Seconds to wait for LLM output"
    )
    LLM_NUM_CTX: int = Field(8192, ge=512, description="Context window sent as num_ctx")
    LLM_MAX_RETRIES: int = Field(2, ge=0, le=2, description="Retries of an LLM call that timed out")
    LLM_LOG_CONTENT: ContentMode = Field(
        ContentMode.REDACTED, description="Ledger content: full, redacted or metadata_only"
    )
    LLM_LOG_JSONL: Path | None = Field(None, description="Also mirror every LLM call record here")
    LOG_RETENTION_DAYS: int = Field(90, ge=1, description="Days LLM call records are kept")

    @field_validator("LOG_TIMEZONE")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown timezone {value!r}") from exc
        return value

    @field_validator("DATABASE_URL")
    @classmethod
    def _supported_database(cls, value: str) -> str:
        if value and not value.startswith(("sqlite", "postgresql")):
            raise ValueError("only sqlite:// and postgresql:// URLs are supported")
        return value

    @field_validator("OLLAMA_HOST", "PUBLIC_URL")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if value and not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/")

    @model_validator(mode="after")
    def _timeouts_consistent(self) -> Settings:
        if self.LLM_CONNECT_TIMEOUT > self.LLM_READ_TIMEOUT:
            raise ValueError("LLM_CONNECT_TIMEOUT must not exceed LLM_READ_TIMEOUT")
        return self

    @property
    def database_url(self) -> str:
        """The effective database URL (SQLite under DATA_DIR unless DATABASE_URL is set)."""
        if self.DATABASE_URL:
            return self.DATABASE_URL
        return f"sqlite:///{(self.DATA_DIR / 'analyzer.db').resolve()}"

    @property
    def public_url(self) -> str:
        """The base URL people open in a browser."""
        return self.PUBLIC_URL or f"http://{self.HOST}:{self.PORT}"

    @property
    def llm_enabled(self) -> bool:
        """Whether a language model is configured at all."""
        return bool(self.OLLAMA_HOST)


class SettingsError(Exception):
    """Start-up refused: one readable line per bad field."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("invalid settings:\n" + "\n".join(f"  - {p}" for p in problems))


def load_settings(**overrides: Any) -> Settings:
    """Build and validate the settings, turning pydantic's errors into one readable list."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            field = ".".join(str(part) for part in err["loc"]) or "settings"
            given = f" (got {err['input']!r})" if "input" in err and err["loc"] else ""
            problems.append(f"{field}: {err['msg']}{given}")
        raise SettingsError(problems) from exc
