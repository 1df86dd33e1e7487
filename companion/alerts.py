"""Alerts: raising one (deduplicated), the therapist acknowledging or resolving it, within their
clinic."""

from datetime import datetime
from typing import Any

from sqlalchemy import select

from companion import audit, inbound_batch
from companion.extensions import db
from companion.models import Alert, AlertStatus, Patient, Severity, Therapist


def alert_for(therapist: Therapist, alert_id: int) -> Alert | None:
    return db.session.scalar(
        select(Alert)
        .join(Patient, Patient.id == Alert.patient_id)
        .where(Alert.id == alert_id, Patient.clinic_id == therapist.clinic_id)
    )


def acknowledge_alert(therapist: Therapist, alert_id: int, now: datetime) -> Alert | None:
    """The therapist has seen the alert and is acting. None outside the clinic."""
    return _decide(therapist, alert_id, now, "acknowledge")


def resolve_alert(therapist: Therapist, alert_id: int, now: datetime) -> Alert | None:
    """Close an alert: the therapist has dealt with it. None outside the clinic."""
    return _decide(therapist, alert_id, now, "resolve")


def _decide(therapist: Therapist, alert_id: int, now: datetime, action: str) -> Alert | None:
    alert = alert_for(therapist, alert_id)
    if alert is not None:
        record_decision(therapist, alert, action, now)
        db.session.commit()
    return alert


def record_decision(therapist: Therapist, alert: Alert, action: str, now: datetime) -> None:
    """Acknowledge or resolve the alert, audited, in the caller's transaction (no commit).

    For a use case that settles an alert as part of something else (answering the
    patient's question by text) and must commit both or neither.
    """
    getattr(alert, action)(therapist.id, now)
    audit.record(therapist, f"alert.{action}", now, alert.patient_id, alert_id=alert.id)


def raise_alert(
    patient: Patient,
    kind: str,
    severity: Severity,
    now: datetime,
    evidence: dict[str, Any],
    unresolved: dict[str, Alert] | None = None,
) -> Alert | None:
    """Open an alert unless one of this kind is already unresolved (then None).

    Added to the caller's transaction; the partial unique index backs the check. A caller
    raising several kinds passes the patient's `unresolved_alerts` (kept up to date here)
    instead of a query per kind.
    """
    if unresolved.get(kind) if unresolved is not None else open_alert(patient.id, kind):
        return None
    alert = Alert(
        patient_id=patient.id, kind=kind, severity=severity, evidence=evidence, created_at=now
    )
    db.session.add(alert)
    inbound_batch.note_alert(alert)
    if unresolved is not None:
        unresolved[kind] = alert
    return alert


def unresolved_alerts(patient_id: int) -> dict[str, Alert]:
    """The patient's unresolved alerts by kind (there is at most one of each)."""
    if (known := inbound_batch.alerts_of(patient_id)) is not None:
        return {kind: a for kind, a in known.items() if a.status != AlertStatus.RESOLVED}
    alerts = db.session.scalars(
        select(Alert).where(Alert.patient_id == patient_id, Alert.status != AlertStatus.RESOLVED)
    )
    return {alert.kind: alert for alert in alerts}


def open_alert(patient_id: int, kind: str) -> Alert | None:
    """The unresolved alert of this kind for the patient, if any (there is at most one)."""
    if (known := inbound_batch.alerts_of(patient_id)) is not None:
        alert = known.get(kind)
        return alert if alert is not None and alert.status != AlertStatus.RESOLVED else None
    return db.session.scalar(
        select(Alert).where(
            Alert.patient_id == patient_id, Alert.kind == kind, Alert.status != AlertStatus.RESOLVED
        )
    )
