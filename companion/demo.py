"""Demo data: a clinic with named patients per industry, and synthetic patients for load tests."""

import random
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select

from companion.capacity.units import CapacityFrequency
from companion.extensions import db
from companion.models import (
    CapacityMethod,
    CapacityPhase,
    CapacityTest,
    CheckIn,
    Clinic,
    Completion,
    ConsentEvent,
    ConsentKind,
    ConsentMethod,
    DemandKind,
    Effort,
    JobDemandProfile,
    Patient,
    Program,
    ProgramKind,
    Proposal,
    ProposalKind,
    ProposalStatus,
    Role,
    StopReason,
    Task,
    Therapist,
)
from companion.models.program import days_to_mask
from companion.monitoring.evaluate import evaluate_settled_days
from companion.programs.dose import Dose, eased_dose
from companion.programs.templates import (
    TEMPLATES,
    ProgrammeTemplate,
    build_profile,
    build_tasks,
)

DEMO_CLINIC = "Riverside Work Rehab"
DEMO_EMAIL, DEMO_PASSWORD = "demo@example.org", "demo-password"
DEMO_ADMIN = "admin@example.org"  # the clinic admin, same password: the Team page
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

# The demo's job profiles, in the order NAMED_PATIENTS refers to them.
DEMO_INDUSTRIES = ("warehouse", "construction", "manufacturing", "health care")

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


def _get_or_create_therapist(
    clinic: Clinic, email: str, name: str, password: str, role: Role = Role.THERAPIST
) -> Therapist:
    therapist = db.session.scalar(select(Therapist).where(Therapist.email == email))
    if therapist is None:
        therapist = Therapist(clinic=clinic, email=email, name=name, role=role)
        therapist.set_password(password)
        db.session.add(therapist)
        db.session.flush()
    return therapist


def _profile(clinic: Clinic, template: ProgrammeTemplate) -> JobDemandProfile:
    profile = db.session.scalar(
        select(JobDemandProfile).where(
            JobDemandProfile.clinic_id == clinic.id,
            JobDemandProfile.job_title == template.job_title,
        )
    )
    if profile is None:
        profile = build_profile(template, clinic.id)
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


def _progressed(patient: Patient, therapist: Therapist, now: datetime) -> None:
    """A step up approved a week ago on each task that trains a demand, so readiness has a trend."""
    program = patient.program
    for task in program.tasks if program else []:
        earlier = eased_dose(Dose.of_task(task)) if task.job_demand_id else None
        if earlier is None:
            continue
        current = Dose.of_task(task)
        db.session.add(
            Proposal(
                patient_id=patient.id, task_id=task.id, kind=ProposalKind.ADVANCE,
                status=ProposalStatus.APPROVED, current_reps=earlier.reps,
                current_load_lb=earlier.load_lb, current_duration_min=earlier.duration_min,
                proposed_reps=current.reps, proposed_load_lb=current.load_lb,
                proposed_duration_min=current.duration_min, reason={"rule": "demo"},
                created_at=now - timedelta(days=8), decided_by_id=therapist.id,
                decided_at=now - timedelta(days=7), texted_at=now - timedelta(days=7),
            )
        )  # fmt: skip


DEMO_METHODS = {
    DemandKind.LIFT: CapacityMethod.EPIC_LIFT,
    DemandKind.CARRY: CapacityMethod.TIMED_CARRY,
    DemandKind.PUSH: CapacityMethod.TASK_SIMULATION,
    DemandKind.PULL: CapacityMethod.TASK_SIMULATION,
    DemandKind.POSITION: CapacityMethod.POSITIONAL_TOLERANCE,
}


def _baseline_tests(patient: Patient, therapist: Therapist, day: date) -> None:
    """The clinic's baseline tests of every demand but the last, which waits for the next
    visit: the grid shows tested and untested demands, and no overall figure yet."""
    profile = db.session.get_one(JobDemandProfile, patient.job_profile_id)
    program, fraction = patient.program, patient.clinic.home_dose_fraction
    for demand in profile.demands[:-1]:
        handles = demand.kind.handles_material
        value = (Decimal(demand.target) * Decimal("0.7")).quantize(Decimal(1))
        # A tested load that leaves today's home doses inside the clinic's cap (dose_cap).
        loads = [
            t.load_lb for t in (program.tasks if program else []) if t.job_demand_id == demand.id
        ]
        if handles and (heaviest := max((x for x in loads if x is not None), default=None)):
            value = max(value, (heaviest / fraction).quantize(Decimal(1), rounding="ROUND_CEILING"))
        db.session.add(
            CapacityTest(
                patient_id=patient.id, demand_id=demand.id, phase=CapacityPhase.BASELINE,
                method=DEMO_METHODS[demand.kind],
                value=value, unit=demand.unit,
                frequency=CapacityFrequency(demand.frequency.value) if handles else None,
                height_range=demand.height_range, distance_ft=demand.carry_distance_ft,
                stop_reason=StopReason.PSYCHOPHYSICAL, effort=Effort.CONSISTENT, tested_on=day,
                tester_id=therapist.id,
            )
        )  # fmt: skip


# Who receives the weekly report; the others show what "no case manager on file" looks like.
CASE_MANAGERS = {
    "Ana": ("Jordan Ellis", "Lakeside Mutual Insurance", "jordan.ellis@lakeside.example"),
    "Tom": ("Priya Nair", "Harbor Freight Lines (employer)", "p.nair@harbor.example"),
}


def load_demo(now: datetime) -> Therapist:
    """Load (or top up) the demo clinic; running it twice adds nothing."""
    clinic = _get_or_create_clinic(DEMO_CLINIC, "+13125550100")
    therapist = _get_or_create_therapist(clinic, DEMO_EMAIL, "Dana Reyes, PT", DEMO_PASSWORD)
    _get_or_create_therapist(clinic, DEMO_ADMIN, "Kim Alvarez", DEMO_PASSWORD, Role.ADMIN)
    templates = [TEMPLATES[industry] for industry in DEMO_INDUSTRIES]
    profiles = [_profile(clinic, template) for template in templates]
    rng = random.Random(7)
    added: list[int] = []
    for first, initial, phone, zone, language, index in NAMED_PATIENTS:
        if db.session.scalar(select(Patient.id).where(Patient.phone == phone)):
            continue
        profile = profiles[index]
        # The patient's own day: at 02:00 UTC it is still yesterday evening in Chicago.
        today = now.astimezone(ZoneInfo(zone)).date()
        start = today - timedelta(days=21)
        program = Program(
            kind=ProgramKind.WORK_HARDENING,
            days_mask=days_to_mask(["mon", "tue", "wed", "thu", "fri"]),
            plan_time=time(8, 0),
            reminder_time=time(18, 0),
            start_date=start,
            tasks=build_tasks(templates[index], profile),
        )
        manager = CASE_MANAGERS.get(first, (None, None, None))
        patient = Patient(
            clinic_id=clinic.id,
            therapist_id=therapist.id,
            job_profile_id=profile.id,
            case_manager_name=manager[0],
            case_manager_organisation=manager[1],
            case_manager_email=manager[2],
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
        _history(patient, program, today, rng)
        _progressed(patient, therapist, now)
        _baseline_tests(patient, therapist, start + timedelta(days=1))
        added.append(patient.id)
    db.session.commit()
    # The history's days are over: raise what day closing would have (silent streaks, low
    # adherence), so the alert inbox and the caseload agree from the first page.
    evaluate_settled_days(now, added)
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
    zones = {n: SYNTHETIC_ZONES[n % len(SYNTHETIC_ZONES)] for n, _ in new}
    # Each programme starts on its patient's day, which in Honolulu lags UTC's by up to a day.
    today = {zone: now.astimezone(ZoneInfo(zone)).date() for zone in SYNTHETIC_ZONES}
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
                    "timezone": zones[n],
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
                    "start_date": today[zones[n]],
                    "created_at": now,
                }
                for pid, (n, _) in zip(ids, chunk, strict=True)
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
