"""`flask --app wsgi chat PHONE`: text the app as a patient, through the real inbound webhook.

The webhook answers a keyword itself; any other text is conversed after it is stored, and its
replies are read from the outbox.
"""

import re
import time
import uuid
from xml.etree import ElementTree

import click
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy import select
from twilio.request_validator import RequestValidator

from messaging.converse import converse_due, replies_to
from messaging.db import db, utcnow
from messaging.models import Message, MessageStatus

INBOUND = "/sms/inbound"
# The test client's own address; the webhook validates against it unless PUBLIC_BASE_URL is set.
LOCAL = "http://localhost"
E164 = re.compile(r"\+[1-9]\d{7,14}")
WAIT_SECONDS = 5.0
NO_TOKEN = """\
VALIDATE_TWILIO_SIGNATURE is on and TWILIO_AUTH_TOKEN is not set, so every text would be refused.
The chat signs each text the way Twilio does; any token works locally, for example:
    export TWILIO_AUTH_TOKEN=$(python -c 'import secrets; print(secrets.token_hex(16))')
or, for a local demo only, VALIDATE_TWILIO_SIGNATURE=false."""


def twilio_form(phone: str, body: str, account_sid: str, to: str) -> dict[str, str]:
    """The form Twilio posts for an incoming text, with a MessageSid never used before."""
    sid = "SM" + uuid.uuid4().hex
    return {
        "AccountSid": account_sid,
        "MessageSid": sid,
        "SmsMessageSid": sid,
        "From": phone,
        "To": to,
        "Body": body,
        "NumMedia": "0",
        "NumSegments": "1",
    }


def replies(twiml: bytes) -> list[str]:
    """The texts of the <Message> elements of a TwiML answer."""
    return [m.text or "" for m in ElementTree.fromstring(twiml).iter("Message")]


@click.command("chat")
@click.argument("phone")
@with_appcontext
def chat(phone: str) -> None:
    """Chat as the patient with this number (E.164): each line you type is one text."""
    if not E164.fullmatch(phone):
        raise click.BadParameter("give the number in E.164 form, like +13125550142")
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    token = app.config.get("TWILIO_AUTH_TOKEN") or ""
    if app.config.get("VALIDATE_TWILIO_SIGNATURE", True) and not token:
        raise click.ClickException(NO_TOKEN)
    signer = RequestValidator(token)
    url = (app.config.get("PUBLIC_BASE_URL") or LOCAL) + INBOUND
    account = app.config.get("TWILIO_ACCOUNT_SID") or "AC" + "0" * 32
    ours = app.config.get("TWILIO_FROM_NUMBER") or "+15005550006"
    client = app.test_client()
    click.echo(f"Texting as {phone}; each line is one text. Ctrl-D ends.")
    while True:
        try:
            line = click.prompt("you", prompt_suffix="> ", default="", show_default=False)
        except (click.Abort, EOFError):
            click.echo()
            return
        if not line.strip():
            continue
        form = twilio_form(phone, line, account, ours)
        headers = {"X-Twilio-Signature": signer.compute_signature(url, form)}
        response = client.post(INBOUND, data=form, headers=headers, base_url=LOCAL)
        if response.status_code != 200:
            click.echo(f"[the webhook answered HTTP {response.status_code}]", err=True)
            continue
        answers = replies(response.data) or conversed(form["MessageSid"])
        for text in answers or ["[no reply]"]:
            click.echo(f"app> {text}")


def conversed(sid: str) -> list[str]:
    """The replies the conversation queued for the text: conversed here, unless a running
    dispatcher (`make run`'s scheduler) got to it first; then waited for, a few seconds."""
    deadline = time.monotonic() + WAIT_SECONDS
    converse_due(utcnow())
    query = select(Message.id, Message.status).where(Message.provider_sid == sid)
    while (row := db.session.execute(query).one()).status == MessageStatus.RECEIVED:
        db.session.rollback()
        if time.monotonic() > deadline:
            return []
        time.sleep(0.1)
    texts = [reply.body for reply in replies_to([row.id])]
    db.session.rollback()  # hold no transaction open while the user types
    return texts
