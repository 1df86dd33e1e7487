"""A clinician's own text to a patient: who may be texted, the body's limits, the outbox, the audit.

Rules (each one tested in tests/test_therapist_texts.py):

- STOP, or no consent on record: nobody texts the patient, a clinician included.
- Paused: a pause holds the programme's automated texts (after a red flag, or by the
  therapist), so a clinician may still answer; a pause for failed deliveries is different:
  the number does not work, and texts wait until a therapist confirms it.
- Quiet hours are kept: the text is held until they end (it answers a question that may be
  hours old, so it is not a reply the patient is waiting for on the spot).
- The daily budget of texts we start does not hold it back, and it does not use the budget
  up: it is a person answering what the patient asked, not another automated text.
"""

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import case, select

from companion import audit
from companion.alerts import alert_for, record_decision
from companion.extensions import db
from companion.models import Alert, AlertStatus, AuditEvent, Patient, PatientStatus, Therapist
from messaging.outbox import enqueue
from messaging.quiet_hours import next_allowed
from messaging.segments import gsm_safe, segment_count

THERAPIST_MESSAGE = "therapist_message"
MAX_SEGMENTS = 3
ANSWERABLE = ("question", "unclear_reply")  # the alerts a text to the patient can settle
QUESTIONS_FIRST = case({"question": 0}, value=Alert.kind, else_=1)


class Refused(Exception):
    """The text may not go; `field` names the form field the reason belongs to."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(reason)
        self.field, self.reason = field, reason


@dataclass(frozen=True)
class Queued:
    """A text in the outbox: `again` when this token had been sent before (a double submit)."""

    again: bool
    segments: int
    goes_at: datetime | None  # when quiet hours hold it: the instant they end (UTC), else None


def refusal(status: PatientStatus, paused_reason: str | None, consented: bool) -> str | None:
    """Why the care team may not text this patient now, or None: the use case and the
    dispatcher's send-time check both ask this."""
    if status == PatientStatus.STOPPED:
        return "The patient texted STOP: no texts go to them until they text START."
    if status == PatientStatus.DISCHARGED:
        return "The patient was discharged: texts no longer go to them."
    if not consented:
        return "No consent to text is on record for this patient."
    if status == PatientStatus.PAUSED and paused_reason == "undeliverable":
        return "Texts to this number failed; check the number and resume texts first."
    return None


def prepared(body: str) -> str:
    """The text as it will go: trimmed, typographic punctuation in GSM-7; refused if too long."""
    text = gsm_safe(body.strip())
    if not text:
        raise Refused("body", "Write the text to send.")
    if (segments := segment_count(text)) > MAX_SEGMENTS:
        too_long = f"Too long: {segments} SMS segments; at most {MAX_SEGMENTS} (about 450 letters)."
        raise Refused("body", too_long)
    return text


def goes_at(patient: Patient, now: datetime) -> datetime | None:
    """When a text started now may go, if the patient's quiet hours hold it (else None)."""
    clinic = patient.clinic
    due = next_allowed(now, patient.timezone, clinic.quiet_start, clinic.quiet_end)
    return due if due > now else None


def local_clock(at: datetime, patient: Patient) -> str:
    """'08:00': an instant on the patient's own clock."""
    return at.astimezone(ZoneInfo(patient.timezone)).strftime("%H:%M")


def open_questions(patient_id: int) -> list[Alert]:
    """The patient's unresolved questions, then their unclear texts, each newest first.

    A text from the therapist most likely answers the question the patient asked, not the
    last reply the reader could not make out.
    """
    return list(
        db.session.scalars(
            select(Alert)
            .where(
                Alert.patient_id == patient_id,
                Alert.kind.in_(ANSWERABLE),
                Alert.status != AlertStatus.RESOLVED,
            )
            .order_by(QUESTIONS_FIRST, Alert.created_at.desc(), Alert.id.desc())
        )
    )


def text_patient(
    therapist: Therapist,
    patient: Patient,
    body: str,
    token: str,
    resolve_alert_id: int | None,
    now: datetime,
) -> Queued:
    """Queue the clinician's text, audited, and resolve the question it answers; one commit.

    The form's one-time token is the dedupe key: the same form sent twice queues one text.
    """
    if reason := refusal(patient.status, patient.paused_reason, patient.consented):
        raise Refused("body", reason)
    text = prepared(body)
    key = f"{THERAPIST_MESSAGE}:{patient.id}:{token}"
    when = goes_at(patient, now)
    message_id = enqueue(
        phone=patient.phone,
        body=text,
        dedupe_key=key,
        now=now,
        due_at=when,
        patient_id=patient.id,
        purpose=THERAPIST_MESSAGE,
    )
    if message_id is None:
        db.session.rollback()
        return Queued(again=True, segments=segment_count(text), goes_at=when)
    audit.record(therapist, "patient.text", now, patient.id, message_id=message_id)
    alert = alert_for(therapist, resolve_alert_id) if resolve_alert_id is not None else None
    if alert is not None and alert.patient_id == patient.id and alert.kind in ANSWERABLE:
        record_decision(therapist, alert, "resolve", now)
    db.session.commit()
    return Queued(again=False, segments=segment_count(text), goes_at=when)


def senders(patient_id: int, message_ids: list[int]) -> dict[int, str]:
    """Who on the care team wrote each of these texts, by message id (from the audit log)."""
    rows = db.session.execute(
        select(AuditEvent.detail, Therapist.name)
        .join(Therapist, Therapist.id == AuditEvent.actor_id)
        .where(AuditEvent.patient_id == patient_id, AuditEvent.action == "patient.text")
    )
    wanted = set(message_ids)
    return {
        detail["message_id"]: name for detail, name in rows if detail.get("message_id") in wanted
    }
