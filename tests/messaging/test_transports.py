"""The real Twilio SDK against the local fake API: what a send does and how failures read."""

import logging
import re
import socket
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests
from twilio.request_validator import RequestValidator
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

from messaging.fake_twilio import FakeTwilio
from messaging.transports import (
    ConsoleTransport,
    SendError,
    TwilioTransport,
    classify_error_code,
    transport_from_config,
)

ACCOUNT = "AC" + "1" * 32
TOKEN = "fake-token-0123456789abcdef0123"
SERVICE = "MG" + "2" * 32
PHONE = "+13125550123"
NOW = datetime(2026, 3, 9, 14, 0, tzinfo=UTC)
ANSWER_TIMEOUT = 30.0  # a fake that answers is never waited on this long, however loaded
HANG_TIMEOUT = 0.5  # for the tests of a hung send: give up fast


@pytest.fixture
def fake() -> Iterator[FakeTwilio]:
    with FakeTwilio(ACCOUNT, TOKEN) as running:
        yield running


def make_transport(fake: FakeTwilio, **overrides: Any) -> TwilioTransport:
    options: dict[str, Any] = {
        "messaging_service_sid": SERVICE,
        "api_base_url": fake.url,
        "timeout": ANSWER_TIMEOUT,
        "clock": lambda: NOW,
    }
    return TwilioTransport(ACCOUNT, TOKEN, **(options | overrides))


@pytest.fixture
def transport(fake: FakeTwilio) -> Iterator[TwilioTransport]:
    sender = make_transport(fake)
    yield sender
    sender.close()


@pytest.fixture
def hasty_transport(fake: FakeTwilio) -> Iterator[TwilioTransport]:
    sender = make_transport(fake, timeout=HANG_TIMEOUT)
    yield sender
    sender.close()


def send(transport: TwilioTransport, body: str = "Hi Ana, today: lifts 3x10", **kw: Any) -> Any:
    return transport.send(
        PHONE, body, status_callback=kw.get("status_callback"), valid_until=kw.get("valid_until")
    )


def failure(transport: TwilioTransport, **kw: Any) -> SendError:
    with pytest.raises(SendError) as caught:
        send(transport, **kw)
    return caught.value


def test_send_creates_one_message_with_the_right_form_fields(
    fake: FakeTwilio, transport: TwilioTransport
) -> None:
    result = send(
        transport,
        status_callback="https://sms.example.org/sms/status?m=7",
        valid_until=NOW + timedelta(hours=2, seconds=0.9),
    )

    [call] = fake.calls
    assert call.method == "POST" and call.path == f"/2010-04-01/Accounts/{ACCOUNT}/Messages.json"
    assert call.form == {
        "To": PHONE,
        "Body": "Hi Ana, today: lifts 3x10",
        "MessagingServiceSid": SERVICE,
        "StatusCallback": "https://sms.example.org/sms/status?m=7",
        "ValidityPeriod": "7200",
    }
    assert re.fullmatch(r"SM[0-9a-f]{32}", result.provider_sid)
    assert (result.status, result.segments, result.price) == ("accepted", 1, None)
    assert [m["sid"] for m in fake.messages] == [result.provider_sid]


def test_a_from_number_is_used_when_there_is_no_messaging_service(fake: FakeTwilio) -> None:
    sender = make_transport(fake, messaging_service_sid=None, from_number="+13125550100")
    try:
        result = send(sender)
    finally:
        sender.close()

    assert fake.calls[0].form["From"] == "+13125550100"
    assert "MessagingServiceSid" not in fake.calls[0].form
    assert result.status == "queued"


@pytest.mark.parametrize(
    ("valid_for", "period"),
    [(timedelta(hours=20), "36000"), (timedelta(seconds=0.4), "1"), (None, None)],
)
def test_validity_period_is_clamped_to_twilios_range_or_omitted(
    fake: FakeTwilio, transport: TwilioTransport, valid_for: timedelta | None, period: str | None
) -> None:
    send(transport, valid_until=NOW + valid_for if valid_for else None)

    assert fake.calls[0].form.get("ValidityPeriod") == period


def test_an_expired_message_is_refused_without_calling_twilio(
    fake: FakeTwilio, transport: TwilioTransport
) -> None:
    assert failure(transport, valid_until=NOW).kind == "expired"
    assert fake.calls == []


def test_429_three_times_is_transient_each_time_then_the_fourth_send_succeeds(
    fake: FakeTwilio, transport: TwilioTransport
) -> None:
    fake.fail_next(3, status=429, retry_after=2)

    errors = [failure(transport) for _ in range(3)]
    result = send(transport)

    assert [(e.kind, e.http_status, e.retry_after) for e in errors] == [("transient", 429, 2.0)] * 3
    assert [m["sid"] for m in fake.messages] == [result.provider_sid]


def test_503_is_transient(fake: FakeTwilio, transport: TwilioTransport) -> None:
    fake.fail_next(1, status=503)

    error = failure(transport)

    assert (error.kind, error.http_status) == ("transient", 503)
    assert fake.messages == []


def test_unsubscribed_recipient_21610_is_permanent_with_its_code(
    fake: FakeTwilio, transport: TwilioTransport
) -> None:
    fake.fail_next(1, status=400, code=21610)

    error = failure(transport)

    assert (error.kind, error.code, error.category) == ("permanent", 21610, "opted_out")
    assert PHONE not in str(error) and "0123" not in str(error)


@pytest.mark.parametrize(
    ("code", "category"),
    [(21211, "unreachable"), (21614, "unreachable"), (21635, "unreachable"), (30007, "filtered")],
)
def test_unreachable_and_filtered_codes_are_permanent(
    fake: FakeTwilio, transport: TwilioTransport, code: int, category: str
) -> None:
    fake.fail_next(1, status=400, code=code)

    error = failure(transport)

    assert (error.kind, error.code, error.category) == ("permanent", code, category)


@pytest.mark.parametrize("create", ["before", "after"])
def test_a_hang_returns_within_the_timeout_as_ambiguous_and_reconciliation_finds_it(
    fake: FakeTwilio, hasty_transport: TwilioTransport, create: str
) -> None:
    transport = hasty_transport
    fake.hang_next(1, seconds=1.0, create=create)  # type: ignore[arg-type]
    since = datetime.now(UTC) - timedelta(seconds=1)

    started = time.monotonic()
    error = failure(transport, body="Pain this morning: BETTER, SAME or WORSE?")
    elapsed = time.monotonic() - started

    assert error.kind == "ambiguous" and error.http_status is None
    assert elapsed < 0.9
    deadline = time.monotonic() + 3
    while not fake.messages and time.monotonic() < deadline:
        time.sleep(0.05)
    [found] = transport.sent_to_since(PHONE, since)
    assert found.body == "Pain this morning: BETTER, SAME or WORSE?"
    assert found.sid == fake.messages[0]["sid"]


def test_a_hang_that_never_reached_twilio_reconciles_to_nothing(
    fake: FakeTwilio, hasty_transport: TwilioTransport
) -> None:
    transport = hasty_transport
    fake.hang_next(1, seconds=0.8, create="never")

    assert failure(transport).kind == "ambiguous"
    assert transport.sent_to_since(PHONE, datetime.now(UTC) - timedelta(minutes=1)) == []


def test_connection_refused_is_transient_because_nothing_was_sent(fake: FakeTwilio) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    sender = make_transport(fake, api_base_url=f"http://127.0.0.1:{closed_port}")
    try:
        error = failure(sender)
    finally:
        sender.close()

    assert error.kind == "transient"


def test_wrong_credentials_are_a_permanent_auth_error(fake: FakeTwilio) -> None:
    sender = TwilioTransport(
        ACCOUNT,
        "wrong-token",
        messaging_service_sid=SERVICE,
        api_base_url=fake.url,
        timeout=ANSWER_TIMEOUT,
    )
    try:
        error = failure(sender)
    finally:
        sender.close()

    assert (error.kind, error.http_status, error.code) == ("permanent", 401, 20003)
    assert fake.messages == []


def test_sent_to_since_lists_only_that_number_from_that_instant(
    fake: FakeTwilio, transport: TwilioTransport
) -> None:
    fake.set_now(NOW - timedelta(hours=3))
    send(transport, body="old")
    fake.set_now(NOW)
    send(transport, body="new")
    transport.send("+13125550999", "someone else", status_callback=None, valid_until=None)

    found = transport.sent_to_since(PHONE, NOW - timedelta(minutes=5))

    assert [(r.body, r.status, r.date_created) for r in found] == [("new", "sent", NOW)]


def test_the_fake_pages_the_way_the_sdk_follows(
    fake: FakeTwilio, transport: TwilioTransport
) -> None:
    for n in range(5):
        send(transport, body=f"text {n}")

    listed = transport.client.messages.list(to=PHONE, page_size=2)

    assert [m.body for m in listed] == [f"text {n}" for n in reversed(range(5))]
    assert sum(c.method == "GET" for c in fake.calls) == 3


def test_the_sdk_logs_no_phone_numbers_at_info(
    transport: TwilioTransport, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO):
        send(transport)
        transport.sent_to_since(PHONE, NOW - timedelta(days=1))

    assert "5550123" not in caplog.text


def test_the_fake_can_be_driven_over_http_by_another_process(
    fake: FakeTwilio, transport: TwilioTransport
) -> None:
    with requests.Session() as http:
        http.post(f"{fake.url}/_fake/fail", data={"n": "1", "status": "400", "code": "21610"})
        assert failure(transport).code == 21610
        send(transport)
        created = http.get(f"{fake.url}/_fake/messages").json()
        http.post(f"{fake.url}/_fake/reset")
        assert http.get(f"{fake.url}/_fake/calls").json() == []

    assert len(created) == 1


def test_status_callbacks_are_signed_like_twilios(
    fake: FakeTwilio, transport: TwilioTransport
) -> None:
    received: list[tuple[str, dict[str, str], str]] = []

    @Request.application
    def status_hook(request: Request) -> Response:
        form = request.form.to_dict()
        received.append((request.url, form, request.headers.get("X-Twilio-Signature", "")))
        return Response("", 204)

    hook = make_server("127.0.0.1", 0, status_hook)
    serving = threading.Thread(target=hook.serve_forever, kwargs={"poll_interval": 0.05})
    serving.start()
    try:
        url = f"http://127.0.0.1:{hook.port}/sms/status"
        sid = send(transport, status_callback=url).provider_sid
        assert fake.deliver(sid, "undelivered", error_code=30003) == 204
    finally:
        hook.shutdown()
        serving.join()

    [(seen_url, form, signature)] = received
    assert RequestValidator(TOKEN).validate(seen_url, form, signature)
    assert (form["MessageStatus"], form["ErrorCode"], form["MessageSid"]) == (
        "undelivered",
        "30003",
        sid,
    )
    assert fake.messages[0]["status"] == "undelivered"


def test_stopping_the_fake_ends_a_hanging_call_and_leaves_no_thread() -> None:
    before = threading.active_count()
    fake = FakeTwilio(ACCOUNT, TOKEN).start()
    sender = make_transport(fake, timeout=HANG_TIMEOUT)
    fake.hang_next(1, seconds=30)
    with pytest.raises(SendError):
        send(sender)
    sender.close()

    started = time.monotonic()
    fake.stop()

    assert time.monotonic() - started < 2
    assert threading.active_count() == before


@pytest.mark.parametrize(
    ("code", "category"),
    [
        (21610, "opted_out"),
        (21211, "unreachable"),
        (30006, "unreachable"),
        (30007, "filtered"),
        (30003, "retry_limited"),
        (30005, "retry_limited"),
        (30008, "retry_limited"),
        (30036, "expired"),
        (12345, "other"),
    ],
)
def test_error_codes_fall_into_the_categories_the_dispatcher_acts_on(
    code: int, category: str
) -> None:
    assert classify_error_code(code) == category


def test_the_console_transport_masks_all_but_the_last_four_digits(
    capsys: pytest.CaptureFixture[str],
) -> None:
    console = ConsoleTransport(clock=lambda: NOW)

    result = console.send(PHONE, "Hi Ana 👍", status_callback=None, valid_until=None)

    assert capsys.readouterr().out == "[sms to …0123] Hi Ana 👍\n"
    assert re.fullmatch(r"SMconsole[0-9a-f]{32}", result.provider_sid)
    assert (result.status, result.segments) == ("sent", 1)
    assert [r.sid for r in console.sent_to_since(PHONE, NOW)] == [result.provider_sid]


def test_config_picks_the_console_by_default_and_twilio_when_asked(fake: FakeTwilio) -> None:
    assert isinstance(transport_from_config({}), ConsoleTransport)
    configured = transport_from_config(
        {
            "SMS_BACKEND": "twilio",
            "TWILIO_ACCOUNT_SID": ACCOUNT,
            "TWILIO_AUTH_TOKEN": TOKEN,
            "TWILIO_FROM_NUMBER": "+13125550100",
            "TWILIO_API_BASE_URL": fake.url,
            "TWILIO_HTTP_TIMEOUT": "0.5",
        }
    )
    assert isinstance(configured, TwilioTransport)
    try:
        configured.send(PHONE, "hello", status_callback=None, valid_until=None)
    finally:
        configured.close()
    assert fake.calls[0].form["From"] == "+13125550100"
    with pytest.raises(ValueError, match="TWILIO_AUTH_TOKEN"):
        transport_from_config({"SMS_BACKEND": "twilio", "TWILIO_ACCOUNT_SID": ACCOUNT})
