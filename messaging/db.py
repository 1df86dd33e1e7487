"""The shared SQLAlchemy handle and column types; the lowest layer, so every package can use it."""

import fcntl
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, TextIO

from flask import Flask, current_app, has_app_context
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import DateTime, Enum, MetaData, event
from sqlalchemy.engine import Dialect, Engine
from sqlalchemy.orm import DeclarativeBase, ORMExecuteState
from sqlalchemy.types import TypeDecorator

# Stable constraint names keep Alembic migrations identical on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


db = SQLAlchemy(model_class=Base)


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(connection: Any, record: Any) -> None:
    """WAL lets readers work beside the one writer; writers wait for each other, never fail fast."""
    if isinstance(connection, sqlite3.Connection):
        cursor = connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=15000")
        cursor.close()


@event.listens_for(Engine, "connect")
def _postgresql_timeouts(connection: Any, record: Any) -> None:
    """The app's statement and lock timeouts (seconds; 0 is none) on each new PostgreSQL
    connection, set outside a transaction so that no rollback undoes them."""
    if isinstance(connection, sqlite3.Connection) or not has_app_context():
        return
    config = current_app.config
    statement = int(1000 * float(config.get("DATABASE_STATEMENT_TIMEOUT") or 0))
    lock = int(1000 * float(config.get("DATABASE_LOCK_TIMEOUT") or 0))
    # Every process: a session stuck inside a transaction (its client lost) lets go of its locks.
    idle = int(1000 * float(config.get("DATABASE_IDLE_TRANSACTION_TIMEOUT") or 0))
    autocommit = connection.autocommit
    connection.autocommit = True
    cursor = connection.cursor()
    cursor.execute(f"SET statement_timeout = {statement}")
    cursor.execute(f"SET lock_timeout = {lock}")
    cursor.execute(f"SET idle_in_transaction_session_timeout = {idle}")
    cursor.close()
    connection.autocommit = autocommit


def without_database_timeouts(app: Flask) -> None:
    """For a long-running process whose work may rightly take longer than a web request."""
    app.config["DATABASE_STATEMENT_TIMEOUT"] = 0
    app.config["DATABASE_LOCK_TIMEOUT"] = 0


def writers_queue() -> bool:
    """Whether every process's writes wait for one another (SQLite: one writer per file)."""
    url = db.engine.url
    return url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:")


@contextmanager
def one_writer_at_a_time() -> Iterator[None]:
    """On SQLite, wait for other processes' webhook transactions on a file lock beside the file.

    SQLite admits one writer and lets the others poll with growing sleeps (up to 100 ms
    each), so under load a waiting webhook answered long after the database came free. A
    blocking file lock wakes the next one the moment the last commits. PostgreSQL locks
    rows, not the database: nothing to do there.
    """
    if not writers_queue():
        yield
        return
    with _writer():
        yield


def _writer() -> TextIO:
    """SQLite's one writer, taken: a file lock beside the database, released as it closes."""
    handle = open(f"{db.engine.url.database}.writer", "a")
    fcntl.flock(handle, fcntl.LOCK_EX)
    return handle


@contextmanager
def one_writer_from_the_first_write() -> Iterator[Callable[[], None]]:
    """On SQLite, take the one writer (as one_writer_at_a_time) at the session's first write,
    a flush or a statement, or when the caller calls what this yields; hold it to the end.

    SQLite's driver begins a transaction at the first write only: the reads before it see each
    commit as it lands, as PostgreSQL's read committed does. So the conversation worker reads
    and converses a batch while the webhooks write, and holds the writer for its writes alone.
    """
    if not writers_queue():
        yield lambda: None
        return
    held: list[TextIO] = []

    def take() -> None:
        if not held:
            held.append(_writer())

    def before_flush(*_: Any) -> None:
        take()

    def before_statement(state: ORMExecuteState) -> None:
        if state.is_insert or state.is_update or state.is_delete:
            take()

    session = db.session()
    event.listen(session, "before_flush", before_flush)
    event.listen(session, "do_orm_execute", before_statement)
    try:
        yield take
    finally:
        event.remove(session, "before_flush", before_flush)
        event.remove(session, "do_orm_execute", before_statement)
        for handle in held:
            handle.close()


def utcnow() -> datetime:
    """Now, in UTC: the one clock. An app whose config sets CLOCK (a callable) answers
    instead, so tests and demos can move time for views and jobs alike."""
    if has_app_context() and (clock := current_app.config.get("CLOCK")):
        moment: datetime = clock()
        return moment
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime on every backend (naive UTC in SQLite, timestamptz in PostgreSQL)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def str_enum(enum_cls: type[StrEnum], length: int = 20) -> Enum:
    """Store a StrEnum by its value in a short string column: portable, readable in SQL."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def dialect_name() -> str:
    return db.session.get_bind().dialect.name
