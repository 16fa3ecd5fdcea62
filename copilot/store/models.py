"""Tables: cases, sessions, turns, and the audit log (entries plus one head row per chain).

The schema is owned by the alembic migrations in ``migrations/versions``; these models must
match them (a test compares the two)."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

CHANNELS = ("panel", "wecom", "eval", "cli")
GENESIS_HASH = "0" * 64

# SQLite only auto-increments INTEGER PRIMARY KEY; PostgreSQL gets a 64-bit key.
BigId = BigInteger().with_variant(Integer(), "sqlite")


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    pass


class Case(Base):
    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    employee_id: Mapped[str] = mapped_column(String(64), index=True)
    ground: Mapped[str] = mapped_column(String(64))
    hire_date: Mapped[date | None] = mapped_column(Date)
    separation_date: Mapped[date | None] = mapped_column(Date)
    wages: Mapped[Any] = mapped_column(JSON, default=dict, nullable=False)
    demands: Mapped[Any] = mapped_column(JSON, default=list, nullable=False)
    policy: Mapped[str] = mapped_column(String(128), default="")
    approval_state: Mapped[str] = mapped_column(String(32), default="none")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)

    sessions: Mapped[list["ChatSession"]] = relationship(back_populates="case")


class ChatSession(Base):
    __tablename__ = "sessions"
    __table_args__ = (CheckConstraint("channel IN ('panel', 'wecom', 'eval', 'cli')", name="ck_sessions_channel"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    case_id: Mapped[int] = mapped_column(BigId, ForeignKey("cases.id"), index=True)
    user_id: Mapped[str] = mapped_column(String(128))
    channel: Mapped[str] = mapped_column(String(16))
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    case: Mapped[Case] = relationship(back_populates="sessions")
    turns: Mapped[list["Turn"]] = relationship(back_populates="session", order_by="Turn.index")

    @property
    def chain_id(self) -> str:
        return session_chain(self.id)


class Turn(Base):
    __tablename__ = "turns"
    __table_args__ = (UniqueConstraint("session_id", "turn_index", name="uq_turns_session_index"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    session_id: Mapped[int] = mapped_column(BigId, ForeignKey("sessions.id"), index=True)
    index: Mapped[int] = mapped_column("turn_index", Integer)
    hr_message: Mapped[str] = mapped_column(Text)
    answer: Mapped[Any] = mapped_column(JSON, default=dict, nullable=False)
    path: Mapped[str] = mapped_column(String(32), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    session: Mapped[ChatSession] = relationship(back_populates="turns")


class AuditChain(Base):
    """The head of one chain: its last seq and hash. Appends update it first, which
    serialises writers to the same chain and lets ``verify`` notice a cut-off tail."""

    __tablename__ = "audit_chains"

    chain_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    head_seq: Mapped[int] = mapped_column(Integer)
    head_hash: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AuditEntry(Base):
    __tablename__ = "audit_entries"
    __table_args__ = (UniqueConstraint("chain_id", "seq", name="uq_audit_chain_seq"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    chain_id: Mapped[str] = mapped_column(String(128), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    ts: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(128))
    kind: Mapped[str] = mapped_column(String(32), index=True)
    payload: Mapped[Any] = mapped_column(JSON, nullable=False)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


def session_chain(session_id: int) -> str:
    """The audit chain of a chat session."""
    return f"session:{session_id}"
