"""Texting the app as a patient at a chosen instant, through the webhook's own receive()."""

import re
from datetime import UTC, datetime

from messaging.webhooks import receive
from tests.sms import new_sid

PHONE = "+13125550142"
# A Tuesday in Chicago (UTC-6): 16:00, 20:30, 06:30 local.
AFTERNOON = datetime(2026, 11, 24, 22, 0, tzinfo=UTC)
EVENING = datetime(2026, 11, 25, 2, 30, tzinfo=UTC)
EARLY_MORNING = datetime(2026, 11, 24, 12, 30, tzinfo=UTC)


def say(body: str, now: datetime = AFTERNOON, phone: str = PHONE) -> str:
    """The patient texts `body` at `now`; the answer's texts, joined with ' | '."""
    answer = receive(new_sid(), phone, body, now)
    texts = re.findall(r"<Message>(.*?)</Message>", answer, re.S)
    return " | ".join(t.replace("&quot;", '"').replace("&amp;", "&") for t in texts)
