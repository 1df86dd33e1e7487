"""Texting the app as a patient at a chosen instant: stored as the webhook stores it, then
conversed by the worker; the replies it gets."""

from datetime import UTC, datetime

from tests.sms import received_at

PHONE = "+13125550142"
# A Tuesday in Chicago (UTC-6): 16:00, 20:30, 06:30 local.
AFTERNOON = datetime(2026, 11, 24, 22, 0, tzinfo=UTC)
EVENING = datetime(2026, 11, 25, 2, 30, tzinfo=UTC)
EARLY_MORNING = datetime(2026, 11, 24, 12, 30, tzinfo=UTC)


def say(body: str, now: datetime = AFTERNOON, phone: str = PHONE) -> str:
    """The patient texts `body` at `now`; the answer's texts, joined with ' | '."""
    return " | ".join(received_at(phone, body, now))
