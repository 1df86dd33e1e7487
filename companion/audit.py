"""Writing the audit log: every read, export or change of a patient's data leaves a row."""

from datetime import datetime
from typing import Any

from companion.extensions import db
from companion.models import AuditEvent, Therapist


def record(
    actor: Therapist | None,
    action: str,
    now: datetime,
    patient_id: int | None = None,
    **detail: Any,
) -> None:
    """Add an audit row to the current transaction (the caller's use case commits)."""
    db.session.add(
        AuditEvent(
            at=now,
            actor_id=actor.id if actor else None,
            clinic_id=actor.clinic_id if actor else None,
            action=action,
            patient_id=patient_id,
            detail=detail,
        )
    )
