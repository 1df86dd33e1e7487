"""Twilio's webhooks: inbound texts and delivery status callbacks, signed, bounded, idempotent.

The inbound webhook only receives: the conversation runs after, in messaging/converse.py.
"""

import re

from flask import Blueprint, Response, abort, current_app, request
from twilio.request_validator import RequestValidator

from messaging import status
from messaging.db import utcnow
from messaging.inbound import EMPTY, MAX_PHONE, MAX_SID, field_problem, receive

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


def bad_field(problem: str) -> Response:
    """400 naming the field; webhooks answer plain text, never JSON."""
    return Response(problem, status=400, mimetype="text/plain")


@bp.post("/sms/inbound")
def inbound() -> Response:
    """Store a patient's text from Twilio and answer: empty TwiML, or a keyword's reply."""
    require_signature()
    form = request.form
    sid, phone = form.get("MessageSid", ""), form.get("From", "")
    if problem := field_problem("MessageSid", sid, MAX_SID) or field_problem(
        "From", phone, MAX_PHONE
    ):
        return bad_field(problem)
    answer = receive(sid, phone, form.get("Body", ""), utcnow())
    return Response(answer, mimetype="text/xml")


# Twilio's error codes are five digits; anything beyond a column's range is not one of them.
ERROR_CODE = re.compile(r"\d{1,9}")
MAX_STATUS = 20


@bp.post("/sms/status")
def delivery_status() -> Response:
    """Record a delivery status callback from Twilio."""
    require_signature()
    form = request.form
    sid, state, code = (
        form.get("MessageSid", ""),
        form.get("MessageStatus", ""),
        form.get("ErrorCode"),
    )
    problem = field_problem("MessageSid", sid, MAX_SID) or field_problem(
        "MessageStatus", state, MAX_STATUS
    )
    if not problem and code and not ERROR_CODE.fullmatch(code):
        problem = "ErrorCode is not a Twilio error code"
    if problem:
        return bad_field(problem)
    status.record_callback(sid, state, int(code) if code else None, utcnow())
    return Response(EMPTY, mimetype="text/xml")
