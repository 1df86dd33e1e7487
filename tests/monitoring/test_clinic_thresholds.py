"""A clinic's own alert thresholds judge its patients' reports; other clinics keep the app's."""

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from companion.extensions import db
from companion.models import Alert, Patient, Severity
from companion.monitoring.thresholds import thresholds
from tests.builders import make_clinic, make_patient, make_therapist
from tests.sms import text


def patient_of(clinic_thresholds: dict[str, object], phone: str) -> Patient:
    therapist = make_therapist(clinic=make_clinic(alert_thresholds=clinic_thresholds))
    return make_patient(therapist, phone=phone)


def alerts_of(patient: Patient) -> dict[str, Severity]:
    query = select(Alert.kind, Alert.severity).where(Alert.patient_id == patient.id)
    return {kind: severity for kind, severity in db.session.execute(query)}


def test_pain_7_is_urgent_where_the_clinic_set_7_and_high_elsewhere(client: FlaskClient) -> None:
    cautious = patient_of({"urgent_pain": 7}, "+13125550171")
    usual = patient_of({}, "+13125550172")

    for patient in (cautious, usual):
        text(client, patient.phone, "done, pain 7, fatigue 3")

    assert alerts_of(cautious).get("pain_urgent") == Severity.URGENT
    assert "pain_urgent" not in alerts_of(usual)
    assert alerts_of(usual).get("pain_after_session") == Severity.HIGH


def test_a_clinic_that_tolerates_more_session_pain_is_not_alerted_at_6(
    client: FlaskClient,
) -> None:
    tolerant = patient_of({"session_pain": 6}, "+13125550173")
    usual = patient_of({}, "+13125550174")

    for patient in (tolerant, usual):
        text(client, patient.phone, "done, pain 6, fatigue 3")

    assert alerts_of(tolerant) == {}
    assert alerts_of(usual).get("pain_after_session") == Severity.HIGH


def test_only_the_thresholds_a_clinic_may_set_are_read_from_it(app: Flask) -> None:
    clinic = make_clinic(alert_thresholds={"silent_high": 6, "plateau_days": 3, "unknown": 1})

    own = thresholds(clinic)

    assert own.silent_high == 6
    assert own.plateau_days == thresholds().plateau_days  # app-wide: not the clinic's to set
