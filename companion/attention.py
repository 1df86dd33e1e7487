"""Who needs the therapist's attention: one answer for the caseload and the alert inbox.

A patient needs attention exactly when they have an unresolved alert. Silence, low adherence,
pain above baseline and red flags all become alerts (companion.monitoring), so the caseload
does not judge silence again on its own terms: it shows the silent days as a fact and the
alerts as the reason to act. A discharged patient who texts a red flag still needs attention,
so the caseload lists them while an alert of theirs is unresolved.
"""

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import case, select

from companion.extensions import db
from companion.models import Alert, AlertStatus, Patient, Severity

SEVERITY_FIRST = case(
    {Severity.URGENT: 0, Severity.HIGH: 1, Severity.WATCH: 2}, value=Alert.severity, else_=3
)


@dataclass(frozen=True)
class Attention:
    """An alert to handle and its patient."""

    alert: Alert
    patient: Patient


def needing_attention(clinic_id: int, severity: Severity | None = None) -> list[Attention]:
    """The clinic's unresolved alerts with their patients, most severe first, then newest."""
    statement = (
        select(Alert, Patient)
        .join(Patient, Patient.id == Alert.patient_id)
        .where(Patient.clinic_id == clinic_id, Alert.status != AlertStatus.RESOLVED)
        .order_by(SEVERITY_FIRST, Alert.created_at.desc(), Alert.id.desc())
    )
    if severity is not None:
        statement = statement.where(Alert.severity == severity)
    return [Attention(alert, patient) for alert, patient in db.session.execute(statement)]


def attention_by_patient(clinic_id: int) -> dict[int, list[Alert]]:
    """The same alerts grouped by patient, each patient's most severe first."""
    by_patient: dict[int, list[Alert]] = defaultdict(list)
    for item in needing_attention(clinic_id):
        by_patient[item.patient.id].append(item.alert)
    return dict(by_patient)
