"""The clinic's team: a clinic admin adds colleagues and lets leavers go, their patients handed
over so that no patient's urgent alerts are left with nobody."""

from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update

from companion import audit
from companion.extensions import db
from companion.models import ApiToken, LoginSession, Patient, Role, Therapist

NOT_USABLE = "This email cannot be used for a new sign-in. Check it, or contact support."
PATIENTS_NUMBER = "A patient is enrolled with this number."


class TeamError(ValueError):
    """A change that cannot be made; names the field to correct. Nothing was changed."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


def members(admin: Therapist) -> list[tuple[Therapist, int]]:
    """Everyone in the clinic, active first, with the number of patients they treat."""
    treated = (
        select(func.count(Patient.id)).where(Patient.therapist_id == Therapist.id).scalar_subquery()
    )
    rows = db.session.execute(
        select(Therapist, treated)
        .where(Therapist.clinic_id == admin.clinic_id)
        .order_by(Therapist.is_active.desc(), Therapist.name)
    )
    return [(member, count) for member, count in rows]


def member_of(admin: Therapist, member_id: int) -> Therapist | None:
    """The user if they work in the admin's clinic, else None (never another clinic's)."""
    return db.session.scalar(
        select(Therapist).where(Therapist.id == member_id, Therapist.clinic_id == admin.clinic_id)
    )


def add_member(admin: Therapist, data: dict[str, Any], now: datetime) -> Therapist:
    """A new clinic user who signs in with the password given (they change it after)."""
    email = data["email"].strip().lower()
    holder = db.session.scalar(select(Therapist.clinic_id).where(Therapist.email == email))
    if holder == admin.clinic_id:
        raise TeamError("email", "Someone already signs in with this email.")
    if holder is not None:  # another clinic's user: not a fact to tell this clinic
        raise TeamError("email", NOT_USABLE)
    if data["phone"]:
        _refuse_patients_number(admin, data["phone"])
    member = Therapist(
        clinic_id=admin.clinic_id, email=email, name=data["name"], role=Role(data["role"]),
        phone=data["phone"] or None, created_at=now,
    )  # fmt: skip
    member.set_password(data["password"])
    db.session.add(member)
    db.session.flush()
    audit.record(admin, "team.add", now, None, member_id=member.id, role=member.role.value)
    db.session.commit()
    return member


def set_mobile(user: Therapist, member: Therapist, phone: str | None, now: datetime) -> None:
    """Set (or, None, clear) the mobile that urgent alerts text: the clinic admin for anyone,
    each user for themselves. `phone` is E.164 already; a patient's number is refused."""
    if user.id != member.id and user.role != Role.ADMIN:
        raise TeamError("phone", "Only the clinic admin changes a colleague's mobile.")
    if phone is not None:
        _refuse_patients_number(user, phone)
    if member.phone == phone:
        return
    member.phone = phone
    # Whose mobile changed, and whether one is set: never the number itself.
    audit.record(user, "team.mobile", now, None, member_id=member.id, set=phone is not None)
    db.session.commit()


def _refuse_patients_number(user: Therapist, phone: str) -> None:
    """Inbound texts are told apart by number: a user's mobile is never a patient's."""
    patient = db.session.scalar(select(Patient).where(Patient.phone == phone))
    if patient is not None:
        mine = patient.clinic_id == user.clinic_id  # of another clinic: say no more
        raise TeamError("phone", PATIENTS_NUMBER if mine else "This number cannot be used.")


def let_go(admin: Therapist, member: Therapist, successor: Therapist | None, now: datetime) -> int:
    """End the member's access at once (sign-ins, sessions, tokens) and hand their patients to
    `successor`, an active therapist of the clinic; the number of patients handed over."""
    if member.id == admin.id:
        raise TeamError("member", "You cannot remove your own access.")
    patients = list(db.session.scalars(select(Patient.id).where(Patient.therapist_id == member.id)))
    if patients and (successor is None or not successor.is_active or not successor.prescribes):
        raise TeamError("successor", "Choose an active therapist to take over their patients.")
    member.is_active = False
    db.session.execute(
        update(LoginSession)
        .where(LoginSession.therapist_id == member.id, LoginSession.ended_at.is_(None))
        .values(ended_at=now)
    )
    db.session.execute(
        update(ApiToken)
        .where(ApiToken.therapist_id == member.id, ApiToken.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    if patients and successor is not None:
        db.session.execute(
            update(Patient).where(Patient.id.in_(patients)).values(therapist_id=successor.id)
        )
    successor_id = successor.id if successor else None
    audit.record(
        admin, "team.let_go", now, None,
        member_id=member.id, successor_id=successor_id, patients=len(patients),
    )  # fmt: skip
    db.session.commit()
    return len(patients)
