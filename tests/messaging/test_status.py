"""Status callbacks: status only moves forward, early callbacks are kept, failures classified."""

from datetime import UTC, datetime, timedelta

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select

from companion.extensions import db
from companion.models import Alert, Message, MessageStatus, PatientStatus, Severity
from messaging import status
from messaging.outbox import enqueue
from tests.builders import make_patient
from tests.sms import signed_post

NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)


def sent_message(patient_id: int, phone: str, sid: str, key: str = "plan:1") -> Message:
    enqueue(phone=phone, body="Hi Ana", dedupe_key=key, now=NOW, patient_id=patient_id)
    message = db.session.scalars(select(Message).where(Message.dedupe_key == key)).one()
    message.status, message.provider_sid = MessageStatus.SENT, sid
    db.session.commit()
    return message


def callback(client: FlaskClient, sid: str, state: str, code: int | None = None) -> int:
    form = {
        "AccountSid": "AC" + "0" * 32,
        "MessageSid": sid,
        "MessageStatus": state,
        "To": "+13125550142",
        "From": "+13125550100",
    }
    if code:
        form["ErrorCode"] = str(code)
    return signed_post(client, "/sms/status", form).status_code


def test_status_only_moves_forward_through_late_and_duplicate_callbacks(
    client: FlaskClient,
) -> None:
    patient = make_patient()
    message = sent_message(patient.id, patient.phone, "SM1")

    codes = [callback(client, "SM1", s) for s in ["delivered", "sent", "queued"]]
    codes += [callback(client, "SM1", "delivered") for _ in range(10)]

    assert set(codes) == {200}
    db.session.expire_all()
    assert message.status == MessageStatus.DELIVERED


def test_a_callback_that_beats_our_commit_is_applied_when_the_send_is_recorded(
    client: FlaskClient,
) -> None:
    patient = make_patient()
    assert callback(client, "SM-early", "delivered") == 200

    message = sent_message(patient.id, patient.phone, "SM-early")
    status.apply_early_events(["SM-early"], NOW)

    assert message.status == MessageStatus.DELIVERED


@pytest.mark.parametrize("code", [30003, 30005, 30008])
def test_a_carrier_failure_is_retried_at_most_twice_five_minutes_apart(
    client: FlaskClient, code: int
) -> None:
    patient = make_patient()
    first = sent_message(patient.id, patient.phone, "SM-a")

    callback(client, "SM-a", "undelivered", code)
    retries = db.session.scalars(select(Message).where(Message.retry_of_id == first.id)).all()
    assert len(retries) == 1 and retries[0].next_attempt_at is not None
    assert retries[0].next_attempt_at - retries[0].created_at >= timedelta(minutes=5)

    for n, sid in enumerate(["SM-b", "SM-c"]):
        retry = db.session.scalars(
            select(Message).where(Message.retry_of_id == first.id).order_by(Message.id)
        ).all()[n]
        retry.status, retry.provider_sid = MessageStatus.SENT, sid
        db.session.commit()
        callback(client, sid, "undelivered", code)

    retries = db.session.scalars(select(Message).where(Message.retry_of_id == first.id)).all()
    assert len(retries) == 2


def test_three_undelivered_texts_in_a_row_pause_texting_and_flag_the_patient(
    client: FlaskClient,
) -> None:
    patient = make_patient()
    for n in range(3):
        sent_message(patient.id, patient.phone, f"SM{n}", key=f"plan:{n}")
        callback(client, f"SM{n}", "undelivered", 30006)

    db.session.expire_all()
    assert patient.status == PatientStatus.PAUSED and patient.paused_reason == "undeliverable"
    [alert] = db.session.scalars(select(Alert)).all()
    assert (alert.kind, alert.severity) == ("undelivered_texts", Severity.WATCH)


def test_two_undelivered_then_one_delivered_does_not_pause(client: FlaskClient) -> None:
    patient = make_patient()
    for n, outcome in enumerate(["undelivered", "undelivered", "delivered"]):
        sent_message(patient.id, patient.phone, f"SM{n}", key=f"plan:{n}")
        callback(client, f"SM{n}", outcome, 30006 if outcome == "undelivered" else None)

    db.session.expire_all()
    assert patient.status == PatientStatus.ACTIVE


def test_21610_in_a_callback_opts_the_patient_out(client: FlaskClient) -> None:
    patient = make_patient()
    sent_message(patient.id, patient.phone, "SM1")

    callback(client, "SM1", "failed", 21610)

    db.session.expire_all()
    assert patient.status == PatientStatus.STOPPED
