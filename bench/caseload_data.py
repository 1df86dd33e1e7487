"""The caseload benchmark's data: a therapist whose patients have WEEKS of history (plan texts,
replies and answers, check-ins, settled programme days, alerts), written in bulk."""

import random
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert

from companion.demo import DEMO_INDUSTRIES, SYNTHETIC_ZONES
from companion.extensions import db
from companion.models import (
    Alert,
    AlertStatus,
    CheckIn,
    Clinic,
    Completion,
    ConsentEvent,
    ConsentKind,
    ConsentMethod,
    DayOutcome,
    Direction,
    JobDemandProfile,
    Message,
    MessageStatus,
    Patient,
    Program,
    ProgramDay,
    ProgramKind,
    Severity,
    Therapist,
)
from companion.models.program import days_to_mask
from companion.programs.templates import TEMPLATES, build_profile, build_tasks
from messaging.db import utcnow

WEEKS = 12
EMAIL, PASSWORD = "caseload@example.org", "caseload-bench-password"
OUTCOME = {
    Completion.DONE: DayOutcome.DONE,
    Completion.PARTIAL: DayOutcome.PARTIAL,
    Completion.SKIPPED: DayOutcome.SKIPPED,
    None: DayOutcome.SILENT,
}


def at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC)


def text(patient: Patient, moment: datetime, direction: Direction, **fields: Any) -> dict[str, Any]:
    """An outbox or inbox row; every row has the same keys, as one bulk insert needs."""
    row = {
        "patient_id": patient.id,
        "phone": patient.phone,
        "direction": direction,
        "segments": 1,
        "purpose": None,
        "dedupe_key": None,
        "provider_sid": None,
        "is_reply": False,
        "created_at": moment,
        "updated_at": moment,
        "sent_at": moment if direction == Direction.OUTBOUND else None,
    }
    return row | fields


def history(patient: Patient, start: date, today: date, rng: random.Random) -> dict[str, list]:
    """One patient's programme days so far: the plan text, the reply and our answer, the
    check-in and the settled day."""
    rows: dict[str, list[dict[str, Any]]] = {"checkins": [], "days": [], "messages": []}
    for offset in range((today - start).days):
        day = start + timedelta(days=offset)
        if day.weekday() >= 5:
            continue
        rows["messages"].append(
            text(
                patient,
                at(day, 14),
                Direction.OUTBOUND,
                status=MessageStatus.DELIVERED,
                body="Today's plan",
                purpose="plan",
                dedupe_key=f"plan:{patient.id}:{day}",
            )
        )
        completion = rng.choices([*Completion, None], weights=[14, 3, 1, 2])[0]
        rows["days"].append(
            {
                "patient_id": patient.id,
                "local_date": day,
                "outcome": OUTCOME[completion],
                "settled_at": at(day, 23),
            }
        )
        if completion is None:
            continue
        reported = completion != Completion.SKIPPED
        rows["checkins"].append(
            {
                "patient_id": patient.id,
                "local_date": day,
                "completion": completion,
                "pain": rng.randint(1, 7) if reported else None,
                "fatigue": rng.randint(1, 8) if reported else None,
                "created_at": at(day, 20),
            }
        )
        rows["messages"] += [
            text(
                patient,
                at(day, 20),
                Direction.INBOUND,
                status=MessageStatus.HANDLED,
                body="done, pain 3",
                provider_sid=f"SMbench{patient.id:06d}{offset:04d}",
            ),
            text(
                patient,
                at(day, 20),
                Direction.OUTBOUND,
                status=MessageStatus.SENT,
                body="Thanks!",
                purpose="reply",
                is_reply=True,
            ),
        ]
    return rows


def alerts(patient: Patient, n: int, today: date) -> list[dict[str, Any]]:
    """Two resolved alerts each; an open one for every third patient; some acknowledged."""
    past, now = at(today - timedelta(days=30), 12), at(today, 12)

    def alert(kind: str, severity: Severity, status: AlertStatus, moment: datetime) -> dict:
        resolved = moment if status == AlertStatus.RESOLVED else None
        return {
            "patient_id": patient.id,
            "kind": kind,
            "severity": severity,
            "status": status,
            "evidence": {"pain": 8},
            "created_at": moment,
            "resolved_at": resolved,
        }

    rows = [
        alert(kind, Severity.HIGH, AlertStatus.RESOLVED, past)
        for kind in ("pain_above_baseline", "silence")
    ]
    if n % 3 == 0:
        severity = [Severity.URGENT, Severity.HIGH, Severity.WATCH][n // 3 % 3]
        rows.append(alert("pain_urgent", severity, AlertStatus.OPEN, now))
    if n % 5 == 0:
        rows.append(alert("adherence_low", Severity.WATCH, AlertStatus.ACKNOWLEDGED, now))
    return rows


def add_patients(
    therapist: Therapist, profiles: list[JobDemandProfile], first: int, count: int
) -> None:
    """`count` patients on work-hardening programmes that began WEEKS ago, with their history."""
    today, rng = utcnow().date(), random.Random(first)
    start = today - timedelta(weeks=WEEKS)
    patients = []
    for n in range(first, first + count):
        profile = profiles[n % len(profiles)]  # built in DEMO_INDUSTRIES order
        program = Program(
            kind=ProgramKind.WORK_HARDENING,
            start_date=start,
            days_mask=days_to_mask(["mon", "tue", "wed", "thu", "fri"]),
            tasks=build_tasks(TEMPLATES[DEMO_INDUSTRIES[n % len(profiles)]], profile),
        )
        consent = ConsentEvent(
            kind=ConsentKind.GRANTED,
            method=ConsentMethod.PAPER,
            recorded_by_id=therapist.id,
            at=at(start, 12),
        )
        patients.append(
            Patient(
                clinic_id=therapist.clinic_id,
                therapist_id=therapist.id,
                job_profile_id=profile.id,
                first_name=f"Case{n}",
                last_initial="B",
                phone=f"+1415555{n:04d}",
                timezone=SYNTHETIC_ZONES[n % len(SYNTHETIC_ZONES)],
                programs=[program],
                consent_events=[consent],
            )
        )
    db.session.add_all(patients)
    db.session.flush()
    for n, patient in enumerate(patients, start=first):
        rows = history(patient, start, today, rng)
        db.session.execute(insert(CheckIn), rows["checkins"])
        db.session.execute(insert(ProgramDay), rows["days"])
        db.session.execute(insert(Message), rows["messages"])
        db.session.execute(insert(Alert), alerts(patient, n, today))
    db.session.commit()


def therapist_with_profiles() -> tuple[Therapist, list[JobDemandProfile]]:
    clinic = Clinic(name="Caseload Bench Clinic", phone="+14155550100")
    therapist = Therapist(clinic=clinic, email=EMAIL, name="Casey Bench, PT")
    therapist.set_password(PASSWORD)
    db.session.add(therapist)
    db.session.flush()
    profiles = [build_profile(TEMPLATES[industry], clinic.id) for industry in DEMO_INDUSTRIES]
    db.session.add_all(profiles)
    db.session.commit()
    return therapist, profiles
