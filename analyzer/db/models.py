"""The conversational state: typed SQLAlchemy 2 models (one Alembic history describes them)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import (
    BigInteger,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from analyzer.db.types import JSONType, UTCDateTime, new_id, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ACTIVE_RUN = text("status IN ('queued', 'in_progress')")


class Base(DeclarativeBase):
    """Declarative base with the naming convention every migration uses."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSONType,
    }


def _id() -> Mapped[str]:
    return mapped_column(String(32), primary_key=True, default=new_id)


def _created() -> Mapped[datetime]:
    return mapped_column(default=utcnow)


class User(Base):
    """A person or service account; role is 'user' or 'admin'."""

    __tablename__ = "users"
    id: Mapped[str] = _id()
    name: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16), default="user")
    created_at: Mapped[datetime] = _created()
    disabled_at: Mapped[datetime | None]


class ApiToken(Base):
    """A hashed credential: an API token, a web session cookie, or a one-time login link."""

    __tablename__ = "api_tokens"
    id: Mapped[str] = _id()
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = _created()
    expires_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]
    last_used_at: Mapped[datetime | None]


class Conversation(Base):
    """A chat; its title comes from the first user message; deletion is soft."""

    __tablename__ = "conversations"
    id: Mapped[str] = _id()
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    title: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _created()
    deleted_at: Mapped[datetime | None]
    __table_args__ = (Index("ix_conversations_user_updated", "user_id", "updated_at"),)


class LogFile(Base):
    """An uploaded log: its raw file and columnar store live under DATA_DIR."""

    __tablename__ = "log_files"
    id: Mapped[str] = _id()
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(16), default="uploaded")
    format_override: Mapped[str | None] = mapped_column(String(64))
    # the zone its naive stamps are read in, when not the service's LOG_TIMEZONE
    timezone_override: Mapped[str | None] = mapped_column(String(64))
    profile: Mapped[dict[str, Any] | None]
    error: Mapped[dict[str, Any] | None]
    created_at: Mapped[datetime] = _created()
    deleted_at: Mapped[datetime | None]
    __table_args__ = (Index("ix_log_files_user_sha256", "user_id", "sha256"),)


class ConversationLog(Base):
    """A log attached to a conversation."""

    __tablename__ = "conversation_logs"
    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), primary_key=True
    )
    log_id: Mapped[str] = mapped_column(
        ForeignKey("log_files.id", ondelete="CASCADE"), primary_key=True
    )
    attached_at: Mapped[datetime] = _created()


class Message(Base):
    """One message of a conversation: role user, assistant or system."""

    __tablename__ = "messages"
    id: Mapped[str] = _id()
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(16))
    content: Mapped[str] = mapped_column(Text)
    token_count: Mapped[int] = mapped_column(Integer, default=0)
    run_id: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = _created()
    __table_args__ = (Index("ix_messages_conversation_created", "conversation_id", "created_at"),)


class ChatSession(Base):
    """A chat session: working state of a conversation until it expires after idling."""

    __tablename__ = "sessions"
    id: Mapped[str] = _id()
    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(16), default="active")
    state: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = _created()
    last_active_at: Mapped[datetime] = _created()
    expires_at: Mapped[datetime]


class AnalysisResult(Base):
    """The computed outcome of an analysis, de-duplicated by a hash of its inputs."""

    __tablename__ = "analysis_results"
    id: Mapped[str] = _id()
    input_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    parameters: Mapped[dict[str, Any]] = mapped_column(default=dict)
    summary: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = _created()


class Run(Base):
    """One execution of the orchestrator for a user message; streams run_events."""

    __tablename__ = "runs"
    id: Mapped[str] = _id()
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    message_id: Mapped[str] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    reply_message_id: Mapped[str | None] = mapped_column(String(32))
    retry_of: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default="queued")
    intent: Mapped[str | None] = mapped_column(String(32))
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[dict[str, Any] | None]
    analysis_result_id: Mapped[str | None] = mapped_column(
        ForeignKey("analysis_results.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = _created()
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
    __table_args__ = (
        Index("ix_runs_conversation_created", "conversation_id", "created_at"),
        Index(
            "uq_runs_one_active_per_conversation",
            "conversation_id",
            unique=True,
            sqlite_where=ACTIVE_RUN,
            postgresql_where=ACTIVE_RUN,
        ),
    )


class RunEventRow(Base):
    """A stored run event; (run_id, seq) is the primary key, so seqs never repeat."""

    __tablename__ = "run_events"
    run_id: Mapped[str] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    type: Mapped[str] = mapped_column(String(32))
    agent: Mapped[str | None] = mapped_column(String(32))
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = _created()


class MemorySnapshot(Base):
    """A summary of a conversation's older messages, so context stays within budget."""

    __tablename__ = "memory_snapshots"
    id: Mapped[str] = _id()
    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    covers_until: Mapped[datetime]
    message_count: Mapped[int] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text)
    token_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = _created()
