"""Sending an SMS: the Transport interface, Twilio behind it, and a console stand-in."""

import math
import threading
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from email.utils import parsedate_to_datetime
from typing import Any, Literal, Protocol
from urllib.parse import urlsplit, urlunsplit

import click
import requests
from twilio.base.exceptions import TwilioException
from twilio.http.http_client import TwilioHttpClient
from twilio.http.response import Response
from twilio.rest import Client
from urllib3.exceptions import NewConnectionError

from messaging.db import utcnow
from messaging.segments import segment_count

Kind = Literal["transient", "permanent", "ambiguous", "expired"]
# Twilio queues a message for at most this long; `ValidityPeriod` must be 1..36000 seconds.
MAX_VALIDITY_SECONDS = 36_000

ERROR_CATEGORIES: dict[int, str] = {
    21610: "opted_out",
    21211: "unreachable",
    21614: "unreachable",
    21635: "unreachable",
    30006: "unreachable",
    30007: "filtered",
    30003: "retry_limited",
    30005: "retry_limited",
    30008: "retry_limited",
    30036: "expired",
}


def classify_error_code(code: int) -> str:
    """opted_out, unreachable, filtered, retry_limited, expired or other, for a Twilio code."""
    return ERROR_CATEGORIES.get(code, "other")


@dataclass(frozen=True)
class SendResult:
    provider_sid: str
    status: str
    segments: int | None
    price: Decimal | None
    price_unit: str | None


@dataclass(frozen=True)
class SentRecord:
    """A message the provider holds for a number, used to reconcile an ambiguous send."""

    sid: str
    body: str
    status: str
    date_created: datetime
    error_code: int | None = None


@dataclass(frozen=True)
class ReceivedRecord:
    """A text the provider received for us, from its own log (to catch up what we missed)."""

    sid: str
    phone: str
    body: str
    date_created: datetime


class SendError(Exception):
    """A send that did not succeed; `kind` says whether a retry is safe.

    "expired" means the text's validity ran out before it was posted, so it never was: it
    must be re-planned, not retried.
    """

    def __init__(
        self,
        message: str,
        *,
        kind: Kind,
        code: int | None = None,
        http_status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.code = code
        self.http_status = http_status
        self.retry_after = retry_after

    @property
    def category(self) -> str | None:
        return classify_error_code(self.code) if self.code is not None else None


class Transport(Protocol):
    """How texts leave. A dispatcher calls `send` from several threads at once (never twice at
    once for one number), so an implementation must be thread-safe and touch no database."""

    def send(
        self, to: str, body: str, *, status_callback: str | None, valid_until: datetime | None
    ) -> SendResult: ...

    def sent_to_since(self, to: str, since: datetime) -> list[SentRecord]: ...


def validity_seconds(valid_until: datetime | None, now: datetime) -> int | None:
    """Twilio's ValidityPeriod for a deadline, rounded down so Twilio never holds it past it."""
    if valid_until is None:
        return None
    remaining = (valid_until - now).total_seconds()
    if remaining <= 0:
        # The dispatcher checked validity with its own `now`; the clock may have passed the
        # deadline (quiet hours, say) since, and that is an outcome of this text, not a bug.
        raise SendError("validity ran out before the send: re-plan it", kind="expired")
    return max(1, min(MAX_VALIDITY_SECONDS, math.floor(remaining)))


def mask_phone(phone: str) -> str:
    digits = [ch for ch in phone if ch.isdigit()]
    return "…" + "".join(digits[-4:])


class BaseUrlHttpClient(TwilioHttpClient):
    """The SDK's HTTP client, pointed at another API base and remembering Retry-After."""

    def __init__(self, *, timeout: float, api_base_url: str | None = None) -> None:
        super().__init__(timeout=timeout)
        self.api_base = urlsplit(api_base_url.rstrip("/")) if api_base_url else None
        self._local = threading.local()

    def request(
        self,
        method: str,
        url: str,
        params: dict[str, object] | None = None,
        data: dict[str, object] | None = None,
        headers: dict[str, str] | None = None,
        auth: tuple[str, str] | None = None,
        timeout: float | None = None,
        allow_redirects: bool = False,
    ) -> Response:
        self._local.retry_after = None
        response = super().request(
            method, self._rebase(url), params, data, headers, auth, timeout, allow_redirects
        )
        self._local.retry_after = (response.headers or {}).get("Retry-After")
        return response

    def last_retry_after(self) -> str | None:
        """The Retry-After header of this thread's last response, if it had one."""
        return getattr(self._local, "retry_after", None)

    def log_request(self, kwargs: dict[str, Any]) -> None:
        # The SDK logs query strings at INFO, and ours carry patients' phone numbers.
        self.logger.debug("%s %s", kwargs["method"], urlsplit(kwargs["url"]).path)

    def _rebase(self, url: str) -> str:
        parts = urlsplit(url)
        # Edge and region settings turn api.twilio.com into api.<edge>.<region>.twilio.com.
        is_api = parts.netloc.startswith("api.") and parts.netloc.endswith("twilio.com")
        if self.api_base is None or not is_api:
            return url
        path = self.api_base.path + parts.path
        return urlunsplit((self.api_base.scheme, self.api_base.netloc, path, parts.query, ""))

    def close(self) -> None:
        if self.session is not None:
            self.session.close()


def _retry_after_seconds(header: str | None, now: datetime) -> float | None:
    if not header:
        return None
    try:
        return max(0.0, float(header))
    except ValueError:
        pass
    try:
        return max(0.0, (parsedate_to_datetime(header) - now).total_seconds())
    except (TypeError, ValueError):
        return None


def _may_have_reached_twilio(exc: requests.RequestException) -> bool:
    """Whether Twilio may have received the request before the connection failed."""
    if isinstance(exc, requests.ConnectTimeout | ValueError):
        return False  # no connection was made, or the URL was malformed: nothing was sent
    if isinstance(exc, requests.ConnectionError):
        reason = exc.args[0] if exc.args else None
        # Refused or unresolvable is safe to retry; a reset or a TLS error may come after
        # the request went out, so it is treated as ambiguous.
        return not isinstance(getattr(reason, "reason", reason), NewConnectionError)
    return True  # a read timeout or a broken response: the message may exist


class TwilioTransport:
    """Twilio's REST API through the official SDK; one instance per process shares a pool."""

    def __init__(
        self,
        account_sid: str,
        auth_token: str,
        *,
        messaging_service_sid: str | None = None,
        from_number: str | None = None,
        api_base_url: str | None = None,
        timeout: float = 10.0,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        if not (messaging_service_sid or from_number):
            raise ValueError("a messaging service sid or a from number is needed")
        self.messaging_service_sid = messaging_service_sid
        self.from_number = from_number
        self.clock = clock
        self.http = BaseUrlHttpClient(timeout=timeout, api_base_url=api_base_url)
        self.client = Client(account_sid, auth_token, http_client=self.http)

    def send(
        self, to: str, body: str, *, status_callback: str | None, valid_until: datetime | None
    ) -> SendResult:
        """Create the message at Twilio; raise SendError saying whether a retry is safe."""
        sender: dict[str, Any] = (
            {"messaging_service_sid": self.messaging_service_sid}
            if self.messaging_service_sid
            else {"from_": self.from_number}
        )
        period = validity_seconds(valid_until, self.clock())
        try:
            message = self.client.messages.create(
                to=to,
                body=body,
                status_callback=status_callback,
                validity_period=period,
                **sender,
            )
        except TwilioException as exc:
            raise self._rest_error(exc) from exc
        except requests.RequestException as exc:
            if _may_have_reached_twilio(exc):
                raise SendError(
                    f"no answer from Twilio after sending: {type(exc).__name__}", kind="ambiguous"
                ) from exc
            raise SendError(f"Twilio unreachable: {type(exc).__name__}", kind="transient") from exc
        except ValueError as exc:  # a success answer we could not parse: the message may exist
            raise SendError("unreadable answer from Twilio", kind="ambiguous") from exc
        return SendResult(
            provider_sid=message.sid,
            status=message.status,
            segments=int(message.num_segments) if message.num_segments else segment_count(body),
            price=Decimal(message.price) if message.price else None,
            price_unit=message.price_unit,
        )

    def sent_to_since(self, to: str, since: datetime, *, limit: int = 200) -> list[SentRecord]:
        """Messages Twilio holds for `to` created at or after `since` (whole seconds)."""
        floor = since.astimezone(UTC).replace(microsecond=0)
        try:
            # No DateSent filter: a message still queued at Twilio has no date_sent yet.
            messages = self.client.messages.stream(to=to, limit=limit, page_size=50)
            return [
                SentRecord(m.sid, m.body or "", m.status, m.date_created, m.error_code)
                for m in messages
                if m.date_created is not None and m.date_created >= floor
            ]
        except TwilioException as exc:
            raise self._rest_error(exc, reading=True) from exc
        except requests.RequestException as exc:
            raise SendError(f"Twilio read failed: {type(exc).__name__}", kind="transient") from exc

    def received_since(self, since: datetime, *, limit: int = 10_000) -> list[ReceivedRecord]:
        """Texts Twilio received for our number (for a Messaging Service: for the account)
        sent at or after `since`, oldest first."""
        floor = since.astimezone(UTC).replace(microsecond=0)
        ours: dict[str, Any] = {"to": self.from_number} if self.from_number else {}
        try:
            messages = self.client.messages.stream(
                date_sent_after=floor, limit=limit, page_size=100, **ours
            )
            received = [
                ReceivedRecord(m.sid, m.from_ or "", m.body or "", m.date_created or floor)
                for m in messages
                if m.direction == "inbound"
            ]
        except TwilioException as exc:
            raise self._rest_error(exc, reading=True) from exc
        except requests.RequestException as exc:
            raise SendError(f"Twilio read failed: {type(exc).__name__}", kind="transient") from exc
        return sorted(received, key=lambda r: r.date_created)

    def close(self) -> None:
        self.http.close()

    def _rest_error(self, exc: TwilioException, *, reading: bool = False) -> SendError:
        status = getattr(exc, "status", None)
        if status is None and len(exc.args) > 1:  # a failed page read carries the response
            status = getattr(exc.args[1], "status_code", None)
        code = getattr(exc, "code", None)
        # Without a code in the body the SDK repeats the HTTP status; Twilio's codes are 5 digits.
        code = code if isinstance(code, int) and code >= 10000 else None
        transient = status is not None and (status == 429 or status >= 500)
        retry_after = _retry_after_seconds(self.http.last_retry_after(), self.clock())
        # Never put Twilio's message text in ours: it quotes the phone number.
        return SendError(
            f"Twilio {'read' if reading else 'send'} failed: HTTP {status}, code {code}",
            kind="transient" if transient else "permanent",
            code=code,
            http_status=status,
            retry_after=retry_after if transient else None,
        )


class ConsoleTransport:
    """Prints texts instead of sending them, for development and demos."""

    def __init__(self, clock: Callable[[], datetime] = utcnow, *, echo: bool = True) -> None:
        self.clock = clock
        self.echo = echo  # the chat console prints what was sent as the patient's phone would
        self._sent: list[tuple[str, SentRecord]] = []
        self._lock = threading.Lock()

    def send(
        self, to: str, body: str, *, status_callback: str | None, valid_until: datetime | None
    ) -> SendResult:
        """Print the text with the number masked; the fake sid keeps provider ids unique."""
        now = self.clock()
        validity_seconds(valid_until, now)
        sid = f"SMconsole{uuid.uuid4().hex}"
        if self.echo:
            click.echo(f"[sms to {mask_phone(to)}] {body}")
        with self._lock:
            self._sent.append((to, SentRecord(sid, body, "sent", now)))
        return SendResult(sid, "sent", segment_count(body), None, None)

    def sent_to_since(self, to: str, since: datetime) -> list[SentRecord]:
        with self._lock:
            return [r for number, r in self._sent if number == to and r.date_created >= since]

    def received_since(self, since: datetime) -> list[ReceivedRecord]:
        return []  # texts reach the console only through the webhook (`flask chat`)


def transport_from_config(config: Mapping[str, Any]) -> Transport:
    """The transport that SMS_BACKEND and the TWILIO_* settings describe."""
    backend = config.get("SMS_BACKEND") or "console"
    if backend == "console":
        return ConsoleTransport()
    if backend != "twilio":
        raise ValueError(f"unknown SMS_BACKEND {backend!r}")
    sid, token = config.get("TWILIO_ACCOUNT_SID"), config.get("TWILIO_AUTH_TOKEN")
    if not (sid and token):
        raise ValueError("SMS_BACKEND=twilio needs TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN")
    return TwilioTransport(
        sid,
        token,
        messaging_service_sid=config.get("TWILIO_MESSAGING_SERVICE_SID") or None,
        from_number=config.get("TWILIO_FROM_NUMBER") or None,
        api_base_url=config.get("TWILIO_API_BASE_URL") or None,
        timeout=float(config.get("TWILIO_HTTP_TIMEOUT") or 10),
    )
