"""Engines and transactions. SQLite (the default, a file under ``data_dir``) runs in WAL mode
with foreign keys on, and every write transaction starts with ``BEGIN IMMEDIATE``: writers
queue for the lock up front (busy timeout) instead of failing half-way, and WAL keeps
readers going meanwhile. PostgreSQL is chosen by URL; nothing else changes.

Keep transactions short: call the model first, then write the turn and its audit entries in
one ``store.transaction()``.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from copilot.store.canonical import json_serializer

logger = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 15_000


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (see _sqlite_begin)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a process crash loses nothing committed
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str, **kwargs: Any) -> Engine:
    parsed = make_url(url)
    is_sqlite = parsed.get_backend_name() == "sqlite"
    if is_sqlite and parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, json_serializer=json_serializer, **kwargs)
    if is_sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


class Store:
    """An engine plus session factories. ``transaction()`` for writes (commit on success,
    rollback on error), ``reader()`` for reads that must not take the write lock."""

    def __init__(self, url: str, **engine_kwargs: Any) -> None:
        self.url = url
        self.engine = make_engine(url, **engine_kwargs)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._readers = sessionmaker(self.engine.execution_options(sqlite_begin="DEFERRED"), expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            yield session

    @contextmanager
    def reader(self) -> Iterator[Session]:
        with self._readers() as session:
            yield session

    def upgrade(self, revision: str = "head") -> None:
        from copilot.store.migrate import upgrade

        upgrade(self.engine, revision)

    def dispose(self) -> None:
        self.engine.dispose()


def open_store(settings: Any = None, *, url: str | None = None, upgrade: bool = True) -> Store:
    """The store for ``settings.resolved_database_url`` (or ``url``), migrated to head."""
    if url is None:
        if settings is None:
            from copilot.settings import get_settings

            settings = get_settings()
        url = settings.resolved_database_url
    store = Store(url)
    if upgrade:
        store.upgrade()
    return store
