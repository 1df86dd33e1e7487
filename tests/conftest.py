"""Fixtures: a fresh app and database per test, on SQLite and (when configured) PostgreSQL."""

import logging
import os
import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from flask import Flask
from flask.testing import FlaskClient
from flask_migrate import upgrade
from sqlalchemy import Engine, create_engine, make_url, text
from sqlalchemy.exc import DBAPIError

from companion import create_app
from companion.extensions import db
from companion.models import clinic as clinic_model

PG_URL = os.environ.get("TEST_DATABASE_URL")
TWILIO_TOKEN = "test-auth-token-0123456789abcdef"


def base_config(database_url: str) -> dict[str, object]:
    return {
        "TESTING": True,
        "SQLALCHEMY_DATABASE_URI": database_url,
        "SECRET_KEY": "test-secret",
        "SMS_BACKEND": "console",
        "TWILIO_ACCOUNT_SID": "AC" + "0" * 32,
        "TWILIO_AUTH_TOKEN": TWILIO_TOKEN,
        "PUBLIC_BASE_URL": None,
        "VALIDATE_TWILIO_SIGNATURE": True,
        # A test holds its session for its whole length, across waits of its own; the
        # served apps of the durability tests set their own.
        "DATABASE_IDLE_TRANSACTION_TIMEOUT": 0,
    }


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite file built by the real migrations; each test gets a copy."""
    path = tmp_path_factory.mktemp("db") / "template.db"
    app = create_app(base_config(f"sqlite:///{path}"))
    with app.app_context():
        upgrade()
        db.session.remove()
        db.engine.dispose()
    return path


def worker_database(base_url: str) -> str:
    """TEST_DATABASE_URL itself, or under pytest-xdist a database of the worker's own beside it
    (created if missing): advisory locks, LISTEN/NOTIFY channels and pg_stat_activity are
    database-wide, so two workers must not share one even in separate schemas."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker:
        return base_url
    url = make_url(base_url)
    name = f"{url.database}_{worker}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        exists = conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name})
        if not exists:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return url.set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A schema of its own for this test run, built by the real migrations, dropped at the end."""
    if not PG_URL:
        pytest.skip("TEST_DATABASE_URL is not set: PostgreSQL tests do not run")
    base_url = worker_database(PG_URL)
    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base_url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = f"{base_url}{'&' if '?' in base_url else '?'}options=-csearch_path%3D{schema}"
    app = create_app(base_config(url))
    with app.app_context():
        upgrade()
        db.session.remove()
        db.engine.dispose()
    yield url
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


class OncePerPassword:
    """The app's own Argon2id hasher, that hashes each distinct password once per test run.

    Most tests make a therapist, and one Argon2id hash costs 64 MiB and ~0.1-1 s on this
    machine. Each hash is still a real one with the app's parameters, and every sign-in is
    verified by the real hasher; only the salt is shared by the users of one password.
    """

    def __init__(self, hasher: PasswordHasher) -> None:
        self.hasher = hasher
        self.hashes: dict[str | bytes, str] = {}

    def hash(self, password: str | bytes, **kwargs: object) -> str:
        if kwargs:
            return self.hasher.hash(password, **kwargs)  # type: ignore[arg-type]
        if password not in self.hashes:
            self.hashes[password] = self.hasher.hash(password)
        return self.hashes[password]

    def __getattr__(self, name: str) -> object:
        return getattr(self.hasher, name)


@pytest.fixture(scope="session", autouse=True)
def each_password_hashed_once() -> Iterator[None]:
    real = clinic_model._hasher
    clinic_model._hasher = OncePerPassword(real)  # type: ignore[assignment]
    yield
    clinic_model._hasher = real


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A rule specific to one database is not collected on the other (no skip left in the
    report)."""
    other = {"postgresql_only": "sqlite", "sqlite_only": "postgresql"}
    copies = [
        item
        for item in items
        if getattr(item, "callspec", None) is not None
        and any(
            item.get_closest_marker(marker) and item.callspec.params.get("database_url") == backend
            for marker, backend in other.items()
        )
    ]
    if copies:
        config.hook.pytest_deselected(items=copies)
        items[:] = [item for item in items if item not in copies]


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The database of one test: a fresh SQLite copy, or the emptied PostgreSQL schema."""
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = tmp_path / "companion.db"
        path.write_bytes(template.read_bytes())
        yield f"sqlite:///{path}"
        return
    url: str = request.getfixturevalue("pg_url")
    yield url
    engine = create_engine(url)
    empty_every_table(engine)
    engine.dispose()


# The sequences of those tables' ids (serial or identity), as TRUNCATE RESTART IDENTITY sets them.
RESTART_SEQUENCES = text(
    "SELECT setval(d.objid::regclass, s.seqstart, false) FROM pg_depend d"
    " JOIN pg_class t ON t.oid = d.refobjid JOIN pg_sequence s ON s.seqrelid = d.objid"
    " WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass"
    " AND d.deptype IN ('a', 'i') AND t.relnamespace = current_schema()::regnamespace"
    " AND t.relname = ANY(:tables)"
)


def empty_every_table(engine: Engine) -> None:
    """What TRUNCATE ... RESTART IDENTITY CASCADE leaves (every table empty, every id back at
    its start), by DELETE children-first: on a test's few rows that is ~10x faster than
    TRUNCATE, which makes new files for each of the tables and their indexes. Should a DELETE
    ever be refused, TRUNCATE does it as before."""
    tables = db.metadata.sorted_tables
    try:
        with engine.begin() as conn:
            conn.execute(text("; ".join(f'DELETE FROM "{t.name}"' for t in reversed(tables))))
            conn.execute(RESTART_SEQUENCES, {"tables": [t.name for t in tables]})
    except DBAPIError:
        with engine.begin() as conn:
            names = ", ".join(f'"{t.name}"' for t in tables)
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


@pytest.fixture
def app(database_url: str) -> Iterator[Flask]:
    app = create_app(base_config(database_url))
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


PHONE_IN_LOG = re.compile(r"\+?\d[\d\s().-]{9,}\d")


@pytest.fixture(autouse=True)
def no_phone_numbers_in_logs(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Every test doubles as a check that nothing it logged carries a phone number."""
    caplog.set_level(logging.INFO)
    yield
    leaked = [r.getMessage() for r in caplog.records if PHONE_IN_LOG.search(r.getMessage())]
    assert not leaked, f"phone numbers in logs: {leaked[:3]}"
