"""Alert use cases the therapist drives: acknowledge and resolve, within their clinic."""

from datetime import datetime

from sqlalchemy import select

from companion import audit
from companion.extensions import db
from companion.models import Alert, Patient, Therapist


def alert_for(therapist: Therapist, alert_id: int) -> Alert | None:
    return db.session.scalar(
        select(Alert)
        .join(Patient, Patient.id == Alert.patient_id)
        .where(Alert.id == alert_id, Patient.clinic_id == therapist.clinic_id)
    )


def acknowledge_alert(therapist: Therapist, alert_id: int, now: datetime) -> Alert | None:
    alert = alert_for(therapist, alert_id)
    if alert is not None:
        alert.acknowledge(therapist.id, now)
        audit.record(therapist, "alert.acknowledge", now, alert.patient_id, alert_id=alert.id)
        db.session.commit()
    return alert
