"""The database seen from the outside: errors name no patient data, a stuck one answers 5xx fast."""

import logging
import time
from collections.abc import Iterator

import pytest
from flask import Flask
from sqlalchemy import create_engine, insert, text
from sqlalchemy.exc import IntegrityError

from companion import create_app
from companion.extensions import db
from messaging.models import Direction, Message, MessageStatus
from tests.conftest import base_config
from tests.sms import inbound_form, signed_post

PHONE = "+13125550142"
BODY = "my knee popped on the stairs"


def test_a_database_error_names_no_phone_number_or_body_in_the_log(
    app: Flask, caplog: pytest.LogCaptureFixture
) -> None:
    row = {
        "direction": Direction.INBOUND,
        "status": MessageStatus.RECEIVED,
        "phone": PHONE,
        "body": BODY,
        "provider_sid": "SM" + "a" * 32,
    }
    db.session.execute(insert(Message).values(row))
    try:
        db.session.execute(insert(Message).values(row))  # the same MessageSid again
    except IntegrityError:
        logging.getLogger("companion").exception("storing a text failed")
    db.session.rollback()

    assert "storing a text failed" in caplog.text and "IntegrityError" in caplog.text
    assert PHONE not in caplog.text and BODY not in caplog.text


@pytest.fixture
def impatient(database_url: str) -> Iterator[Flask]:
    """The app as served (errors are 500s), with a one-second lock timeout."""
    app = create_app(base_config(database_url) | {"TESTING": False, "DATABASE_LOCK_TIMEOUT": 1})
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.mark.postgresql_only
def test_a_held_table_lock_answers_the_webhook_5xx_within_seconds(
    app: Flask, impatient: Flask, database_url: str
) -> None:
    admin = create_engine(database_url)
    try:
        with admin.connect() as conn:
            conn.execute(text("LOCK TABLE messages IN ACCESS EXCLUSIVE MODE"))
            started = time.monotonic()
            with impatient.app_context():
                form = inbound_form(PHONE, "done pain 3")
                response = signed_post(impatient.test_client(), "/sms/inbound", form)
            waited = time.monotonic() - started
            conn.rollback()
    finally:
        admin.dispose()

    assert response.status_code == 500
    assert waited < 5, f"answered after {waited:.1f} s"


@pytest.mark.postgresql_only
def test_web_connections_carry_statement_lock_and_idle_transaction_timeouts(
    app: Flask, database_url: str
) -> None:
    config = base_config(database_url)
    del config["DATABASE_IDLE_TRANSACTION_TIMEOUT"]  # the default, as served
    served = create_app(config)
    with served.app_context():
        shown = [
            db.session.scalar(text(f"SHOW {name}"))
            for name in ("statement_timeout", "lock_timeout", "idle_in_transaction_session_timeout")
        ]
        db.session.remove()
        db.engine.dispose()

    assert shown == ["5s", "3s", "30s"]
