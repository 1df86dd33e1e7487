"""Texting the app as a patient, and reading what it kept: the helpers the conversation
tests share (a text stored as the webhook stores it then conversed by the worker, or sent
through the signed webhook; the alerts, check-ins and last text on record)."""

from datetime import UTC, datetime

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from companion.extensions import db
from companion.models import Alert, CheckIn, Direction, Message
from tests.sms import received_at, replies

PHONE = "+13125550142"
# A Tuesday in Chicago (UTC-6): 16:00, 20:30, 06:30 local.
AFTERNOON = datetime(2026, 11, 24, 22, 0, tzinfo=UTC)
EVENING = datetime(2026, 11, 25, 2, 30, tzinfo=UTC)
EARLY_MORNING = datetime(2026, 11, 24, 12, 30, tzinfo=UTC)


def say(body: str, now: datetime = AFTERNOON, phone: str = PHONE) -> str:
    """The patient texts `body` at `now`; the answer's texts, joined with ' | '."""
    return " | ".join(received_at(phone, body, now))


def say_through(client: FlaskClient, body: str) -> str:
    """The patient texts `body` through the signed webhook; the replies, joined with ' | '."""
    return " | ".join(replies(client, PHONE, body))


def on(app: Flask, moment: datetime) -> None:
    """The app's clock reads `moment` from now on."""
    app.config["CLOCK"] = lambda: moment


def alerts() -> list[Alert]:
    return list(db.session.scalars(select(Alert).order_by(Alert.id)))


def checkins() -> list[CheckIn]:
    return list(db.session.scalars(select(CheckIn).order_by(CheckIn.id)))


def last_outbound() -> str:
    """The body of the last text the app sent, or "" when it sent none."""
    query = select(Message.body).where(Message.direction == Direction.OUTBOUND)
    return db.session.scalars(query.order_by(Message.id.desc())).first() or ""
