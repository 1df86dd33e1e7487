"""A clinician's own text: who may be texted, its limits, exactly once, quiet hours, the budget."""

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from companion.extensions import db
from companion.models import (
    Alert,
    AlertStatus,
    AuditEvent,
    ConsentEvent,
    ConsentKind,
    ConsentMethod,
    Direction,
    Message,
    MessageStatus,
    Patient,
    PatientStatus,
    Severity,
    Therapist,
)
from companion.sms import DAILY_BUDGET
from companion.therapist_texts import (
    THERAPIST_MESSAGE,
    Queued,
    Refused,
    local_clock,
    open_questions,
    text_patient,
)
from messaging.dispatch import dispatch_due
from messaging.outbox import enqueue
from messaging.transports import ConsoleTransport
from tests.builders import make_patient, make_therapist
from tests.sms import text

NOW = datetime(2026, 11, 24, 16, 0, tzinfo=UTC)  # Tuesday 10:00 in Chicago
LATE = datetime(2026, 11, 24, 4, 0, tzinfo=UTC)  # Monday 22:00 in Chicago: quiet hours
ANSWER = "Yes, 30 lb is fine if pain stays under 5. Keep the lifts slow."
PHONE = "+13125550142"


@pytest.fixture
def therapist(app: Flask) -> Therapist:
    return make_therapist(name="Sam Rivera")


@pytest.fixture
def ana(therapist: Therapist) -> Patient:
    return make_patient(therapist, first_name="Ana", phone=PHONE)


def ask(patient: Patient, words: str = "can I go up to 30 lb?", kind: str = "question") -> Alert:
    alert = Alert(
        patient_id=patient.id,
        kind=kind,
        severity=Severity.WATCH,
        evidence={"text": words},
        created_at=NOW - timedelta(hours=2),
    )
    db.session.add(alert)
    db.session.commit()
    return alert


def send(
    therapist: Therapist,
    patient: Patient,
    body: str = ANSWER,
    token: str | None = None,
    resolve: int | None = None,
    now: datetime = NOW,
) -> Queued:
    return text_patient(therapist, patient, body, token or uuid.uuid4().hex, resolve, now)


def outbound() -> list[Message]:
    return list(
        db.session.scalars(
            select(Message).where(Message.direction == Direction.OUTBOUND).order_by(Message.id)
        )
    )


def audit_actions() -> list[str]:
    return list(db.session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def dispatch(now: datetime) -> dict[str, int]:
    return dispatch_due(ConsoleTransport(lambda: now), now).counts


def test_a_text_is_queued_with_its_own_purpose_and_audited_with_its_author(
    therapist: Therapist, ana: Patient
) -> None:
    queued = send(therapist, ana)

    [message] = outbound()
    assert (message.body, message.purpose, message.status) == (
        ANSWER,
        THERAPIST_MESSAGE,
        MessageStatus.QUEUED,
    )
    assert message.phone == PHONE and message.patient_id == ana.id and message.segments == 1
    event = db.session.scalars(select(AuditEvent)).one()
    assert (event.action, event.actor_id) == ("patient.text", therapist.id)
    assert event.patient_id == ana.id
    assert event.detail == {"message_id": message.id}
    assert queued == Queued(again=False, segments=1, goes_at=None)


def test_the_same_form_token_twice_queues_one_text_and_one_audit_row(
    therapist: Therapist, ana: Patient
) -> None:
    token = uuid.uuid4().hex

    first = send(therapist, ana, token=token)
    second = send(therapist, ana, token=token)

    assert len(outbound()) == 1 and audit_actions() == ["patient.text"]
    assert (first.again, second.again) == (False, True)


def test_a_stopped_patient_is_refused_and_nothing_is_written(
    therapist: Therapist, ana: Patient
) -> None:
    ana.status = PatientStatus.STOPPED
    db.session.commit()

    with pytest.raises(Refused, match="texted STOP") as refused:
        send(therapist, ana)

    assert refused.value.field == "body"
    assert outbound() == [] and audit_actions() == []


def test_a_patient_without_consent_is_refused_and_nothing_is_written(
    therapist: Therapist, ana: Patient
) -> None:
    ana.consent_events.append(
        ConsentEvent(kind=ConsentKind.REVOKED, method=ConsentMethod.VERBAL, at=NOW)
    )
    db.session.commit()

    with pytest.raises(Refused, match="No consent"):
        send(therapist, ana)

    assert outbound() == [] and audit_actions() == []


@pytest.mark.parametrize("reason", ["therapist", "red_flag"])
def test_a_patient_whose_programme_texts_are_paused_may_still_be_texted_and_it_goes(
    therapist: Therapist, ana: Patient, reason: str
) -> None:
    ana.pause(reason)
    db.session.commit()
    send(therapist, ana)
    enqueue(phone=PHONE, body="Hi Ana, today: lifts", dedupe_key="plan:x", now=NOW, purpose="plan",
            patient_id=ana.id)  # fmt: skip
    db.session.commit()

    dispatch(NOW)

    assert {m.purpose: m.status for m in outbound()} == {
        THERAPIST_MESSAGE: MessageStatus.SENT,
        "plan": MessageStatus.CANCELLED,  # the pause still holds the programme's texts
    }


def test_a_patient_paused_for_failed_deliveries_is_refused(
    therapist: Therapist, ana: Patient
) -> None:
    ana.pause("undeliverable")
    db.session.commit()

    with pytest.raises(Refused, match="check the number"):
        send(therapist, ana)

    assert outbound() == []


def test_a_stop_after_queueing_cancels_the_text_at_send_time(
    therapist: Therapist, ana: Patient
) -> None:
    send(therapist, ana)
    ana.status = PatientStatus.STOPPED
    db.session.commit()

    assert dispatch(NOW) == {"cancelled": 1}


@pytest.mark.parametrize("body", ["", "   \n "])
def test_an_empty_text_is_refused_at_the_body(
    therapist: Therapist, ana: Patient, body: str
) -> None:
    with pytest.raises(Refused, match="Write the text") as refused:
        send(therapist, ana, body=body)

    assert refused.value.field == "body" and outbound() == []


def test_a_text_longer_than_three_segments_is_refused_with_its_count(
    therapist: Therapist, ana: Patient
) -> None:
    with pytest.raises(Refused, match="4 SMS segments; at most 3"):
        send(therapist, ana, body="x" * 460)
    with pytest.raises(Refused, match="4 SMS segments"):  # emoji: 67 a segment
        send(therapist, ana, body="👍" + "x" * 200)

    assert send(therapist, ana, body="x" * 459).segments == 3


def test_typographic_punctuation_is_sent_in_gsm7(therapist: Therapist, ana: Patient) -> None:
    send(therapist, ana, body="  That’s fine – “slow” lifts  ")

    [message] = outbound()
    assert message.body == 'That\'s fine - "slow" lifts' and message.segments == 1


def test_in_quiet_hours_the_text_waits_for_the_morning_and_says_when(
    therapist: Therapist, ana: Patient
) -> None:
    queued = send(therapist, ana, now=LATE)
    eight_am = datetime(2026, 11, 24, 14, 0, tzinfo=UTC)

    assert queued.goes_at == eight_am
    assert local_clock(eight_am, ana) == "08:00"
    assert dispatch(LATE) == {}
    assert dispatch(eight_am) == {"sent": 1}


def started(patient: Patient, count: int, at: datetime) -> None:
    """`count` automated texts already sent to the patient today."""
    db.session.add_all(
        Message(direction=Direction.OUTBOUND, status=MessageStatus.SENT, phone=patient.phone,
                body="Hi Ana", purpose="plan", patient_id=patient.id, sent_at=at)
        for _ in range(count)
    )  # fmt: skip
    db.session.commit()


def test_the_daily_budget_does_not_hold_back_a_therapist_text(
    therapist: Therapist, ana: Patient
) -> None:
    started(ana, DAILY_BUDGET, NOW - timedelta(hours=1))
    send(therapist, ana)
    enqueue(phone=PHONE, body="Reminder", dedupe_key="remind:x", now=NOW, purpose="remind",
            patient_id=ana.id)  # fmt: skip
    db.session.commit()

    dispatch(NOW)

    statuses = {m.purpose: m.status for m in outbound() if m.purpose != "plan"}
    assert statuses == {THERAPIST_MESSAGE: MessageStatus.SENT, "remind": MessageStatus.CANCELLED}


def test_a_therapist_text_does_not_use_up_the_daily_budget(
    therapist: Therapist, ana: Patient
) -> None:
    started(ana, DAILY_BUDGET - 1, NOW - timedelta(hours=1))
    send(therapist, ana, now=NOW - timedelta(minutes=30))
    dispatch(NOW - timedelta(minutes=30))
    enqueue(phone=PHONE, body="Reminder", dedupe_key="remind:x", now=NOW, purpose="remind",
            patient_id=ana.id)  # fmt: skip
    db.session.commit()

    assert dispatch(NOW) == {"sent": 1}  # the last automated text of the day still fits


def test_ticking_resolve_closes_the_question_in_the_same_commit_audited(
    therapist: Therapist, ana: Patient
) -> None:
    question = ask(ana)

    send(therapist, ana, resolve=question.id)

    db.session.expire_all()
    alert = db.session.get(Alert, question.id)
    assert alert is not None and alert.status == AlertStatus.RESOLVED
    assert alert.resolved_by_id == therapist.id and alert.resolved_at == NOW
    assert audit_actions() == ["patient.text", "alert.resolve"]


def test_a_refused_text_leaves_the_question_open(therapist: Therapist, ana: Patient) -> None:
    question = ask(ana)
    ana.status = PatientStatus.STOPPED
    db.session.commit()

    with pytest.raises(Refused):
        send(therapist, ana, resolve=question.id)

    db.session.expire_all()
    assert db.session.get(Alert, question.id).status == AlertStatus.OPEN  # type: ignore[union-attr]
    assert audit_actions() == []


def test_only_this_patients_question_or_unclear_text_can_be_resolved(
    therapist: Therapist, ana: Patient
) -> None:
    other = make_patient(therapist, first_name="Luis")
    theirs = ask(other)
    pain = ask(ana, kind="pain_above_baseline")
    unclear = ask(ana, kind="unclear_reply")
    elsewhere = ask(make_patient(make_therapist(), first_name="Zeb"))

    for alert in (theirs, pain, elsewhere):
        send(therapist, ana, resolve=alert.id)
    send(therapist, ana, resolve=unclear.id)

    db.session.expire_all()
    statuses = db.session.execute(select(Alert.kind, Alert.patient_id, Alert.status)).all()
    resolved = [(kind, pid) for kind, pid, status in statuses if status == AlertStatus.RESOLVED]
    assert resolved == [("unclear_reply", ana.id)]


def test_the_patient_answers_the_therapist_through_the_normal_conversation(
    client: FlaskClient, therapist: Therapist, ana: Patient
) -> None:
    send(therapist, ana, resolve=ask(ana).id)

    assert dispatch(NOW) == {"sent": 1}
    reply = text(client, PHONE, "ok thanks")

    assert reply.status_code == 200 and reply.data.startswith(b"<?xml")
    inbound = db.session.scalars(
        select(Message).where(Message.direction == Direction.INBOUND)
    ).one()
    assert inbound.status == MessageStatus.HANDLED and inbound.patient_id == ana.id
    unresolved = select(func.count()).select_from(Alert).where(Alert.status != AlertStatus.RESOLVED)
    assert db.session.scalar(unresolved) == 0  # "ok thanks" is no new question


def test_open_questions_offer_the_patients_question_before_a_later_unclear_reply(
    ana: Patient,
) -> None:
    ask(ana, "is ice ok?").status = AlertStatus.RESOLVED
    db.session.commit()
    question = ask(ana, "can I go up to 30 lb?")
    unclear = ask(ana, "idk maybe", kind="unclear_reply")
    unclear.created_at = NOW - timedelta(minutes=5)  # the newer of the two
    db.session.commit()

    assert [a.id for a in open_questions(ana.id)] == [question.id, unclear.id]
