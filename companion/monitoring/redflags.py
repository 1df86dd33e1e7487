"""Red flags in a patient's text: an urgent alert, paused programme texts, the therapist told."""

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select

from companion.alerts import raise_alert, unresolved_alerts
from companion.extensions import db
from companion.models import Alert, Clinic, Patient, Severity, Therapist
from companion.texts import render
from messaging.outbox import enqueue


def record_red_flags(
    patient: Patient,
    categories: tuple[str, ...],
    evidence: dict[str, str],
    text: str,
    now: datetime,
) -> list[Alert]:
    """Raise one urgent alert per new category, pause texts, and text the therapist."""
    alerts = []
    unresolved = unresolved_alerts(patient.id) if len(categories) > 1 else None
    for category in categories:
        alert = raise_alert(
            patient,
            f"red_flag:{category}",
            Severity.URGENT,
            now,
            {"category": category, "words": evidence.get(category, ""), "text": text},
            unresolved,
        )
        if alert is not None:
            alerts.append(alert)
    patient.pause("red_flag")
    for alert in alerts:
        notify_therapist(patient, alert, now)
    return alerts


def notify_therapist(patient: Patient, alert: Alert, now: datetime) -> None:
    """Text the treating therapist's own phone, if they gave one: initials and a pointer only."""
    phone = patient.therapist.phone  # loaded with the batch's senders (inbound_batch)
    if not phone:
        return
    initials = "".join(
        f"{letter}." for letter in (patient.first_name[:1], patient.last_initial) if letter
    )
    enqueue(
        phone=phone,
        body=render("therapist_alert", "en", initials=initials),
        dedupe_key=therapist_text_key(alert),
        now=now,
        purpose="therapist_alert",
    )


def therapist_text_key(alert: Alert) -> str:
    """One text to the therapist per alert, named without its id: a patient has one
    unresolved alert of a kind, so the kind and its moment name it as well, and no flush is
    needed for an id (one INSERT a red flag, where a batch's alerts can be one)."""
    return f"alert:{alert.patient_id}:{alert.kind}:{alert.created_at.isoformat()}"


def therapist_zones(phones: Iterable[str]) -> dict[str, Clinic]:
    """The clinic of the active therapist who owns each of these phones."""
    rows = db.session.execute(
        select(Therapist.phone, Clinic)
        .join(Clinic, Clinic.id == Therapist.clinic_id)
        .where(Therapist.phone.in_(list(phones)), Therapist.is_active.is_(True))
    )
    return {phone: clinic for phone, clinic in rows if phone is not None}
