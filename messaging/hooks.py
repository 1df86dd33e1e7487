"""What messaging asks of the application that uses it; the app registers one implementation."""

from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime, time
from typing import Literal, Protocol

from flask import current_app

from messaging.models import Message

Keyword = Literal["opt_out", "opt_in", "help"]


@dataclass(frozen=True)
class Recipient:
    """What the dispatcher must know about whoever a message goes to, at send time."""

    may_text: bool  # consent held, not opted out, texts not paused
    timezone: str
    quiet_start: time = time(21, 0)
    quiet_end: time = time(8, 0)
    # False for a clinician who asked for urgent alerts at any hour.
    keeps_quiet_hours: bool = True
    # The texts we started today have reached the promised daily number.
    over_budget: bool = False


class MessagingHooks(Protocol):
    def recipients(self, messages: Sequence[Message], now: datetime) -> dict[int, Recipient]:
        """Who each outbound message is for now, by message id; missing when nobody may
        receive it. The messages are at most one per patient, and each one's budget counts
        the texts already sent, not the others in `messages`."""

    def on_keyword(self, message: Message, keyword: Keyword, now: datetime) -> list[str]:
        """Act on a compliance keyword in the commit that stores its text; return the replies.

        Set `message.patient_id` when the number is known. Queued texts to the number are
        already cancelled on an opt-out."""

    def warm_up(self) -> None:
        """Load what conversing needs, as a worker starts: not in its first text's time."""

    def inbound_batch(
        self, messages: Sequence[Message], now: datetime
    ) -> AbstractContextManager[None]:
        """Around on_inbound for each of these texts (at most one per number), in the same
        transaction: load at once what their conversations will read, forget it after."""

    def on_inbound(self, message: Message, now: datetime) -> list[str]:
        """Converse a stored text (no keyword) at `now`, its arrival; return the replies.

        Set `message.patient_id` when the number is known. Runs in the conversation
        worker's transaction: raise, and nothing it did is kept (the text is retried)."""

    def on_unprocessable(self, message: Message, now: datetime) -> None:
        """A text whose conversation failed again and again: show it to a person."""

    def on_opted_out(self, phone: str, now: datetime) -> None:
        """The carrier says this number unsubscribed (Twilio 21610): stop everything."""

    def on_undeliverable(self, message: Message, category: str, now: datetime) -> None:
        """A message could not be delivered for good (unreachable, filtered, retries spent)."""

    def on_expired(self, message: Message, now: datetime) -> None:
        """A message's validity ran out before it could go; re-plan it if it still matters."""


def hooks() -> MessagingHooks:
    registered: MessagingHooks = current_app.extensions["messaging"]
    return registered
