"""The webhook benchmark's baseline: a bare Flask app that checks the same Twilio signature,
parses the same form and inserts one row into the same table, and does nothing else.

Served as `gunicorn 'bench.baseline_app:create_app()'` with the real app's gunicorn settings
and environment (DATABASE_URL, TWILIO_AUTH_TOKEN, PUBLIC_BASE_URL); the benchmark also calls
it in-process with the same settings.
"""

import os
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, cast

from flask import Flask, Response, abort, request
from sqlalchemy import Table, create_engine, insert
from twilio.request_validator import RequestValidator

from messaging.models import Message  # the table only; importing it sets the SQLite pragmas

EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'


def create_app(settings: Mapping[str, str] = os.environ) -> Flask:
    engine = create_engine(settings["DATABASE_URL"])
    messages = cast(Table, Message.__table__)
    validator = RequestValidator(settings["TWILIO_AUTH_TOKEN"])
    signed_url = settings["PUBLIC_BASE_URL"].rstrip("/") + "/sms/inbound"
    app = Flask(__name__)

    @app.post("/sms/inbound")
    def inbound() -> Response:
        """Check the signature, parse the form, insert one row, answer empty TwiML."""
        signature = request.headers.get("X-Twilio-Signature", "")
        if not signature or not validator.validate(signed_url, request.form, signature):
            abort(403)
        form, now = request.form, datetime.now(UTC)
        with engine.begin() as connection:
            connection.execute(
                insert(messages).values(
                    direction="inbound",
                    status="received",
                    phone=form["From"],
                    body=form.get("Body", ""),
                    provider_sid=form["MessageSid"],
                    created_at=now,
                    updated_at=now,
                )
            )
        return Response(EMPTY_TWIML, mimetype="text/xml")

    @app.get("/healthz")
    def healthz() -> dict[str, Any]:
        """Answer 200 once the worker is up."""
        return {"status": "ok"}

    return app
