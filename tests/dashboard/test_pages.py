"""The dashboard pages: triage order, what the caseload shows, audit rows, headers, query counts."""

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from companion.dashboard.triage import adherence_from, caseload
from companion.extensions import db
from companion.models import (
    Alert,
    AlertStatus,
    AuditEvent,
    CheckIn,
    Completion,
    Direction,
    JobDemand,
    Message,
    MessageStatus,
    Patient,
    Severity,
    Task,
    Therapist,
)
from companion.progress import adherence
from tests.builders import make_patient
from tests.dashboard.conftest import make_clinic_with_data, sign_in
from tests.statements import counting_statements

# Monday evening in Chicago, already Tuesday in UTC: the pages must count the patient's day.
NOW = datetime(2026, 11, 24, 3, 30, tzinfo=UTC)
TODAY = date(2026, 11, 23)


@pytest.fixture(autouse=True)
def clock(app: Flask) -> None:
    app.config["CLOCK"] = lambda: NOW


def patient_with_history(therapist: Therapist, name: str, days_ago_start: int = 21) -> Patient:
    """A patient on a Mon-Fri programme with a check-in on most past programme days."""
    patient = make_patient(
        therapist,
        first_name=name,
        start_date=TODAY - timedelta(days=days_ago_start),
        days=["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
    )
    for offset in range(1, days_ago_start):
        db.session.add(
            CheckIn(
                patient_id=patient.id,
                local_date=TODAY - timedelta(days=offset),
                completion=Completion.DONE,
                pain=offset % 6,
                fatigue=offset % 7,
            )
        )
    db.session.commit()
    return patient


def raise_alert(
    patient: Patient, severity: Severity, kind: str = "pain_high", **status: object
) -> Alert:
    alert = Alert(
        patient_id=patient.id,
        kind=kind,
        severity=severity,
        evidence={"pain": 7, "text": f"{patient.first_name} says back is a 7"},
        **status,
    )
    db.session.add(alert)
    db.session.commit()
    return alert


def row_order(client: FlaskClient) -> list[int]:
    body = client.get("/").get_data(as_text=True)
    return [int(chunk.split('"', 1)[0]) for chunk in body.split('data-patient-id="')[1:]]


def test_caseload_puts_open_urgent_then_high_then_watch_then_silent_days(
    client: FlaskClient, therapist: Therapist
) -> None:
    on_track = patient_with_history(therapist, "Quinn")
    silent = make_patient(therapist, first_name="Sol", start_date=TODAY - timedelta(days=10))
    watch = patient_with_history(therapist, "Wren")
    high = patient_with_history(therapist, "Hana")
    urgent = patient_with_history(therapist, "Uma")
    in_hand = patient_with_history(therapist, "Ida")
    raise_alert(watch, Severity.WATCH)
    raise_alert(high, Severity.HIGH)
    raise_alert(urgent, Severity.URGENT, "red_flag:neuro")
    raise_alert(urgent, Severity.WATCH, "silence")
    raise_alert(in_hand, Severity.URGENT, "red_flag:fall_injury", status=AlertStatus.ACKNOWLEDGED)
    sign_in(client, therapist.email)

    assert row_order(client) == [urgent.id, high.id, watch.id, silent.id, in_hand.id, on_track.id]


def test_caseload_shows_adherence_last_reply_and_job_demand_doses(client: FlaskClient) -> None:
    mine = make_clinic_with_data("Ana", "+16175550111", "my knee is sore")
    patient, profile = mine["patient"], mine["profile"]
    profile.demands.append(
        JobDemand(name="Ladder climb", target=20, unit="ft", frequency="occasional")
    )
    lift = profile.demands[0]
    db.session.add(Task(program_id=patient.program.id, name="Deadlift", sets=3, reps=8,
                        load_lb=Decimal(20), job_demand_id=lift.id))  # fmt: skip
    db.session.add(CheckIn(patient_id=patient.id, local_date=TODAY - timedelta(days=2),
                           completion=Completion.DONE, pain=3, fatigue=4))  # fmt: skip
    db.session.commit()
    sign_in(client, mine["therapist"].email)

    body = client.get("/").get_data(as_text=True)

    assert "20 / 50 lb" in body
    assert "not yet measured" in body  # the ladder climb: no task doses it in feet
    assert "Red flag: neuro" in body
    assert "latest: pain 3, fatigue 4" in body
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="sparkline"' in body


def test_the_patient_page_shows_the_streak_and_monitoring_data_days(
    client: FlaskClient, therapist: Therapist
) -> None:
    patient = patient_with_history(therapist, "Ana", days_ago_start=10)  # days 1-9 ago done
    sign_in(client, therapist.email)

    body = client.get(f"/patients/{patient.id}").get_data(as_text=True)

    assert "9 in a row now · longest 9" in body
    start = TODAY - timedelta(days=10)
    assert f"Monitoring data: 9 days in the 30 from {start:%b} {start.day} (2-15)" in body


def test_bulk_adherence_matches_the_progress_module(therapist: Therapist) -> None:
    patient = patient_with_history(therapist, "Ana", days_ago_start=30)
    db.session.add(CheckIn(patient_id=patient.id, local_date=TODAY - timedelta(days=3),
                           completion=Completion.SKIPPED))  # fmt: skip
    db.session.commit()
    row = next(r for r in caseload(therapist, NOW) if r.patient.id == patient.id)

    for span, bulk in ((7, row.week), (28, row.month)):
        start = row.today - timedelta(days=span - 1)
        assert bulk == replace(adherence(patient, NOW, start, row.today), data_periods=[])
        assert bulk == adherence_from(patient.program, row.days, start, row.today, row.today)


def test_every_read_and_export_of_patient_data_is_audited(client: FlaskClient) -> None:
    mine = make_clinic_with_data("Ana", "+16175550111", "my knee is sore")
    therapist, patient = mine["therapist"], mine["patient"]
    sign_in(client, therapist.email)

    client.get("/")
    client.get("/alerts")
    client.get(f"/patients/{patient.id}")
    report = client.get(f"/patients/{patient.id}/report.pdf")

    assert report.status_code == 200 and report.data.startswith(b"%PDF")
    assert report.headers["Content-Type"] == "application/pdf"
    rows = db.session.execute(
        select(AuditEvent.action, AuditEvent.actor_id, AuditEvent.patient_id).order_by(
            AuditEvent.id
        )
    ).all()
    assert [tuple(r) for r in rows if r.action != "auth.login"] == [
        ("caseload.view", therapist.id, None),
        ("alert.list", therapist.id, None),
        ("patient.view.dashboard", therapist.id, patient.id),
        ("patient.view.report", therapist.id, patient.id),
    ]


def test_security_headers_on_every_page(client: FlaskClient) -> None:
    mine = make_clinic_with_data("Ana", "+16175550111", "my knee is sore")
    login_page = client.get("/login")
    sign_in(client, mine["therapist"].email)

    for response in (login_page, client.get("/"), client.get(f"/patients/{mine['patient'].id}")):
        headers = response.headers
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["X-Frame-Options"] == "DENY"
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
        assert "default-src 'self'" in headers["Content-Security-Policy"]
        assert "http" not in headers["Content-Security-Policy"]  # no origin but our own
        assert headers["Cache-Control"] == "no-store"


def add_busy_patients(therapist: Therapist, profile_id: int, count: int) -> None:
    """Patients with a job profile, check-ins, texts and alerts: everything a row shows."""
    for n in range(count):
        patient = patient_with_history(therapist, f"P{n}", days_ago_start=10)
        patient.job_profile_id = profile_id
        text = Message(direction=Direction.INBOUND, status=MessageStatus.HANDLED,
                       phone=patient.phone, patient_id=patient.id, body="done")  # fmt: skip
        db.session.add(text)
        db.session.commit()
        raise_alert(patient, [Severity.URGENT, Severity.HIGH, Severity.WATCH][n % 3])


def test_the_caseload_takes_the_same_number_of_queries_for_5_or_30_patients(
    client: FlaskClient,
) -> None:
    mine = make_clinic_with_data("Ana", "+16175550111", "my knee is sore")
    therapist, profile_id = mine["therapist"], mine["profile"].id
    add_busy_patients(therapist, profile_id, 4)
    sign_in(client, therapist.email)
    client.get("/")  # warm up: first-request work is not the page's

    with counting_statements() as five:
        assert client.get("/").get_data(as_text=True).count("data-patient-id=") == 5
    add_busy_patients(therapist, profile_id, 25)
    with counting_statements() as thirty:
        assert client.get("/").get_data(as_text=True).count("data-patient-id=") == 30

    assert len(five) == len(thirty), (five, thirty)
