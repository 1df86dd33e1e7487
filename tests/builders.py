"""Small keyword-default builders for test data; each commits what it builds."""

from datetime import date, time
from typing import Any

from companion.extensions import db
from companion.models import (
    ApiToken,
    Clinic,
    ConsentEvent,
    ConsentKind,
    ConsentMethod,
    Patient,
    Program,
    ProgramKind,
    Task,
    Therapist,
)

_counter = iter(range(1, 10**6))


def make_clinic(name: str | None = None, **fields: Any) -> Clinic:
    clinic = Clinic(name=name or f"Clinic {next(_counter)}", phone="+13125550100", **fields)
    db.session.add(clinic)
    db.session.commit()
    return clinic


def make_therapist(
    clinic: Clinic | None = None, password: str = "correct-horse", **fields: Any
) -> Therapist:
    n = next(_counter)
    therapist = Therapist(
        clinic=clinic or make_clinic(),
        email=fields.pop("email", f"therapist{n}@example.org"),
        name=fields.pop("name", f"Therapist {n}"),
        **fields,
    )
    therapist.set_password(password)
    db.session.add(therapist)
    db.session.commit()
    return therapist


def make_token(therapist: Therapist) -> str:
    row, token = ApiToken.issue(therapist)
    db.session.add(row)
    db.session.commit()
    return token


def make_patient(therapist: Therapist | None = None, **fields: Any) -> Patient:
    therapist = therapist or make_therapist()
    n = next(_counter)
    program = Program(
        kind=ProgramKind.WORK_HARDENING,
        days=fields.pop("days", ["mon", "tue", "wed", "thu", "fri"]),
        plan_time=fields.pop("plan_time", time(8, 0)),
        reminder_time=fields.pop("reminder_time", time(18, 0)),
        start_date=fields.pop("start_date", date(2026, 11, 2)),
        tasks=[Task(name="Floor-to-waist lift", sets=3, reps=10)],
    )
    patient = Patient(
        clinic_id=therapist.clinic_id,
        therapist_id=therapist.id,
        first_name=fields.pop("first_name", "Ana"),
        phone=fields.pop("phone", f"+1312555{n:04d}"),
        timezone=fields.pop("timezone", "America/Chicago"),
        programs=[program],
        consent_events=[ConsentEvent(kind=ConsentKind.GRANTED, method=ConsentMethod.PAPER)],
        **fields,
    )
    db.session.add(patient)
    db.session.commit()
    return patient


def patient_payload(**overrides: Any) -> dict[str, Any]:
    """A valid POST /api/v1/patients body."""
    body: dict[str, Any] = {
        "first_name": "Ana",
        "phone": "(312) 555-0142",
        "timezone": "America/Chicago",
        "language": "es",
        "sms_consent": True,
        "program": {
            "kind": "work_hardening",
            "days": ["mon", "wed", "fri"],
            "plan_time": "08:00",
            "reminder_time": "18:00",
            "tasks": [
                {
                    "name": "Floor-to-waist lift",
                    "instructions": "Bend the knees",
                    "sets": 3,
                    "reps": 10,
                    "load_lb": 20,
                    "duration_min": None,
                },
                {"name": "Carry", "reps": 4, "load_lb": 25, "distance_ft": 50},
            ],
        },
    }
    body.update(overrides)
    return body
