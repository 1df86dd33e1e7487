"""One answer to "who needs attention": the caseload and the alert inbox count the same patients.

Silence, pain and red flags reach the therapist as alerts (companion.monitoring); a patient needs
attention exactly while one of their alerts is unresolved, discharged or not.
"""

from datetime import UTC, date, datetime

import pytest
from flask import Flask
from flask.testing import FlaskClient

from companion.attention import attention_by_patient, needing_attention
from companion.dashboard.inbox import alert_inbox
from companion.dashboard.triage import caseload
from companion.discharge import discharge
from companion.extensions import db
from companion.models import (
    Alert,
    AlertStatus,
    CheckIn,
    Completion,
    DischargeOutcome,
    Patient,
    Severity,
    Therapist,
)
from tests.builders import make_patient, make_therapist
from tests.dashboard.conftest import PASSWORD, sign_in

Clinic = tuple[Therapist, dict[str, Patient]]
NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)  # Friday noon in Chicago


def alert(patient: Patient, kind: str, severity: Severity, **fields: object) -> Alert:
    row = Alert(patient_id=patient.id, kind=kind, severity=severity,
                evidence={"text": f"{kind} words"}, **fields)  # fmt: skip
    db.session.add(row)
    db.session.commit()
    return row


def replied(patient: Patient, day: date) -> None:
    db.session.add(CheckIn(patient_id=patient.id, local_date=day, completion=Completion.DONE,
                           pain=2, fatigue=3))  # fmt: skip
    db.session.commit()


@pytest.fixture
def clinic(app: Flask) -> tuple[Therapist, dict[str, Patient]]:
    """A red flag, a silence alert, one acknowledged, one resolved, a patient discharged with a
    red flag texted after discharge, one who never replied, and one on track."""
    therapist = make_therapist(password=PASSWORD)
    names = ["Linh", "Tom", "Ana", "Rosa", "Marcus", "Deshawn", "Omar"]
    p = {name: make_patient(therapist, first_name=name) for name in names}
    alert(p["Linh"], "red_flag:neuro", Severity.URGENT)
    alert(p["Tom"], "silent_days", Severity.WATCH)
    alert(p["Ana"], "pain_above_baseline", Severity.HIGH, status=AlertStatus.ACKNOWLEDGED)
    alert(p["Rosa"], "silent_days", Severity.WATCH, status=AlertStatus.RESOLVED)
    discharge(therapist, p["Marcus"], DischargeOutcome.FULL_DUTY, NOW)
    db.session.commit()
    alert(p["Marcus"], "red_flag:cardiac_resp", Severity.URGENT)
    for name in ("Tom", "Ana", "Rosa", "Marcus", "Omar"):
        replied(p[name], date(2026, 11, 19))
    return therapist, p


def test_the_caseload_counts_as_needing_attention_exactly_the_patients_the_inbox_lists(
    clinic: Clinic,
) -> None:
    therapist, p = clinic

    rows = caseload(therapist, NOW)
    inbox = alert_inbox(therapist, None, False, NOW)

    on_caseload = {row.patient.first_name for row in rows if row.needs_attention}
    in_inbox = {item.patient.first_name for item in inbox}
    assert on_caseload == in_inbox == {"Linh", "Tom", "Ana", "Marcus"}
    assert set(attention_by_patient(therapist.clinic_id)) == {p[n].id for n in in_inbox}


def test_a_discharged_patients_unresolved_red_flag_keeps_them_on_the_caseload_first(
    clinic: Clinic,
) -> None:
    therapist, p = clinic

    rows = caseload(therapist, NOW)

    assert [row.patient.first_name for row in rows][:2] == ["Linh", "Marcus"]  # both URGENT
    marcus = next(row for row in rows if row.patient.first_name == "Marcus")
    assert [a.kind for a in marcus.alerts] == ["red_flag:cardiac_resp"]


def test_alerts_needing_attention_run_most_severe_first_then_newest(clinic: Clinic) -> None:
    therapist, _ = clinic

    severities = [item.alert.severity for item in needing_attention(therapist.clinic_id)]

    assert severities == sorted(
        severities, key=[Severity.URGENT, Severity.HIGH, Severity.WATCH].index
    )


def test_the_caseload_says_on_track_only_for_a_patient_who_replies_and_has_no_alert(
    client: FlaskClient, clinic: Clinic
) -> None:
    therapist, p = clinic
    sign_in(client, therapist.email)

    page = client.get("/").get_data(as_text=True)

    row = {name: _row(page, patient.id) for name, patient in p.items()}
    assert "On track" in row["Omar"] and "On track" not in row["Deshawn"]
    assert "No reply yet" in row["Deshawn"]
    assert 'data-attention="no"' in row["Rosa"] and 'data-attention="yes"' in row["Tom"]
    assert "discharged" in row["Marcus"] and "Red flag: cardiac" in row["Marcus"]
    assert 'class="silent-line"' not in page  # silence reads as a fact; the alert is the reason


def _row(page: str, patient_id: int) -> str:
    start = page.index(f'data-patient-id="{patient_id}"')
    return page[start : page.index("</tr>", start)]
