"""Posting texts to the provider several at once, never two at once to one number or patient."""

import time
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextvars import copy_context
from dataclasses import dataclass
from datetime import datetime

from messaging.models import Message
from messaging.transports import SendError, SendResult, Transport

# The provider's answer to a send, or None when the send window closed before it began.
Answer = SendResult | SendError | None
# A number or a patient: two texts that share one are never on the way at once.
Key = tuple[str, object]


def keys(message: Message) -> set[Key]:
    found: set[Key] = {("phone", message.phone)}
    if message.patient_id is not None:
        found.add(("patient", message.patient_id))
    return found


def waves(messages: Sequence[Message]) -> list[list[Message]]:
    """Split messages so that no wave holds two texts for one number or one patient.

    Texts to one number keep their order, and each wave's budget check counts what the
    waves before it sent to the same patient.
    """
    last: dict[Key, int] = {}
    split: list[list[Message]] = []
    for message in messages:
        shared = keys(message)
        wave = max(last.get(key, -1) for key in shared) + 1
        last.update(dict.fromkeys(shared, wave))
        if wave == len(split):
            split.append([])
        split[wave].append(message)
    return split


@dataclass(frozen=True)
class Outgoing:
    """What a send needs of a message, copied: only the dispatcher's thread touches the session."""

    phone: str
    body: str
    valid_until: datetime | None


@dataclass
class Sender:
    """Posts texts to the provider, several at once, and only before the deadline."""

    transport: Transport
    callback_url: str | None
    deadline: float  # time.monotonic() after which no new send starts
    pool: ThreadPoolExecutor | None = None

    def post(self, text: Outgoing) -> Answer:
        if time.monotonic() >= self.deadline:
            return None
        try:
            return self.transport.send(
                text.phone,
                text.body,
                status_callback=self.callback_url,
                valid_until=text.valid_until,
            )
        except SendError as error:
            return error

    def submit(self, message: Message) -> "Future[Answer]":
        """Start the message's send, in the pool if there is one; its answer comes later."""
        text = Outgoing(message.phone, message.body, message.valid_until)
        if self.pool is None:
            done: Future[Answer] = Future()
            done.set_result(self.post(text))
            return done
        # Each send runs in a copy of our context, so the transport reads the app's clock.
        return self.pool.submit(copy_context().run, self.post, text)
