"""Receiving a text: store it once by its MessageSid, act on a compliance keyword, answer.

The conversation is not here: a stored text waits as `received` for the conversation
worker (messaging/converse.py), so nothing that can go wrong in a conversation can take
the text with it. Only the compliance keywords are acted on in the storing commit: an
opt-out must stop every queued text at once.
"""

from datetime import datetime
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from sqlalchemy import Executable, bindparam, func, select
from sqlalchemy.dialects import postgresql, sqlite

from messaging.db import db, dialect_name, one_writer_at_a_time
from messaging.hooks import Keyword, hooks
from messaging.keywords import compliance_keyword
from messaging.models import MESSAGES, Direction, Message, MessageStatus
from messaging.outbox import cancel_pending, enqueue_replies, reply_rows

# Twilio's From for SMS is E.164 (at most 16); MessageSid is 34 characters.
MAX_PHONE = 20
MAX_SID = 64
# The PostgreSQL channel a stored text is announced on; the worker listens to it.
CHANNEL = "companion_inbound"
KEYWORD_REPLY = "keyword_reply"


def twiml(replies: list[str]) -> str:
    messages = "".join(f"<Message>{escape(reply)}</Message>" for reply in replies)
    return f'<?xml version="1.0" encoding="UTF-8"?><Response>{messages}</Response>'


EMPTY = twiml([])


def field_problem(name: str, value: str, limit: int) -> str | None:
    """What is wrong with an identifier field (MessageSid, From), or None."""
    if not value:
        return f"{name} is required"
    if len(value) > limit:
        return f"{name} is longer than {limit} characters"
    if not value.isprintable() or not value.isascii():
        return f"{name} has characters it cannot have"
    return None


def clean_body(body: str) -> str:
    """The text as PostgreSQL can hold it: a NUL or a lone surrogate becomes a stand-in."""
    return body.replace("\x00", "\ufffd").encode("utf-8", "replace").decode("utf-8")


def receive(
    provider_sid: str, phone: str, body: str, now: datetime, *, answer_by_outbox: bool = False
) -> str:
    """Store an inbound text once and answer it; a repeat of the same sid gets the same answer.

    The answer is empty TwiML, or a compliance keyword's reply. A text caught up from
    Twilio's log has no webhook to answer: its keyword reply goes through the outbox.
    """
    keyword = compliance_keyword(body)
    values = {
        "direction": Direction.INBOUND,
        "status": MessageStatus.RECEIVED if keyword is None else MessageStatus.HANDLED,
        "phone": phone,
        "body": clean_body(body),
        "provider_sid": provider_sid,
        "answer": EMPTY,
        "attempts": 0,
        "is_reply": False,
        "created_at": now,
        "updated_at": now,
    }
    if keyword is None:
        return _store_and_announce(values)
    insert = postgresql.insert if dialect_name() == "postgresql" else sqlite.insert
    with one_writer_at_a_time():
        # RETURNING the row itself: the keyword's work needs it, without a SELECT.
        message = db.session.scalar(
            insert(Message)
            .values(**values)
            .on_conflict_do_nothing(index_elements=["provider_sid"])
            .returning(Message)
        )
        if message is None:
            db.session.rollback()
            return _stored_answer(provider_sid)
        if keyword is None:
            answer = EMPTY
        else:
            answer = _act_on_keyword(message, keyword, now, answer_by_outbox)
        db.session.commit()
    return answer


def _store_and_announce(values: dict[str, object]) -> str:
    """A text without a keyword: one statement in a transaction of its own (no BEGIN, no
    COMMIT: autocommit), which stores the text once and, only if it stored it, wakes the
    conversation workers (PostgreSQL: pg_notify is delivered when the statement commits;
    SQLite's workers poll).

    The webhook's whole database work is this one round trip, where the session's way took
    four (BEGIN, INSERT, NOTIFY, COMMIT): a quarter of the webhook's time on a busy machine.
    No ORM object is built for the row either: nothing here reads it back, and the statement
    itself is built once (building its ten values took a fifth of a millisecond a text).
    """
    storing = _storing(dialect_name(), tuple(values))
    with one_writer_at_a_time(), _autocommit() as connection:
        message_id = connection.execute(storing, values).scalar()
    if message_id is None:
        return _stored_answer(str(values["provider_sid"]))
    return EMPTY


@cache
def _storing(dialect: str, columns: tuple[str, ...]) -> Executable:
    """INSERT a received text unless its MessageSid is stored, RETURNING its id; on
    PostgreSQL also announcing it. Its values are bound by column name."""
    bound = {name: bindparam(name, type_=MESSAGES.c[name].type) for name in columns}
    if dialect != "postgresql":
        return (
            sqlite.insert(MESSAGES)
            .values(bound)
            .on_conflict_do_nothing(index_elements=["provider_sid"])
            .returning(MESSAGES.c.id)
        )
    stored = (
        postgresql.insert(MESSAGES)
        .values(bound)
        .on_conflict_do_nothing(index_elements=["provider_sid"])
        .returning(MESSAGES.c.id)
        .cte("stored")
    )
    return select(stored.c.id, func.pg_notify(CHANNEL, ""))


def _autocommit() -> Any:
    return db.engine.connect().execution_options(isolation_level="AUTOCOMMIT")


def _stored_answer(provider_sid: str) -> str:
    """The answer a text stored before got (Twilio retried it, or the catch-up met it)."""
    stored = db.session.scalar(select(Message.answer).where(Message.provider_sid == provider_sid))
    db.session.rollback()
    return stored or EMPTY


def _act_on_keyword(message: Message, keyword: Keyword, now: datetime, by_outbox: bool) -> str:
    if keyword == "opt_out":
        cancel_pending(message.phone, now)
    replies = hooks().on_keyword(message, keyword, now)
    if not by_outbox:
        message.answer = twiml(replies)
        return message.answer
    enqueue_replies(
        reply_rows(message.id, message.phone, message.patient_id, replies, KEYWORD_REPLY, now)
    )
    return EMPTY
