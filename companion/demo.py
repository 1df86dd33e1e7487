"""Demo data: a clinic with named patients per industry, and synthetic patients for load tests."""

import random
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select

from companion.extensions import db
from companion.models import (
    CheckIn,
    Clinic,
    Completion,
    ConsentEvent,
    ConsentKind,
    ConsentMethod,
    DemandFrequency,
    JobDemand,
    JobDemandProfile,
    Patient,
    Program,
    ProgramKind,
    StrengthLevel,
    Task,
    Therapist,
)
from companion.models.program import days_to_mask

DEMO_CLINIC = "Riverside Work Rehab"
DEMO_EMAIL, DEMO_PASSWORD = "demo@example.org", "demo-password"
LOAD_CLINIC = "Synthetic Load Clinic"
SYNTHETIC_ZONES = [
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Phoenix",
    "America/Los_Angeles",
    "America/Anchorage",
    "Pacific/Honolulu",
]

# (industry, job title, strength, [(demand, target, unit, frequency)],
#  [(task, sets, reps, load_lb, duration_min, distance_ft, demand index)])
PROFILES: list[tuple[str, str, StrengthLevel, list[tuple[Any, ...]], list[tuple[Any, ...]]]] = [
    (
        "warehouse",
        "Order selector",
        StrengthLevel.HEAVY,
        [
            ("Floor-to-waist lift", 50, "lb", DemandFrequency.OCCASIONAL),
            ("Carry", 35, "lb", DemandFrequency.FREQUENT),
            ("Push pallet jack", 60, "lb", DemandFrequency.FREQUENT),
        ],
        [
            ("Floor-to-waist lift", 3, 10, 20, None, None, 0),
            ("Carry", None, 4, 25, None, 50, 1),
            ("Sled push", 3, 5, 40, None, None, 2),
        ],
    ),
    (
        "construction",
        "Construction laborer",
        StrengthLevel.VERY_HEAVY,
        [
            ("Floor-to-waist lift", 100, "lb", DemandFrequency.OCCASIONAL),
            ("Ladder climb", 20, "ft", DemandFrequency.OCCASIONAL),
            ("Carry", 60, "lb", DemandFrequency.FREQUENT),
        ],
        [
            ("Floor-to-waist lift", 3, 8, 40, None, None, 0),
            ("Step-ups", 3, 12, None, None, None, 1),
            ("Farmer carry", None, 4, 30, None, 100, 2),
        ],
    ),
    (
        "manufacturing",
        "Assembly line operator",
        StrengthLevel.MEDIUM,
        [
            ("Waist-to-shoulder lift", 35, "lb", DemandFrequency.OCCASIONAL),
            ("Standing tolerance", 120, "min", DemandFrequency.CONSTANT),
            ("Overhead reach", 20, "min", DemandFrequency.FREQUENT),
        ],
        [
            ("Waist-to-shoulder lift", 3, 10, 15, None, None, 0),
            ("Standing work simulation", None, None, None, 30, None, 1),
            ("Overhead reach", 3, 12, 3, None, None, 2),
        ],
    ),
    (
        "health care",
        "Certified nursing assistant",
        StrengthLevel.HEAVY,
        [
            ("Patient transfer (push/pull)", 50, "lb", DemandFrequency.FREQUENT),
            ("Floor-to-waist lift", 50, "lb", DemandFrequency.OCCASIONAL),
            ("Walking", 60, "min", DemandFrequency.FREQUENT),
        ],
        [
            ("Cable row", 3, 12, 30, None, None, 0),
            ("Squat lift", 3, 10, 25, None, None, 1),
            ("Brisk walk", None, None, None, 20, None, 2),
        ],
    ),
]

# (first name, last initial, phone, time zone, language, profile index)
NAMED_PATIENTS = [
    ("Ana", "R", "+13125550142", "America/Chicago", "es", 0),
    ("Marcus", "T", "+13125550143", "America/Chicago", "en", 1),
    ("Deshawn", "W", "+16125550144", "America/Chicago", "en", 2),
    ("Linh", "N", "+17135550145", "America/Chicago", "en", 3),
    ("María José", "G", "+16025550146", "America/Phoenix", "es", 0),
    ("Tom", "K", "+12125550147", "America/New_York", "en", 1),
]


def _get_or_create_clinic(name: str, phone: str) -> Clinic:
    clinic = db.session.scalar(select(Clinic).where(Clinic.name == name))
    if clinic is None:
        clinic = Clinic(name=name, phone=phone)
        db.session.add(clinic)
        db.session.flush()
    return clinic


def _get_or_create_therapist(clinic: Clinic, email: str, name: str, password: str) -> Therapist:
    therapist = db.session.scalar(select(Therapist).where(Therapist.email == email))
    if therapist is None:
        therapist = Therapist(clinic=clinic, email=email, name=name)
        therapist.set_password(password)
        db.session.add(therapist)
        db.session.flush()
    return therapist


def _profile(clinic: Clinic, spec: tuple[Any, ...]) -> JobDemandProfile:
    industry, title, level, demands, _ = spec
    profile = db.session.scalar(
        select(JobDemandProfile).where(
            JobDemandProfile.clinic_id == clinic.id, JobDemandProfile.job_title == title
        )
    )
    if profile is None:
        profile = JobDemandProfile(
            clinic_id=clinic.id,
            job_title=title,
            industry=industry,
            strength_level=level,
            demands=[
                JobDemand(name=n, target=Decimal(t), unit=u, frequency=f) for n, t, u, f in demands
            ],
        )
        db.session.add(profile)
        db.session.flush()
    return profile


def _history(patient: Patient, program: Program, today: date, rng: random.Random) -> None:
    """Two weeks of check-ins, so the dashboard has trends to show."""
    for offset in range(14, 0, -1):
        day = today - timedelta(days=offset)
        if not program.is_program_day(day) or rng.random() < 0.15:
            continue
        completion = rng.choices(list(Completion), weights=[7, 2, 1])[0]
        db.session.add(
            CheckIn(
                patient_id=patient.id,
                local_date=day,
                completion=completion,
                pain=None if completion == Completion.SKIPPED else rng.randint(1, 5),
                fatigue=None if completion == Completion.SKIPPED else rng.randint(2, 6),
            )
        )


def load_demo(now: datetime) -> Therapist:
    """Load (or top up) the demo clinic; running it twice adds nothing."""
    clinic = _get_or_create_clinic(DEMO_CLINIC, "+13125550100")
    therapist = _get_or_create_therapist(clinic, DEMO_EMAIL, "Dana Reyes, PT", DEMO_PASSWORD)
    profiles = [_profile(clinic, spec) for spec in PROFILES]
    rng = random.Random(7)
    for first, initial, phone, zone, language, index in NAMED_PATIENTS:
        if db.session.scalar(select(Patient.id).where(Patient.phone == phone)):
            continue
        profile = profiles[index]
        start = now.date() - timedelta(days=21)
        program = Program(
            kind=ProgramKind.WORK_HARDENING,
            days_mask=days_to_mask(["mon", "tue", "wed", "thu", "fri"]),
            plan_time=time(8, 0),
            reminder_time=time(18, 0),
            start_date=start,
            tasks=[
                Task(
                    position=i,
                    name=name,
                    sets=sets,
                    reps=reps,
                    load_lb=None if load is None else Decimal(load),
                    duration_min=minutes,
                    distance_ft=feet,
                    job_demand=profile.demands[d],
                )
                for i, (name, sets, reps, load, minutes, feet, d) in enumerate(PROFILES[index][4])
            ],
        )
        patient = Patient(
            clinic_id=clinic.id,
            therapist_id=therapist.id,
            job_profile_id=profile.id,
            first_name=first,
            last_initial=initial,
            phone=phone,
            timezone=zone,
            language=language,
            programs=[program],
            consent_events=[
                ConsentEvent(
                    kind=ConsentKind.GRANTED,
                    method=ConsentMethod.PAPER,
                    recorded_by_id=therapist.id,
                    at=now,
                )
            ],
        )
        db.session.add(patient)
        db.session.flush()
        _history(patient, program, now.date(), rng)
    db.session.commit()
    return therapist


def load_synthetic(count: int, now: datetime) -> int:
    """Add synthetic patients up to `count` in a load-test clinic; returns how many were added."""
    clinic = _get_or_create_clinic(LOAD_CLINIC, "+13125550199")
    therapist = _get_or_create_therapist(
        clinic, "load@example.org", "Load Test", "load-test-password-not-for-login"
    )
    existing = set(db.session.scalars(select(Patient.phone).where(Patient.clinic_id == clinic.id)))
    # Area codes 201… with the 555 exchange: numbers nobody answers.
    phones = [f"+1{201 + n // 10_000}555{n % 10_000:04d}" for n in range(count)]
    new = [(n, p) for n, p in enumerate(phones) if p not in existing]
    for chunk_start in range(0, len(new), 5_000):
        chunk = new[chunk_start : chunk_start + 5_000]
        ids = db.session.scalars(
            insert(Patient).returning(Patient.id, sort_by_parameter_order=True),
            [
                {
                    "clinic_id": clinic.id,
                    "therapist_id": therapist.id,
                    "first_name": f"Synth{n}",
                    "phone": phone,
                    "timezone": SYNTHETIC_ZONES[n % len(SYNTHETIC_ZONES)],
                    "language": "es" if n % 4 == 0 else "en",
                    "status": "active",
                    "created_at": now,
                }
                for n, phone in chunk
            ],
        ).all()
        program_ids = db.session.scalars(
            insert(Program).returning(Program.id, sort_by_parameter_order=True),
            [
                {
                    "patient_id": pid,
                    "kind": "work_conditioning",
                    "days_mask": days_to_mask(["mon", "tue", "wed", "thu", "fri", "sat"]),
                    "plan_time": time(8, 0),
                    "reminder_time": time(18, 0),
                    "start_date": now.date(),
                    "created_at": now,
                }
                for pid in ids
            ],
        ).all()
        db.session.execute(
            insert(Task),
            [
                {
                    "program_id": prog_id,
                    "position": i,
                    "name": name,
                    "sets": 3,
                    "reps": reps,
                    "load_lb": load,
                }
                for prog_id in program_ids
                for i, (name, reps, load) in enumerate(
                    [("Floor-to-waist lift", 10, 20), ("Step-ups", 12, None)]
                )
            ],
        )
        db.session.execute(
            insert(ConsentEvent),
            [
                {
                    "patient_id": pid,
                    "kind": "granted",
                    "method": "paper",
                    "text_version": "2026-11-v1",
                    "recorded_by_id": therapist.id,
                    "at": now,
                }
                for pid in ids
            ],
        )
    db.session.commit()
    return len(new)
