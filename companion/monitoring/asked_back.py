"""Possible red flags asked back: alerts when the answer is missing, a record when it is NO."""

from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import select

from companion.alerts import raise_alert
from companion.extensions import db
from companion.models import Alert, AlertStatus, Conversation, Patient, Severity

WAIT = timedelta(minutes=30)


def raise_possible_alerts(
    patient: Patient,
    categories: Iterable[str],
    words: dict[str, str],
    text: str,
    now: datetime,
    answer: str | None,
) -> list[Alert]:
    """One high alert per category quoting the text: no pause, no page (dashboard only)."""
    alerts = []
    for category in categories:
        evidence = {"category": category, "words": words.get(category, ""), "text": text}
        alert = raise_alert(
            patient,
            f"possible_red_flag:{category}",
            Severity.HIGH,
            now,
            evidence | {"answer": answer},
        )
        if alert is not None:
            alerts.append(alert)
    return alerts


def record_answered_no(
    patient: Patient, categories: Iterable[str], words: dict[str, str], text: str, now: datetime
) -> None:
    """Keep the text and the patient's NO as a resolved note: on the record, in nobody's inbox."""
    for category in categories:
        if category == "mental_health":
            continue  # never closed by a NO: its high alert stays open
        evidence = {
            "category": category,
            "words": words.get(category, ""),
            "text": text,
            "answer": "no",
        }
        db.session.add(
            Alert(
                patient_id=patient.id,
                kind=f"possible_red_flag:{category}",
                severity=Severity.WATCH,
                status=AlertStatus.RESOLVED,
                evidence=evidence,
                created_at=now,
                resolved_at=now,
            )
        )


def escalate_unanswered(now: datetime) -> int:
    """A high alert quoting each possible sign asked about 30 minutes ago and not answered."""
    waiting = db.session.scalars(
        select(Conversation)
        .where(Conversation.asked_at <= now - WAIT)
        .order_by(Conversation.patient_id)
    ).all()
    for state in waiting:
        asked = state.asked or {}
        patient = db.session.get_one(Patient, state.patient_id)
        raise_possible_alerts(
            patient, asked.get("flags", ()), asked.get("words", {}), asked.get("text", ""), now,
            answer="none within 30 minutes",
        )  # fmt: skip
        state.asked, state.asked_at = None, None
    db.session.commit()
    return len(waiting)
