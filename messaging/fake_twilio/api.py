"""What the fake answers, shaped like Twilio's Messages API: errors, resources, list pages."""

from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.utils import format_datetime
from typing import Any, Literal
from urllib.parse import urlencode

from flask import jsonify

from messaging.segments import segment_count

DEFAULT_ACCOUNT_SID = "AC" + "0" * 32
DEFAULT_AUTH_TOKEN = "test-auth-token-0123456789abcdef"
API = "/2010-04-01/Accounts/<account>"
ERROR_TEXT = {
    20003: "Authenticate",
    20404: "The requested resource was not found",
    20429: "Too Many Requests",
    20500: "Internal Server Error",
    20503: "Service Unavailable",
    21211: "Invalid 'To' Phone Number",
    21602: "Message body is required.",
    21604: "A 'To' phone number is required.",
    21606: "A 'From' phone number or MessagingServiceSid is required.",
    21610: "Attempt to send to unsubscribed recipient",
    21614: "'To' number is not a valid mobile number",
    21617: "The concatenated message body exceeds the 1600 character limit.",
    21635: "'To' number cannot be a landline",
    30007: "Message filtered",
    90007: "Invalid validity period value",
}
# The clinic's number, which patients text.
DEFAULT_NUMBER = "+13125550100"
DEFAULT_CODE = {401: 20003, 404: 20404, 429: 20429, 500: 20500, 503: 20503}
Create = Literal["before", "after", "never"]


@dataclass
class Rule:
    """How to answer upcoming calls: `remaining` None means every call until reset."""

    remaining: int | None
    method: str
    status: int = 0
    code: int | None = None
    retry_after: str | None = None
    hang: float = 0.0
    create: Create = "after"


@dataclass
class Call:
    method: str
    path: str
    query: dict[str, str]
    form: dict[str, str]
    at: datetime
    status: int | None = None


@dataclass
class Stored:
    resource: dict[str, Any]  # the Message resource as a read returns it
    created: datetime
    status_callback: str


def twilio_error(status: int, code: int | None, headers: dict[str, str] | None = None) -> Any:
    response = jsonify(
        code=code,
        message=ERROR_TEXT.get(code or 0, "Error"),
        more_info=f"https://www.twilio.com/docs/errors/{code}",
        status=status,
    )
    response.status_code = status
    response.headers.update(headers or {})
    return response


def rfc2822(moment: datetime | None) -> str | None:
    return format_datetime(moment.astimezone(UTC).replace(microsecond=0)) if moment else None


def invalid(form: dict[str, str]) -> int | None:
    """The error code Twilio gives a create request it rejects outright, or None."""
    to, body, validity = form.get("To", ""), form.get("Body", ""), form.get("ValidityPeriod")
    if not to:
        return 21604
    if not (to.startswith("+") and to[1:].isdigit() and 8 <= len(to) <= 16):
        return 21211
    if not body:
        return 21602
    if len(body) > 1600:
        return 21617
    if not (form.get("MessagingServiceSid") or form.get("From")):
        return 21606
    if validity is not None and not (validity.isdigit() and 1 <= int(validity) <= 36000):
        return 90007
    return None


def message_resource(account: str, sid: str, form: dict[str, str], now: datetime) -> dict[str, Any]:
    """The Message resource JSON Twilio answers a create with."""
    sender, uri = form.get("From"), f"/2010-04-01/Accounts/{account}/Messages/{sid}"
    return {
        "account_sid": account,
        "api_version": "2010-04-01",
        "body": form["Body"],
        "date_created": rfc2822(now),
        "date_sent": None,
        "date_updated": rfc2822(now),
        "direction": "outbound-api",
        "error_code": None,
        "error_message": None,
        "from": sender,
        "messaging_service_sid": form.get("MessagingServiceSid"),
        "num_media": "0",
        "num_segments": str(segment_count(form["Body"])),
        "price": None,
        "price_unit": "USD",
        "sid": sid,
        # Twilio says "accepted" while a Messaging Service still has to pick the sender.
        "status": "queued" if sender else "accepted",
        "subresource_uris": {"media": f"{uri}/Media.json"},
        "to": form["To"],
        "uri": f"{uri}.json",
    }


def status_callback_form(
    account: str, message: dict[str, Any], error_code: int | None
) -> dict[str, str]:
    """The form of the status callback Twilio posts about a message in its current status."""
    sid, status = message["sid"], message["status"]
    form = {
        "AccountSid": account,
        "ApiVersion": "2010-04-01",
        "From": message["from"] or "+15005550006",
        "MessageSid": sid,
        "MessageStatus": status,
        "SmsSid": sid,
        "SmsStatus": status,
        "To": message["to"],
    }
    if message["messaging_service_sid"]:
        form["MessagingServiceSid"] = message["messaging_service_sid"]
    if error_code is not None:
        form["ErrorCode"] = str(error_code)
    return form


def _date_param(value: str) -> datetime:
    if len(value) == 10:
        return datetime.combine(date.fromisoformat(value), datetime.min.time(), UTC)
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def list_page(account: str, stored: list[Stored], args: dict[str, str]) -> Any:
    """One page of a Messages list read, newest first, filtered and paged like Twilio's."""
    rows = sorted(enumerate(stored), key=lambda r: (r[1].created, r[0]), reverse=True)
    since = _date_param(args["DateSent>"]) if "DateSent>" in args else None
    picked = [
        s.resource
        for _, s in rows
        if args.get("To", s.resource["to"]) == s.resource["to"]
        # Like Twilio, a date filter skips messages not sent yet.
        and (since is None or (s.resource["date_sent"] is not None and s.created >= since))
    ]
    size, page = int(args.get("PageSize", 50)), int(args.get("Page", 0))
    chunk = picked[page * size : (page + 1) * size]
    filters = {k: v for k, v in args.items() if k not in ("Page", "PageSize", "PageToken")}
    base = f"/2010-04-01/Accounts/{account}/Messages.json"

    def page_uri(number: int) -> str:
        token = {"PageToken": f"PASM{number}"} if number else {}
        return f"{base}?{urlencode(filters | {'PageSize': size, 'Page': number} | token)}"

    more = (page + 1) * size < len(picked)
    return jsonify(
        messages=chunk,
        page=page,
        page_size=size,
        start=page * size,
        end=page * size + max(len(chunk) - 1, 0),
        uri=page_uri(page),
        first_page_uri=page_uri(0),
        next_page_uri=page_uri(page + 1) if more else None,
        previous_page_uri=page_uri(page - 1) if page else None,
    )


def inbound_resource(
    account: str, sid: str, phone: str, to: str, body: str, now: datetime
) -> dict[str, Any]:
    """The Message resource of a text Twilio received, as a list read returns it."""
    uri = f"/2010-04-01/Accounts/{account}/Messages/{sid}"
    return {
        "account_sid": account,
        "api_version": "2010-04-01",
        "body": body,
        "date_created": rfc2822(now),
        "date_sent": rfc2822(now),
        "date_updated": rfc2822(now),
        "direction": "inbound",
        "error_code": None,
        "error_message": None,
        "from": phone,
        "messaging_service_sid": None,
        "num_media": "0",
        "num_segments": str(segment_count(body)),
        "price": None,
        "price_unit": "USD",
        "sid": sid,
        "status": "received",
        "subresource_uris": {"media": f"{uri}/Media.json"},
        "to": to,
        "uri": f"{uri}.json",
    }


def inbound_webhook_form(account: str, message: dict[str, Any]) -> dict[str, str]:
    """The form Twilio posts to the number's webhook for a text it received."""
    sid = message["sid"]
    return {
        "ToCountry": "US",
        "SmsMessageSid": sid,
        "NumMedia": "0",
        "SmsSid": sid,
        "SmsStatus": "received",
        "Body": message["body"],
        "To": message["to"],
        "NumSegments": message["num_segments"],
        "MessageSid": sid,
        "AccountSid": account,
        "From": message["from"],
        "ApiVersion": "2010-04-01",
    }


@dataclass(frozen=True)
class Overrides:
    """Twilio's webhook connection overrides (the URL's #fragment), with Twilio's defaults:
    connect 5 s, read 15 s, one retry, and only when the connection could not be made."""

    connect: float = 5.0
    read: float = 15.0
    total: float = 15.0
    retries: int = 1
    policy: frozenset[str] = frozenset({"ct"})

    @classmethod
    def of(cls, fragment: str) -> "Overrides":
        pairs = dict(pair.split("=", 1) for pair in fragment.split("&") if "=" in pair)
        default = cls()
        return cls(
            connect=int(pairs["ct"]) / 1000 if "ct" in pairs else default.connect,
            read=int(pairs["rt"]) / 1000 if "rt" in pairs else default.read,
            total=int(pairs["tt"]) / 1000 if "tt" in pairs else default.total,
            retries=min(5, int(pairs.get("rc", default.retries))),
            policy=frozenset(pairs["rp"].split(",")) if "rp" in pairs else default.policy,
        )
