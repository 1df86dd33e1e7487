"""Correcting a patient after enrolment: name, phone, time zone, language, job, therapist.

Texts are composed from the patient row when they are due (planning reads it at each tick),
so a new number or language holds from the next text on. Texts already queued for the old
number follow the patient to the new one: the old number may belong to someone else now.
"""

from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from companion import audit
from companion.extensions import db
from companion.models import (
    Direction,
    JobDemandProfile,
    Language,
    Message,
    MessageStatus,
    Patient,
    Therapist,
)

UNUSABLE = "This number cannot be used: check it with the patient."
# Shown in the audit row before and after; names and numbers only as "changed".
PLAIN = ("timezone", "language", "job_profile_id", "therapist_id")


class PatientError(ValueError):
    """A change that cannot be made as asked; names the field to correct. Nothing was changed."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class PatientDetails:
    """Everything about the patient a clinic may correct; `phone` already in E.164."""

    first_name: str
    last_initial: str | None
    phone: str
    timezone: str
    language: Language
    job_profile_id: int | None
    therapist_id: int


def details_of(patient: Patient) -> PatientDetails:
    return PatientDetails(
        first_name=patient.first_name, last_initial=patient.last_initial, phone=patient.phone,
        timezone=patient.timezone, language=Language(patient.language),
        job_profile_id=patient.job_profile_id, therapist_id=patient.therapist_id,
    )  # fmt: skip


def edit_patient(
    user: Therapist, patient: Patient, details: PatientDetails, now: datetime
) -> list[str]:
    """Apply the corrections and audit them in one transaction; the names of the fields that
    changed. Raises PatientError (nothing written) for a number in use or another clinic's row."""
    details = PatientDetails(
        **{
            **asdict(details),
            "first_name": details.first_name.strip(),
            "last_initial": (details.last_initial or "").strip().upper() or None,
        }
    )
    before = asdict(details_of(patient))
    changed = [name for name, value in asdict(details).items() if before[name] != value]
    if not changed:
        return []
    _check(user, patient, details, changed)
    for name in changed:
        setattr(patient, name, getattr(details, name))
    try:
        db.session.flush()
    except IntegrityError as exc:  # the same number enrolled a moment ago
        db.session.rollback()
        raise PatientError("phone", UNUSABLE) from exc
    if "phone" in changed:
        _follow_new_number(patient, before["phone"], now)
    plain = {name: [before[name], getattr(details, name)] for name in changed if name in PLAIN}
    audit.record(user, "patient.edit", now, patient.id, changed=changed, **plain)
    db.session.commit()
    return changed


def _check(user: Therapist, patient: Patient, details: PatientDetails, changed: list[str]) -> None:
    if not details.first_name:
        raise PatientError("first_name", "Give the patient's first name.")
    if "phone" in changed:
        other = db.session.scalar(select(Patient).where(Patient.phone == details.phone))
        if other is not None and other.clinic_id == user.clinic_id:
            raise PatientError("phone", f"{other.display_name} is enrolled with this number.")
        staff = db.session.scalar(select(Therapist).where(Therapist.phone == details.phone))
        if staff is not None and staff.clinic_id == user.clinic_id:
            raise PatientError("phone", f"This is {staff.name}'s mobile for urgent alerts.")
        if other is not None or staff is not None:  # another clinic's: say no more than that
            raise PatientError("phone", UNUSABLE)
    if "job_profile_id" in changed and details.job_profile_id is not None:
        profile = db.session.get(JobDemandProfile, details.job_profile_id)
        if profile is None or profile.clinic_id != user.clinic_id:
            raise PatientError("job_profile_id", "Pick one of the clinic's job profiles.")
    if "therapist_id" in changed:
        treating = db.session.get(Therapist, details.therapist_id)
        if (
            treating is None
            or treating.clinic_id != user.clinic_id
            or not treating.is_active
            or not treating.prescribes
        ):
            raise PatientError("therapist_id", "Pick an active therapist of the clinic.")


def _follow_new_number(patient: Patient, old: str, now: datetime) -> None:
    """Texts still queued for the patient go to the new number."""
    db.session.execute(
        update(Message)
        .where(
            Message.patient_id == patient.id,
            Message.phone == old,
            Message.direction == Direction.OUTBOUND,
            Message.status == MessageStatus.QUEUED,
        )
        .values(phone=patient.phone, updated_at=now)
    )
