"""Twilio's webhooks: inbound texts and delivery status callbacks, signed and idempotent."""

from datetime import datetime
from xml.sax.saxutils import escape

from flask import Blueprint, Response, abort, current_app, request
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from twilio.request_validator import RequestValidator

from messaging import status
from messaging.db import db, dialect_name, one_writer_at_a_time, utcnow
from messaging.hooks import hooks
from messaging.keywords import compliance_keyword
from messaging.models import Direction, Message, MessageStatus
from messaging.outbox import cancel_pending

bp = Blueprint("sms", __name__)


def signed_url() -> str:
    """The URL Twilio signed: PUBLIC_BASE_URL behind a proxy, else what we were called at."""
    base = current_app.config.get("PUBLIC_BASE_URL")
    if not base:
        return request.url
    query = request.query_string.decode()
    return f"{base}{request.path}" + (f"?{query}" if query else "")


def require_signature() -> None:
    """403 unless Twilio signed this request with our auth token; no token means refuse all."""
    if not current_app.config["VALIDATE_TWILIO_SIGNATURE"]:
        return
    token = current_app.config.get("TWILIO_AUTH_TOKEN")
    signature = request.headers.get("X-Twilio-Signature", "")
    # The validator compares in constant time, over the untrimmed form as Twilio sent it.
    if (
        not token
        or not signature
        or not RequestValidator(token).validate(signed_url(), request.form, signature)
    ):
        abort(403)


def twiml(replies: list[str]) -> str:
    messages = "".join(f"<Message>{escape(reply)}</Message>" for reply in replies)
    return f'<?xml version="1.0" encoding="UTF-8"?><Response>{messages}</Response>'


def receive(provider_sid: str, phone: str, body: str, now: datetime) -> str:
    """Store an inbound text once and answer it; a repeat of the same sid gets the same answer.

    The insert comes first in the transaction: a concurrent duplicate waits on the
    unique index until this one commits, then finds the stored answer.
    """
    with one_writer_at_a_time():
        return _receive(provider_sid, phone, body, now)


def _receive(provider_sid: str, phone: str, body: str, now: datetime) -> str:
    insert = postgresql.insert if dialect_name() == "postgresql" else sqlite.insert
    message = db.session.scalar(
        insert(Message)
        .values(
            direction=Direction.INBOUND,
            status=MessageStatus.RECEIVED,
            phone=phone,
            body=body,
            provider_sid=provider_sid,
            created_at=now,
            updated_at=now,
        )
        .on_conflict_do_nothing(index_elements=["provider_sid"])
        .returning(Message)
    )
    if message is None:
        db.session.rollback()
        stored = db.session.scalar(
            select(Message.answer).where(Message.provider_sid == provider_sid)
        )
        return stored or twiml([])
    keyword = compliance_keyword(body)
    if keyword == "opt_out":
        cancel_pending(phone, now)
    replies = hooks().on_inbound(message, keyword, now)
    for reply in replies:
        db.session.add(
            Message(
                direction=Direction.OUTBOUND,
                status=MessageStatus.SENT,
                phone=phone,
                body=reply,
                patient_id=message.patient_id,
                purpose="reply",
                is_reply=True,
                sent_at=now,
                created_at=now,
                updated_at=now,
            )
        )
    message.status = MessageStatus.HANDLED
    message.answer = answer = twiml(replies)
    db.session.commit()
    return answer


@bp.post("/sms/inbound")
def inbound() -> Response:
    """Receive a patient's text from Twilio and answer in TwiML."""
    require_signature()
    form = request.form
    if not form.get("MessageSid") or not form.get("From"):
        abort(400)
    answer = receive(form["MessageSid"], form["From"], form.get("Body", ""), utcnow())
    return Response(answer, mimetype="text/xml")


@bp.post("/sms/status")
def delivery_status() -> Response:
    """Record a delivery status callback from Twilio."""
    require_signature()
    form = request.form
    sid = form.get("MessageSid")
    if not sid or not form.get("MessageStatus"):
        abort(400)
    code = form.get("ErrorCode")
    status.record_callback(
        sid, form["MessageStatus"], int(code) if code and code.isdigit() else None, utcnow()
    )
    return Response(twiml([]), mimetype="text/xml")
