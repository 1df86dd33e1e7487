"""Correcting a patient after enrolment (companion.patient_details): checked, audited, and
holding from the next text."""

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from flask import Flask
from sqlalchemy import select

from companion.extensions import db
from companion.models import AuditEvent, Language, Message, MessageStatus, Patient, Role
from companion.patient_details import PatientError, details_of, edit_patient
from companion.planning import plan_due
from messaging.outbox import enqueue
from tests.builders import make_clinic, make_patient, make_therapist

NOW = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)  # Monday afternoon in Chicago
TUESDAY_PLAN = datetime(2026, 11, 24, 14, 5, tzinfo=UTC)  # 08:05 in Chicago


def edits() -> list[AuditEvent]:
    return list(db.session.scalars(select(AuditEvent).where(AuditEvent.action == "patient.edit")))


def test_a_new_number_and_language_hold_from_the_next_plan(app: Flask) -> None:
    patient = make_patient(first_name="Marcus", phone="+13125550143")
    new = replace(details_of(patient), phone="+17735550199", language=Language.ES)

    changed = edit_patient(patient.therapist, patient, new, NOW)
    plan_due(TUESDAY_PLAN)

    assert changed == ["phone", "language"]
    plan = db.session.scalars(select(Message).where(Message.purpose == "plan")).one()
    assert (plan.phone, plan.body[:18]) == ("+17735550199", "Hola Marcus, hoy: ")
    [audit] = edits()
    assert audit.detail == {"changed": ["phone", "language"], "language": ["en", "es"]}


def test_texts_still_queued_follow_the_patient_to_the_new_number(app: Flask) -> None:
    patient = make_patient(phone="+13125550143")
    enqueue(phone=patient.phone, body="Hi", dedupe_key="x:1", now=NOW, patient_id=patient.id)
    db.session.commit()

    edit_patient(
        patient.therapist, patient, replace(details_of(patient), phone="+17735550199"), NOW
    )

    queued = db.session.scalars(select(Message).where(Message.status == MessageStatus.QUEUED))
    assert [m.phone for m in queued] == ["+17735550199"]


def test_a_number_in_use_is_refused_and_nothing_is_written(app: Flask) -> None:
    mine = make_patient(first_name="Ana", last_initial="R", phone="+13125550142")
    patient = make_patient(therapist=mine.therapist, first_name="Marcus", phone="+13125550143")
    elsewhere = make_patient(phone="+13125550144")  # another clinic's patient
    colleague = make_therapist(clinic=mine.clinic, phone="+13125550145")
    details = replace(details_of(patient), first_name="Marc")

    refusals = []
    for taken in (mine.phone, elsewhere.phone, colleague.phone):
        with pytest.raises(PatientError) as refused:
            edit_patient(mine.therapist, patient, replace(details, phone=taken), NOW)
        refusals.append((refused.value.field, str(refused.value)))

    assert refusals == [
        ("phone", "Ana R. is enrolled with this number."),
        ("phone", "This number cannot be used: check it with the patient."),  # no more said
        ("phone", f"This is {colleague.name}'s mobile for urgent alerts."),
    ]
    db.session.expire_all()
    assert db.session.get_one(Patient, patient.id).first_name == "Marcus"
    assert edits() == []


def test_another_clinics_therapist_or_job_is_refused(app: Flask) -> None:
    patient = make_patient()
    other = make_therapist(clinic=make_clinic())
    admin = make_therapist(clinic=patient.clinic, role=Role.ADMIN)

    for field, value in (("therapist_id", other.id), ("therapist_id", admin.id)):
        with pytest.raises(PatientError) as refused:
            edit_patient(admin, patient, replace(details_of(patient), **{field: value}), NOW)
        assert refused.value.field == field
    assert edits() == []


def test_a_change_of_therapist_and_zone_is_audited_by_who_made_it(app: Flask) -> None:
    patient = make_patient()
    first, colleague = patient.therapist_id, make_therapist(clinic=patient.clinic)
    new = replace(details_of(patient), therapist_id=colleague.id, timezone="America/Denver")

    edit_patient(colleague, patient, new, NOW)
    unchanged = edit_patient(colleague, patient, new, NOW)

    [audit] = edits()
    assert unchanged == []
    assert (audit.actor_id, audit.patient_id) == (colleague.id, patient.id)
    assert audit.detail["therapist_id"] == [first, colleague.id]
    assert audit.detail["timezone"] == ["America/Chicago", "America/Denver"]
