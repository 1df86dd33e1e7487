"""The plateau alert in the database: raised once, not while progressing, resolved by a step up."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from companion.extensions import db
from companion.models import Alert, AlertStatus, Patient, Severity
from companion.monitoring.evaluate import evaluate_plateaus
from tests.programs.builders import MONDAY, approved_change, at, job_patient, report

pytestmark = pytest.mark.usefixtures("app")

DAY_20 = MONDAY + timedelta(days=20)


def plateaus() -> list[tuple[Severity, AlertStatus]]:
    alerts = db.session.scalars(select(Alert).where(Alert.kind == "plateau").order_by(Alert.id))
    return [(a.severity, a.status) for a in alerts]


def same_dose_every_workday(patient: Patient, days: int, pain: int = 3) -> None:
    for n in range(days):
        day = MONDAY + timedelta(days=n)
        if day.weekday() < 5:
            report(patient, day, pain=pain)


def test_three_weeks_at_the_same_dose_raise_one_watch_alert_with_its_evidence() -> None:
    patient = job_patient(load=20)
    same_dose_every_workday(patient, 20)

    evaluate_plateaus(at(DAY_20), [patient.id])
    evaluate_plateaus(at(DAY_20 + timedelta(days=1)), [patient.id])

    assert plateaus() == [(Severity.WATCH, AlertStatus.OPEN)]
    evidence = db.session.scalar(select(Alert.evidence).where(Alert.kind == "plateau"))
    assert evidence["days_without_progress"] == 20 and evidence["readiness"] == 0.4


def test_a_step_up_approved_within_two_weeks_is_progress() -> None:
    patient = job_patient(load=20)
    same_dose_every_workday(patient, 20)
    approved_change(patient, DAY_20 - timedelta(days=6), 20, 22.5)

    evaluate_plateaus(at(DAY_20), [patient.id])

    assert plateaus() == []


def test_a_dose_newly_tolerated_is_a_readiness_gain_even_without_a_step_up() -> None:
    patient = job_patient(load=20)
    same_dose_every_workday(patient, 10, pain=7)  # done, but too painful to count
    for n in range(10, 20):
        if (MONDAY + timedelta(days=n)).weekday() < 5:
            report(patient, MONDAY + timedelta(days=n), pain=3)

    evaluate_plateaus(at(DAY_20), [patient.id])

    assert plateaus() == []


def test_a_programme_younger_than_two_weeks_is_not_a_plateau() -> None:
    patient = job_patient(load=20)
    same_dose_every_workday(patient, 12)

    evaluate_plateaus(at(MONDAY + timedelta(days=12)), [patient.id])

    assert plateaus() == []


def test_the_plateau_resolves_itself_once_a_step_up_is_approved() -> None:
    patient = job_patient(load=20)
    same_dose_every_workday(patient, 20)
    evaluate_plateaus(at(DAY_20), [patient.id])
    approved_change(patient, DAY_20, 20, 22.5)

    evaluate_plateaus(at(DAY_20 + timedelta(days=1)), [])  # open alerts are looked at anyway

    assert plateaus() == [(Severity.WATCH, AlertStatus.RESOLVED)]


def test_a_day_settling_more_patients_than_one_statement_takes_still_finds_the_plateau() -> None:
    patient = job_patient(load=20)
    same_dose_every_workday(patient, 20)
    settled_ids = [*range(1_000_000, 1_040_000), patient.id]  # SQLite takes 32,766 per statement

    evaluate_plateaus(at(DAY_20), settled_ids)

    assert plateaus() == [(Severity.WATCH, AlertStatus.OPEN)]
