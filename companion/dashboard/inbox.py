"""The alert inbox's use cases: listing with evidence, acknowledging and resolving."""

from datetime import datetime

from sqlalchemy import select

from companion import audit
from companion.attention import SEVERITY_FIRST, Attention, needing_attention
from companion.extensions import db
from companion.models import Alert, AlertStatus, Patient, Severity, Therapist

InboxItem = Attention


def alert_inbox(
    therapist: Therapist, severity: Severity | None, show_resolved: bool, now: datetime
) -> list[InboxItem]:
    """The clinic's alerts, most severe and newest first; the read is audited.

    Unresolved ones are exactly what the caseload counts as needing attention.
    """
    audit.record(therapist, "alert.list", now, severity=severity, resolved=show_resolved)
    db.session.commit()
    if not show_resolved:
        return needing_attention(therapist.clinic_id, severity)
    statement = (
        select(Alert, Patient)
        .join(Patient, Patient.id == Alert.patient_id)
        .where(Patient.clinic_id == therapist.clinic_id, Alert.status == AlertStatus.RESOLVED)
        .order_by(SEVERITY_FIRST, Alert.created_at.desc(), Alert.id.desc())
        .limit(200)
    )
    if severity is not None:
        statement = statement.where(Alert.severity == severity)
    return [InboxItem(alert, patient) for alert, patient in db.session.execute(statement)]


def describe_kind(kind: str) -> str:
    """'red_flag:neuro' reads 'Red flag: neuro'."""
    words = kind.replace("_", " ").replace(":", ": ")
    return words[:1].upper() + words[1:]


# The patient's own words and the flagged ones: shown as quotes, not as numbers.
WORDS_KEYS = {"text", "texts", "follow_ups", "words", "category"}


def evidence_numbers(evidence: dict[str, object]) -> list[tuple[str, object]]:
    """The evidence besides the patient's own words, as (label, value) pairs."""
    return [
        (key.replace("_", " "), value)
        for key, value in sorted(evidence.items())
        if key not in WORDS_KEYS and value not in (None, "", [], {})
    ]
