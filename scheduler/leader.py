"""Exactly one active scheduler: a PostgreSQL advisory lock, or a file lock on SQLite."""

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO

from sqlalchemy import create_engine, text

# An arbitrary constant that names "the Companion scheduler" among advisory locks.
LOCK_KEY = 0x436F6D70  # "Comp"


@contextmanager
def leadership(database_url: str, lock_path: str, poll_seconds: float = 5.0) -> Iterator[None]:
    """Block until this process is the one active scheduler; hold it until the block exits.

    On PostgreSQL the lock lives on a dedicated connection, so it is released the moment
    this process dies and a standby polling every few seconds takes over.
    """
    if database_url.startswith("postgresql"):
        with _advisory_lock(database_url, poll_seconds):
            yield
    else:
        with _file_lock(lock_path, poll_seconds):
            yield


@contextmanager
def _advisory_lock(database_url: str, poll_seconds: float) -> Iterator[None]:
    engine = create_engine(database_url, poolclass=None, pool_pre_ping=True)
    try:
        with engine.connect() as connection:
            while not connection.execute(
                text("SELECT pg_try_advisory_lock(:key)"), {"key": LOCK_KEY}
            ).scalar():
                connection.rollback()
                time.sleep(poll_seconds)
            connection.commit()
            yield
    finally:
        engine.dispose()


@contextmanager
def _file_lock(lock_path: str, poll_seconds: float) -> Iterator[None]:
    os.makedirs(os.path.dirname(lock_path) or ".", exist_ok=True)
    handle: IO[str] = open(lock_path, "a+")  # noqa: SIM115  (held for the life of the block)
    try:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                time.sleep(poll_seconds)
        yield
    finally:
        handle.close()
