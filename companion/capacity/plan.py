"""The team's return-to-work plan: its date, the physician's sign-off, transitional duties."""

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from companion import audit
from companion.capacity.records import CapacityError
from companion.extensions import db
from companion.models import Patient, ReturnToWorkPlan, Therapist, TransitionalDuty


def plan_of(patient: Patient) -> ReturnToWorkPlan | None:
    return db.session.scalar(
        select(ReturnToWorkPlan).where(ReturnToWorkPlan.patient_id == patient.id)
    )


def _plan(patient: Patient, now: datetime) -> ReturnToWorkPlan:
    plan = plan_of(patient)
    if plan is None:
        plan = ReturnToWorkPlan(patient_id=patient.id, updated_at=now)
        db.session.add(plan)
    plan.updated_at = now
    return plan


MAX_HOURS, MAX_WEEKS = 12, 12


def set_return_to_work_date(
    therapist: Therapist,
    patient: Patient,
    day: date | None,
    now: datetime,
    graded_hours: list[float] | None = None,
) -> ReturnToWorkPlan:
    """The return-to-work date as the team sets it (never projected), with a graded-hours
    plan: hours a day for each week from that date."""
    hours = graded_hours or []
    if hours and day is None:
        raise CapacityError("graded_hours", "Set the return-to-work date the weeks start from.")
    if len(hours) > MAX_WEEKS or any(not 0 < h <= MAX_HOURS for h in hours):
        raise CapacityError(
            "graded_hours", f"Give up to {MAX_WEEKS} weeks of 1 to {MAX_HOURS} hours a day."
        )
    plan = _plan(patient, now)
    plan.return_to_work_on, plan.graded_hours = day, list(hours) or None
    db.session.flush()
    audit.record(
        therapist, "rtw.date", now, patient.id, day=day.isoformat() if day else None,
        graded_hours=list(hours),
    )  # fmt: skip
    db.session.commit()
    return plan


def record_sign_off(
    therapist: Therapist,
    patient: Patient,
    physician: str,
    signed_on: date,
    restrictions: list[str],
    today: date,
    now: datetime,
) -> ReturnToWorkPlan:
    """The physician signed the restrictions as they stand (kept as signed)."""
    if not physician.strip():
        raise CapacityError("physician_name", "Name the physician who signed.")
    if signed_on > today:
        raise CapacityError("physician_signed_on", "A sign-off date cannot be in the future.")
    plan = _plan(patient, now)
    plan.physician_name, plan.physician_signed_on = physician.strip(), signed_on
    plan.signed_restrictions = list(restrictions)
    db.session.flush()
    audit.record(therapist, "rtw.sign_off", now, patient.id, signed_on=signed_on.isoformat())
    db.session.commit()
    return plan


def duties_of(patient: Patient) -> list[TransitionalDuty]:
    return list(
        db.session.scalars(
            select(TransitionalDuty)
            .where(TransitionalDuty.patient_id == patient.id)
            .order_by(TransitionalDuty.id)
        )
    )


def add_duty(
    therapist: Therapist,
    patient: Patient,
    name: str,
    hours_per_day: Decimal | None,
    demands: list[dict[str, Any]],
    now: datetime,
) -> TransitionalDuty:
    """A duty from the employer's transitional-duty offer, with the demands it makes."""
    if not demands:
        raise CapacityError("demands", "Give the duty's demands.")
    duty = TransitionalDuty(
        patient_id=patient.id, name=name.strip(), hours_per_day=hours_per_day,
        demands=[{k: v for k, v in row.items() if v is not None} for row in demands],
        created_at=now,
    )  # fmt: skip
    db.session.add(duty)
    db.session.flush()
    audit.record(therapist, "rtw.duty", now, patient.id, duty_id=duty.id)
    db.session.commit()
    return duty
