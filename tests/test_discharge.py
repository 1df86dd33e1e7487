"""Discharge: the programme ends with its outcome, texts stop but for one farewell, and a red
flag texted afterwards still reaches the clinic."""

from datetime import UTC, date, datetime, timedelta

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select

from companion.discharge import DischargeError, clinic_outcomes, discharge
from companion.extensions import db
from companion.models import (
    Alert,
    AlertStatus,
    AuditEvent,
    CheckIn,
    ConsentKind,
    DischargeOutcome,
    Message,
    MessageStatus,
    Patient,
    PatientStatus,
    ProgramDay,
    Severity,
    Therapist,
)
from companion.planning import close_days, plan_due, remind_due
from companion.sms import CompanionHooks, opt_out
from companion.therapist_texts import Refused, text_patient
from messaging.db import utcnow
from messaging.outbox import enqueue
from scheduler import jobs
from tests.builders import make_patient, make_therapist
from tests.sms import replies, text

pytestmark = pytest.mark.usefixtures("app")

# Tuesday 24 November 2026, 15:00 in Chicago.
NOW = datetime(2026, 11, 24, 21, 0, tzinfo=UTC)
TOMORROW_MORNING = datetime(2026, 11, 25, 14, 30, tzinfo=UTC)  # 08:30 in Chicago


def alert(patient: Patient, kind: str, severity: Severity) -> Alert:
    row = Alert(patient_id=patient.id, kind=kind, severity=severity, evidence={}, created_at=NOW)
    db.session.add(row)
    db.session.commit()
    return row


def texts(patient: Patient, purpose: str | None = None) -> list[Message]:
    query = select(Message).where(Message.phone == patient.phone).order_by(Message.id)
    if purpose is not None:
        query = query.where(Message.purpose == purpose)
    return list(db.session.scalars(query))


def test_discharge_ends_the_programme_today_with_its_outcome_audited() -> None:
    patient = make_patient()
    therapist = db.session.get_one(Therapist, patient.therapist_id)

    discharge(therapist, patient, DischargeOutcome.MODIFIED_DUTY, NOW)

    assert patient.status == PatientStatus.DISCHARGED
    assert patient.discharged_at == NOW
    assert patient.discharge_outcome == DischargeOutcome.MODIFIED_DUTY
    assert patient.program is not None and patient.program.end_date == date(2026, 11, 24)
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "patient.discharge"))
    assert event is not None and event.actor_id == therapist.id
    assert event.detail["outcome"] == "modified_duty"


def test_queued_texts_are_cancelled_and_one_farewell_without_health_details_is_queued() -> None:
    patient = make_patient(first_name="Rosa")
    enqueue(phone=patient.phone, body="Hi Rosa, today: 1) lifts", dedupe_key="plan:x",
            now=NOW, patient_id=patient.id, purpose="plan")  # fmt: skip
    db.session.commit()

    discharge(patient.therapist, patient, DischargeOutcome.FULL_DUTY, NOW)

    [plan] = texts(patient, "plan")
    assert plan.status == MessageStatus.CANCELLED
    [farewell] = texts(patient, "discharge")
    assert farewell.status == MessageStatus.QUEUED
    assert "Rosa" in farewell.body and "ended" in farewell.body
    assert "duty" not in farewell.body.lower()  # the outcome is for the clinic, not the text


def test_the_farewell_may_be_sent_after_discharge_and_nothing_else_may() -> None:
    patient = make_patient()
    discharge(patient.therapist, patient, DischargeOutcome.FULL_DUTY, NOW)
    enqueue(phone=patient.phone, body="a late plan", dedupe_key="plan:late", now=NOW,
            patient_id=patient.id, purpose="plan")  # fmt: skip
    db.session.commit()
    [farewell], [plan] = texts(patient, "discharge"), texts(patient, "plan")

    recipients = CompanionHooks().recipients([farewell, plan], NOW)

    assert recipients[farewell.id].may_text
    assert not recipients[plan.id].may_text


def test_a_patient_who_texted_stop_gets_no_farewell() -> None:
    patient = make_patient()
    opt_out(patient, patient.consent_events[0].method, NOW)
    db.session.commit()

    discharge(patient.therapist, patient, DischargeOutcome.WITHDREW, NOW)

    assert texts(patient, "discharge") == []
    assert patient.status == PatientStatus.DISCHARGED


def test_an_open_urgent_alert_must_be_dealt_with_before_discharge() -> None:
    patient = make_patient()
    alert(patient, "red_flag:neuro", Severity.URGENT)

    with pytest.raises(DischargeError, match="urgent"):
        discharge(patient.therapist, patient, DischargeOutcome.FULL_DUTY, NOW)

    db.session.rollback()
    assert db.session.get_one(Patient, patient.id).status == PatientStatus.ACTIVE
    assert texts(patient) == []


def test_lesser_open_alerts_are_resolved_by_the_discharging_therapist() -> None:
    patient = make_patient()
    question = alert(patient, "question", Severity.WATCH)
    silence = alert(patient, "silent_days", Severity.HIGH)

    discharge(patient.therapist, patient, DischargeOutcome.NOT_RETURNED, NOW)

    for row in (question, silence):
        assert row.status == AlertStatus.RESOLVED
        assert row.resolved_by_id == patient.therapist_id


def test_a_patient_is_discharged_once() -> None:
    patient = make_patient()
    discharge(patient.therapist, patient, DischargeOutcome.FULL_DUTY, NOW)

    with pytest.raises(DischargeError, match="already"):
        discharge(patient.therapist, patient, DischargeOutcome.WITHDREW, NOW)


def test_after_discharge_no_plan_reminder_or_settled_day_follows() -> None:
    patient = make_patient()
    make_patient(patient.therapist)  # an active patient in the same zone keeps the zone in use
    discharge(patient.therapist, patient, DischargeOutcome.FULL_DUTY, NOW)

    plan_due(TOMORROW_MORNING)
    remind_due(TOMORROW_MORNING + timedelta(hours=10))
    close_days(TOMORROW_MORNING)

    assert texts(patient, "plan") == texts(patient, "remind") == []
    days = db.session.scalars(select(ProgramDay).where(ProgramDay.patient_id == patient.id))
    assert list(days) == []  # the discharge day is not settled as missed


def test_a_discharged_patients_report_is_not_recorded_and_they_are_told_whom_to_call(
    client: FlaskClient,
) -> None:
    patient = make_patient(first_name="Luis")
    discharge(patient.therapist, patient, DischargeOutcome.FULL_DUTY, NOW)

    answer = " ".join(replies(client, patient.phone, "did em all, back is like a 3"))

    assert "Luis" in answer and "ended" in answer and "(312) 555-0100" in answer
    assert db.session.scalars(select(CheckIn)).all() == []


def test_a_red_flag_from_a_discharged_patient_gets_the_safety_answer_and_an_urgent_alert(
    client: FlaskClient,
) -> None:
    patient = make_patient()
    discharge(patient.therapist, patient, DischargeOutcome.FULL_DUTY, NOW)

    [answer] = replies(client, patient.phone, "crushing chest pain since this morning")
    jobs.dispatch(utcnow())

    assert "911" in answer
    [sent] = db.session.scalars(select(Message).where(Message.purpose == "reply"))
    assert sent.status == MessageStatus.SENT  # a discharged patient's own text is answered
    [flag] = db.session.scalars(select(Alert).where(Alert.patient_id == patient.id))
    assert (flag.kind, flag.severity) == ("red_flag:cardiac_resp", Severity.URGENT)
    assert db.session.get_one(Patient, patient.id).status == PatientStatus.DISCHARGED


def test_stop_after_discharge_is_kept_in_the_ledger_and_the_patient_stays_discharged(
    client: FlaskClient,
) -> None:
    patient = make_patient()
    discharge(patient.therapist, patient, DischargeOutcome.FULL_DUTY, NOW)

    text(client, patient.phone, "STOP")

    db.session.expire_all()
    patient = db.session.get_one(Patient, patient.id)
    assert patient.status == PatientStatus.DISCHARGED
    assert patient.consent_events[-1].kind == ConsentKind.REVOKED
    assert all(m.status != MessageStatus.QUEUED for m in texts(patient, "discharge"))


def test_help_after_discharge_still_gives_the_clinics_number(client: FlaskClient) -> None:
    patient = make_patient()
    discharge(patient.therapist, patient, DischargeOutcome.FULL_DUTY, NOW)

    answer = text(client, patient.phone, "HELP").get_data(as_text=True)

    assert "(312) 555-0100" in answer and "STOP" in answer


def test_the_return_to_work_rate_counts_the_clinics_last_year_only() -> None:
    therapist = make_therapist()
    outcomes = [DischargeOutcome.FULL_DUTY, DischargeOutcome.MODIFIED_DUTY,
                DischargeOutcome.NOT_RETURNED, DischargeOutcome.WITHDREW]  # fmt: skip
    for outcome in outcomes:
        discharge(therapist, make_patient(therapist), outcome, NOW)
    discharge(therapist, make_patient(therapist), DischargeOutcome.WITHDREW, NOW - timedelta(400))
    discharge(make_therapist(), make_patient(), DischargeOutcome.WITHDREW, NOW)  # another clinic

    summary = clinic_outcomes(therapist.clinic_id, NOW)

    assert len(summary.patients) == 4
    assert summary.returned_to_work == 2 and summary.rate == 0.5
    assert summary.counts[DischargeOutcome.WITHDREW] == 1


def test_before_any_discharge_there_is_no_rate() -> None:
    assert clinic_outcomes(make_therapist().clinic_id, NOW).rate is None


def test_the_care_team_cannot_text_a_discharged_patient() -> None:
    patient = make_patient()
    discharge(patient.therapist, patient, DischargeOutcome.FULL_DUTY, NOW)

    with pytest.raises(Refused, match="discharged"):
        text_patient(patient.therapist, patient, "How is work going?", "a" * 32, None, NOW)
