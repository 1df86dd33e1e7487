"""Alerts from the rules, in the database: deduplicated, upgraded, resolved, escalated."""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from companion.extensions import db
from companion.models import (
    Alert,
    AlertStatus,
    CheckIn,
    Completion,
    DayOutcome,
    Message,
    PatientStatus,
    ProgramDay,
    Severity,
)
from companion.monitoring.evaluate import evaluate_checkin, evaluate_settled_days
from tests.builders import make_patient, make_therapist

pytestmark = pytest.mark.usefixtures("app")

NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)  # noon in Chicago
TODAY = date(2026, 11, 23)


def alerts() -> list[Alert]:
    return list(db.session.scalars(select(Alert).order_by(Alert.id)))


def test_pain_of_8_raises_one_urgent_alert_pauses_texts_and_pages_the_therapist() -> None:
    patient = make_patient(make_therapist(phone="+13125550999"))
    db.session.add(CheckIn(patient_id=patient.id, local_date=TODAY, pain=8))

    evaluate_checkin(patient, NOW)
    evaluate_checkin(patient, NOW + timedelta(minutes=5))
    db.session.commit()

    [alert] = [a for a in alerts() if a.kind == "pain_urgent"]
    assert alert.severity == Severity.URGENT and alert.evidence["pain"] == 8
    assert patient.status == PatientStatus.PAUSED
    pages = db.session.scalars(select(Message).where(Message.purpose == "therapist_alert")).all()
    assert len(pages) == 1


def test_an_alert_fires_again_only_after_the_first_is_resolved() -> None:
    patient = make_patient()
    db.session.add(
        CheckIn(patient_id=patient.id, local_date=TODAY, completion=Completion.DONE, pain=6)
    )
    evaluate_checkin(patient, NOW)
    alerts()[0].resolve(patient.therapist_id, NOW)
    db.session.commit()

    evaluate_checkin(patient, NOW + timedelta(hours=1))

    assert [(a.kind, a.status) for a in alerts()] == [
        ("pain_after_session", AlertStatus.RESOLVED),
        ("pain_after_session", AlertStatus.OPEN),
    ]


def settle(patient_id: int, days_ago: list[int], outcome: str = "silent") -> None:
    for ago in days_ago:
        db.session.add(
            ProgramDay(
                patient_id=patient_id,
                outcome=DayOutcome(outcome),
                local_date=TODAY - timedelta(days=ago),
            )
        )
    db.session.commit()


def test_silence_is_watched_then_raised_to_high_then_resolves_when_the_patient_is_back() -> None:
    patient = make_patient()
    settle(patient.id, [2, 1])
    evaluate_settled_days(NOW, [patient.id])
    assert [(a.kind, a.severity) for a in alerts()] == [("silent_days", Severity.WATCH)]

    settle(patient.id, [4, 3])
    evaluate_settled_days(NOW, [patient.id])
    assert [(a.kind, a.severity) for a in alerts()] == [("silent_days", Severity.HIGH)]

    db.session.add(ProgramDay(patient_id=patient.id, local_date=TODAY, outcome=DayOutcome.DONE))
    db.session.commit()
    evaluate_settled_days(NOW + timedelta(days=1), [])
    assert alerts()[0].status == AlertStatus.RESOLVED and alerts()[0].resolved_by_id is None
