"""`flask --app wsgi chat PHONE [--now T]`: text the app as a patient, through the real inbound
webhook; with --now, on a clock of the chat's own that its slash commands move forward.

The webhook answers a keyword itself; any other text is conversed after it is stored and its
replies go through the outbox: the chat makes that pass itself, as a dispatcher would.
"""

import re
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from xml.etree import ElementTree

import click
from flask import Flask, current_app
from flask.cli import with_appcontext
from sqlalchemy import func, select
from twilio.request_validator import RequestValidator

from messaging.converse import replies_to
from messaging.db import db, utcnow
from messaging.models import Direction, Message, MessageStatus
from messaging.transports import ConsoleTransport, Transport, transport_from_config
from messaging.worker import converse_and_dispatch

INBOUND = "/sms/inbound"
# The test client's own address; the webhook validates against it unless PUBLIC_BASE_URL is set.
LOCAL = "http://localhost"
E164 = re.compile(r"\+[1-9]\d{7,14}")
# A patient takes a minute or so per text: each one moves the chat's clock on by this much.
TYPING = timedelta(minutes=1)
LEFT = (MessageStatus.SENT, MessageStatus.DELIVERED)
WAITING = (MessageStatus.QUEUED, MessageStatus.SENDING)
# With `make run`'s scheduler running too, it may converse the text first: wait this long.
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


@dataclass
class ChatSession:
    """One console conversation: the patient's number, the chat's clock (None: the real one)
    and the outbound texts to that number already printed."""

    phone: str
    clock: datetime | None = None
    after_id: int = 0
    shown: set[int] = field(default_factory=set)

    def now(self) -> datetime:
        return self.clock or utcnow()

    def show_new_texts(self) -> int:
        """Print, oldest first, the texts to this number that have left since the last look."""
        db.session.commit()  # a fresh snapshot: the webhook and the ticks wrote in their own
        rows = db.session.execute(
            select(Message.id, Message.body)
            .where(
                Message.direction == Direction.OUTBOUND,
                Message.phone == self.phone,
                Message.id > self.after_id,
                Message.status.in_(LEFT),
            )
            .order_by(Message.sent_at, Message.id)
        ).all()
        fresh = [(id_, body) for id_, body in rows if id_ not in self.shown]
        for id_, body in fresh:
            self.shown.add(id_)
            click.echo(f"app> {body}")
        return len(fresh)


# A slash command takes the session and the rest of the line. The scheduler lends the chat
# its clock commands (/next, /at, /tick): messaging knows no programme or plan time.
ChatCommand = Callable[[ChatSession, str], None]


def chat_commands(app: Flask) -> Mapping[str, ChatCommand]:
    commands: Mapping[str, ChatCommand] = app.extensions.get("chat_commands", {})
    return commands


def parse_now(text: str) -> datetime:
    """An ISO 8601 instant with its zone, in UTC."""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--now") from exc
    if moment.tzinfo is None:
        raise click.BadParameter("give a time zone, e.g. 2026-11-09T14:00:00Z", param_hint="--now")
    return moment.astimezone(UTC)


def run_command(app: Flask, session: ChatSession, line: str) -> None:
    """A /command line: run it, or list the commands there are."""
    name, _, argument = line[1:].strip().partition(" ")
    commands = chat_commands(app)
    if session.clock is None and name != "help":
        click.echo("[the clock is the real one: start the chat with --now to move it]")
        return
    if name == "help" or name not in commands:
        listed = ", ".join(f"/{n}" for n in sorted(commands)) or "none"
        click.echo(f"[commands: {listed}; anything else is texted]")
        return
    try:
        commands[name](session, argument.strip())
    except click.UsageError as exc:
        click.echo(f"[{exc.message}]")


@click.command("chat")
@click.argument("phone")
@click.option(
    "--now",
    "now_text",
    help="Start the chat's own clock at this ISO 8601 instant (e.g. 2026-11-09T14:00:00Z) and "
    "run what is due then; /next, /at and /tick move it on. Never in production.",
)
@with_appcontext
def chat(phone: str, now_text: str | None) -> None:
    """Chat as the patient with this number (E.164): each line you type is one text."""
    if not E164.fullmatch(phone):
        raise click.BadParameter("give the number in E.164 form, like +13125550142")
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    token = app.config.get("TWILIO_AUTH_TOKEN") or ""
    if app.config.get("VALIDATE_TWILIO_SIGNATURE", True) and not token:
        raise click.ClickException(NO_TOKEN)
    session = ChatSession(phone)
    saved = app.config.get("CLOCK"), app.extensions.get("sms_transport")
    if now_text is not None:
        if app.config.get("PRODUCTION"):
            raise click.ClickException(
                "--now moves the clock of everything it touches: never on a production database"
            )
        start_clock(app, session, parse_now(now_text))
    signer = RequestValidator(token)
    url = (app.config.get("PUBLIC_BASE_URL") or LOCAL) + INBOUND
    account = app.config.get("TWILIO_ACCOUNT_SID") or "AC" + "0" * 32
    ours = app.config.get("TWILIO_FROM_NUMBER") or "+15005550006"
    if (app.config.get("SMS_BACKEND") or "console") == "console":
        # The chat prints what was sent itself; the console transport keeps quiet.
        app.extensions["sms_transport"] = ConsoleTransport(echo=False)
    transport: Transport = app.extensions.get("sms_transport") or transport_from_config(app.config)
    client = app.test_client()
    session.after_id = db.session.scalar(select(func.max(Message.id))) or 0
    click.echo(f"Texting as {phone}; each line is one text, /help lists commands. Ctrl-D ends.")
    try:
        if session.clock is not None and "tick" in chat_commands(app):
            chat_commands(app)["tick"](session, "")
        while (line := read_line()) is not None:
            if line.startswith("/"):
                run_command(app, session, line)
                continue
            form = twilio_form(phone, line, account, ours)
            headers = {"X-Twilio-Signature": signer.compute_signature(url, form)}
            response = client.post(INBOUND, data=form, headers=headers, base_url=LOCAL)
            if response.status_code != 200:
                click.echo(f"[the webhook answered HTTP {response.status_code}]", err=True)
                continue
            answered = twiml_texts(response.data)  # a keyword's reply comes in the answer
            for reply in answered:
                click.echo(f"app> {reply}")
            deliver(transport, form["MessageSid"])
            if not session.show_new_texts() and not answered:
                click.echo("app> [no reply]")
            if session.clock is not None:
                session.clock += TYPING
    finally:
        restore(app, *saved)


def twiml_texts(answer: bytes) -> list[str]:
    """The texts of the <Message> elements of a TwiML answer."""
    return [m.text or "" for m in ElementTree.fromstring(answer).iter("Message")]


def deliver(transport: Transport, sid: str) -> None:
    """Converse the text and hand its replies to the transport, as a dispatcher would; when
    another process got to it first, wait a few seconds for its replies to leave."""
    deadline = time.monotonic() + WAIT_SECONDS
    while True:
        converse_and_dispatch(transport, None, 1)
        if delivered(sid) or time.monotonic() > deadline:
            db.session.rollback()  # hold no transaction open while the user types
            return
        db.session.rollback()
        time.sleep(0.1)


def delivered(sid: str) -> bool:
    """The text was conversed and none of its replies is still waiting to be sent."""
    row = db.session.execute(
        select(Message.id, Message.status).where(Message.provider_sid == sid)
    ).one_or_none()
    if row is None or row.status == MessageStatus.RECEIVED:
        return False
    return all(reply.status not in WAITING for reply in replies_to([row.id]))


def read_line() -> str | None:
    """The next non-blank line typed, or None at the end of input."""
    while True:
        try:
            line = click.prompt("you", prompt_suffix="> ", default="", show_default=False)
        except (click.Abort, EOFError):
            click.echo()
            return None
        if line.strip():
            return str(line)


def start_clock(app: Flask, session: ChatSession, moment: datetime) -> None:
    """Put this process's app on the chat's clock.

    The clock is this command's own config, read by utcnow() in the same process: no
    request can set it, so a server elsewhere keeps the real time.
    """
    session.clock = moment
    app.config["CLOCK"] = session.now


def restore(app: Flask, clock: object, transport: object) -> None:
    """The clock and transport the app had before the chat, for whatever it does next."""
    app.config["CLOCK"] = clock
    if transport is None:
        app.extensions.pop("sms_transport", None)
    else:
        app.extensions["sms_transport"] = transport
