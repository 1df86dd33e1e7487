"""What messaging asks of the application that uses it; the app registers one implementation."""

from collections.abc import Sequence
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

    def on_inbound(self, message: Message, keyword: Keyword | None, now: datetime) -> list[str]:
        """Handle a stored inbound text (after its keyword, if any); return the replies."""

    def on_opted_out(self, phone: str, now: datetime) -> None:
        """The carrier says this number unsubscribed (Twilio 21610): stop everything."""

    def on_undeliverable(self, message: Message, category: str, now: datetime) -> None:
        """A message could not be delivered for good (unreachable, filtered, retries spent)."""

    def on_expired(self, message: Message, now: datetime) -> None:
        """A message's validity ran out before it could go; re-plan it if it still matters."""


def hooks() -> MessagingHooks:
    registered: MessagingHooks = current_app.extensions["messaging"]
    return registered
