"""Patient use cases: enrol, list and read, always within the therapist's own clinic."""

from datetime import datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from companion import audit
from companion.extensions import db
from companion.models import (
    Clinic,
    ConsentEvent,
    ConsentKind,
    ConsentMethod,
    JobDemand,
    JobDemandProfile,
    Patient,
    Program,
    Task,
    Therapist,
)
from companion.programs.models_of_progression import apply_progression_settings
from companion.programs.spanish import translated
from companion.texts import render
from messaging.outbox import enqueue

# One number is one patient (inbound texts are matched by it). That a number is taken is told
# only to the clinic that holds it: told to another, it would say that whoever owns the number
# is in a rehabilitation programme somewhere.
TAKEN_HERE = "A patient of this clinic already has this number: find them in the caseload."
NOT_ENROLLABLE = "This number cannot be enrolled. Ask the patient to check it, or contact support."


class EnrolmentError(ValueError):
    """Input that is well-formed but cannot be accepted; carries errors per field."""

    def __init__(self, errors: dict[str, Any]):
        super().__init__(errors)
        self.errors = errors


def patient_for(therapist: Therapist, patient_id: int) -> Patient | None:
    """The patient if they belong to the therapist's clinic, else None (never another clinic's)."""
    return db.session.scalar(
        select(Patient).where(Patient.id == patient_id, Patient.clinic_id == therapist.clinic_id)
    )


def list_patients(therapist: Therapist, now: datetime) -> list[Patient]:
    patients = list(
        db.session.scalars(
            select(Patient).where(Patient.clinic_id == therapist.clinic_id).order_by(Patient.id)
        )
    )
    audit.record(therapist, "patient.list", now, count=len(patients))
    db.session.commit()
    return patients


def view_patient(therapist: Therapist, patient_id: int, now: datetime, what: str) -> Patient | None:
    """Load a patient for reading and audit the read."""
    patient = patient_for(therapist, patient_id)
    if patient is not None:
        audit.record(therapist, f"patient.view.{what}", now, patient.id)
        db.session.commit()
    return patient


def _clinic_errors(therapist: Therapist, data: dict[str, Any]) -> dict[str, Any]:
    """References to rows of another clinic are reported as unknown, like missing ones, and a
    number another clinic holds as merely not enrollable."""
    errors: dict[str, Any] = {}
    clinic_id = therapist.clinic_id
    holder = db.session.scalar(select(Patient.clinic_id).where(Patient.phone == data["phone"]))
    if holder is not None:
        errors["phone"] = [TAKEN_HERE if holder == clinic_id else NOT_ENROLLABLE]
    if data["therapist_id"] is not None:
        other = db.session.get(Therapist, data["therapist_id"])
        if other is None or other.clinic_id != clinic_id:
            errors["therapist_id"] = ["Unknown therapist."]
    if data["job_profile_id"] is not None:
        profile = db.session.get(JobDemandProfile, data["job_profile_id"])
        if profile is None or profile.clinic_id != clinic_id:
            errors["job_profile_id"] = ["Unknown job profile."]
    for i, task in enumerate(data["program"]["tasks"]):
        if task["job_demand_id"] is not None:
            demand = db.session.get(JobDemand, task["job_demand_id"])
            if demand is None or demand.profile.clinic_id != clinic_id:
                errors.setdefault("program", {}).setdefault("tasks", {})[i] = {
                    "job_demand_id": ["Unknown job demand."]
                }
    return errors


def enroll_patient(
    therapist: Therapist,
    data: dict[str, Any],
    now: datetime,
    consent_method: ConsentMethod = ConsentMethod.API,
) -> Patient:
    """Create the patient, their programme and the consent grant in one transaction.

    `consent_method` is how the patient agreed (the API's caller vouches for it by default).
    """
    errors = _clinic_errors(therapist, data)
    if errors:
        raise EnrolmentError(errors)
    spec = data["program"]
    local_today = now.astimezone(ZoneInfo(data["timezone"])).date()
    program = Program(
        kind=spec["kind"],
        days=spec["days"],
        plan_time=spec["plan_time"] or time(8, 0),
        reminder_time=spec["reminder_time"] or time(18, 0),
        start_date=spec["start_date"] or local_today,
        end_date=spec["end_date"],
        tasks=[Task(position=i, **translated(task)) for i, task in enumerate(spec["tasks"])],
    )
    patient = Patient(
        clinic_id=therapist.clinic_id,
        therapist_id=data["therapist_id"] or therapist.id,
        job_profile_id=data["job_profile_id"],
        first_name=data["first_name"].strip(),
        last_initial=(data["last_initial"] or "").upper() or None,
        phone=data["phone"],
        timezone=data["timezone"],
        language=data["language"],
        created_at=now,
        programs=[program],
    )
    apply_progression_settings(patient, data.get("progression"))
    patient.psfs_activities = data.get("psfs_activities")
    patient.consent_events.append(
        ConsentEvent(
            kind=ConsentKind.GRANTED, method=consent_method, recorded_by_id=therapist.id, at=now
        )
    )
    db.session.add(patient)
    try:
        db.session.flush()
    except IntegrityError as exc:
        db.session.rollback()
        # Another enrolment took the number since the check: whose, this one cannot tell.
        raise EnrolmentError({"phone": [NOT_ENROLLABLE]}) from exc
    welcome(patient, now)
    audit.record(therapist, "patient.create", now, patient.id)
    db.session.commit()
    return patient


def welcome(patient: Patient, now: datetime) -> None:
    """Queue the first text, which names the programme, frequency, rates, HELP and STOP."""
    grant = patient.consent_events[-1]
    clinic = db.session.get_one(Clinic, patient.clinic_id)
    enqueue(
        phone=patient.phone,
        body=render("welcome", patient.language, clinic=clinic.name, name=patient.first_name),
        dedupe_key=f"welcome:{patient.id}:{grant.id}",
        now=now,
        patient_id=patient.id,
        purpose="welcome",
    )


def set_case_manager(
    therapist: Therapist,
    patient: Patient,
    name: str | None,
    organisation: str | None,
    email: str | None,
    now: datetime,
    claim_number: str | None = None,
) -> None:
    """Set (or, all blank, clear) who receives the patient's weekly report, and the claim or
    referral number the report is filed under; audited."""
    before = (
        patient.case_manager_name,
        patient.case_manager_organisation,
        patient.case_manager_email,
        patient.claim_number,
    )
    patient.case_manager_name = name or None
    patient.case_manager_organisation = organisation or None
    patient.case_manager_email = (email or "").lower() or None
    patient.claim_number = claim_number or None
    after = (name or None, organisation or None, patient.case_manager_email, patient.claim_number)
    fields = ("name", "organisation", "email", "claim_number")
    changed = [f for f, old, new in zip(fields, before, after, strict=True) if old != new]
    audit.record(therapist, "patient.case_manager", now, patient.id, changed=changed)
    db.session.commit()
