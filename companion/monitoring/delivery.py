"""Undeliverable texts: three in a row pause texting until a therapist checks the number."""

from datetime import datetime

from sqlalchemy import select

from companion.alerts import raise_alert
from companion.extensions import db
from companion.models import Direction, Message, MessageStatus, Patient, Severity

FAILURES_IN_A_ROW = 3
UNDELIVERED = {MessageStatus.UNDELIVERED, MessageStatus.FAILED}


def check_delivery_failures(patient_id: int, now: datetime) -> None:
    """Pause the patient's texts and raise a watch alert after 3 undelivered texts in a row."""
    last = db.session.scalars(
        select(Message.status)
        .where(
            Message.patient_id == patient_id,
            Message.direction == Direction.OUTBOUND,
            Message.is_reply.is_(False),
            Message.status.in_([MessageStatus.SENT, MessageStatus.DELIVERED, *UNDELIVERED]),
        )
        .order_by(Message.id.desc())
        .limit(FAILURES_IN_A_ROW)
    ).all()
    if len(last) < FAILURES_IN_A_ROW or not set(last) <= UNDELIVERED:
        return
    patient = db.session.get_one(Patient, patient_id)
    patient.pause("undeliverable")
    raise_alert(
        patient, "undelivered_texts", Severity.WATCH, now, {"failed_in_a_row": FAILURES_IN_A_ROW}
    )
