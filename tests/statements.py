"""Counting the SQL statements a piece of work sends, so a test can pin the count."""

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from companion.extensions import db


@contextmanager
def counting_statements() -> Iterator[list[str]]:
    """Every statement sent to the database meanwhile (an executemany counts once)."""
    statements: list[str] = []

    def count(conn: object, cursor: object, statement: str, *args: object) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
