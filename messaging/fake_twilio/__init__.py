"""A local fake of Twilio's Messages API that the real SDK talks to, for tests and demos.

`api` shapes the answers as Twilio's API does; `server` holds the controllable fake;
`python -m messaging.fake_twilio --port N` serves one.
"""

from messaging.fake_twilio.api import (
    API,
    DEFAULT_ACCOUNT_SID,
    DEFAULT_AUTH_TOKEN,
    DEFAULT_CODE,
    ERROR_TEXT,
    Call,
    Create,
    Rule,
    Stored,
    message_resource,
    rfc2822,
    twilio_error,
)
from messaging.fake_twilio.server import FakeTwilio

__all__ = [
    "API",
    "DEFAULT_ACCOUNT_SID",
    "DEFAULT_AUTH_TOKEN",
    "DEFAULT_CODE",
    "ERROR_TEXT",
    "Call",
    "Create",
    "FakeTwilio",
    "Rule",
    "Stored",
    "message_resource",
    "rfc2822",
    "twilio_error",
]
