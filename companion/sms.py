"""Companion's answers to what messaging asks: who may be texted, and what a text means."""

import logging
from collections.abc import Sequence
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from companion.extensions import db
from companion.models import (
    Clinic,
    ConsentEvent,
    ConsentKind,
    ConsentMethod,
    Conversation,
    Patient,
    PatientStatus,
)
from companion.monitoring.redflags import therapist_zones
from companion.texts import render
from messaging.hooks import Keyword, Recipient
from messaging.models import Message
from messaging.outbox import enqueue

log = logging.getLogger(__name__)

DATED_PURPOSES = {"plan", "remind"}
# The welcome text promises at most this many texts a day that we start.
DAILY_BUDGET = 3


def texts_started_today(
    patients: Sequence[Patient], excluded: Sequence[int], now: datetime
) -> dict[int, int]:
    """By patient: texts we started (not replies) that went out since their local midnight."""
    # Every local midnight of today lies within the last day, whatever the zone.
    sent = db.session.execute(
        select(Message.patient_id, Message.sent_at).where(
            Message.patient_id.in_([p.id for p in patients]),
            Message.is_reply.is_(False),
            Message.sent_at >= now - timedelta(days=1),
            Message.id.not_in(excluded),
        )
    )
    midnights = {}
    for patient in patients:
        zone = ZoneInfo(patient.timezone)
        midnights[patient.id] = datetime.combine(now.astimezone(zone).date(), time(0), tzinfo=zone)
    counts = dict.fromkeys(midnights, 0)
    for patient_id, sent_at in sent:
        if patient_id is not None and sent_at is not None and sent_at >= midnights[patient_id]:
            counts[patient_id] += 1
    return counts


def patient_by_phone(phone: str) -> Patient | None:
    return db.session.scalar(select(Patient).where(Patient.phone == phone))


def opt_out(patient: Patient, method: ConsentMethod, now: datetime) -> None:
    """Stop every text to the patient at once and append the revocation to the ledger."""
    if patient.status != PatientStatus.STOPPED:
        patient.status = PatientStatus.STOPPED
    patient.consent_events.append(ConsentEvent(kind=ConsentKind.REVOKED, method=method, at=now))


def opt_in(patient: Patient, now: datetime) -> None:
    """Resume texts after START: the patient's own message is a new grant."""
    patient.status = PatientStatus.ACTIVE
    patient.consent_events.append(
        ConsentEvent(kind=ConsentKind.GRANTED, method=ConsentMethod.SMS_KEYWORD, at=now)
    )


def answer(patient: Patient, message: Message, keyword: Keyword | None, now: datetime) -> list[str]:
    """The replies to a known patient's text, after its compliance keyword if any."""
    language, name = patient.language, patient.first_name
    if keyword == "opt_out":
        opt_out(patient, ConsentMethod.SMS_KEYWORD, now)
        return [render("opted_out", language)]
    if keyword == "opt_in":
        if patient.status == PatientStatus.STOPPED:
            opt_in(patient, now)
        return [render("opted_in", language, name=name)]
    if keyword == "help":
        clinic = db.session.get_one(Clinic, patient.clinic_id)
        return [render("help", language, clinic=clinic.name, phone=clinic.phone or "")]
    if patient.status == PatientStatus.STOPPED:
        return []
    from companion.conversation.dialogue import handle_text

    return handle_text(patient, message, now)


class CompanionHooks:
    """The MessagingHooks of the companion app."""

    def recipients(self, messages: Sequence[Message], now: datetime) -> dict[int, Recipient]:
        found: dict[int, Recipient] = {}
        alerts = [m for m in messages if m.purpose == "therapist_alert"]
        if alerts:
            therapists = therapist_zones({m.phone for m in alerts})
            for message in alerts:
                if (clinic := therapists.get(message.phone)) is not None:
                    # Urgent alerts reach the therapist at any hour: that is what they asked for.
                    found[message.id] = Recipient(
                        may_text=True, timezone=clinic.timezone, keeps_quiet_hours=False
                    )
        texts = [m for m in messages if m.purpose != "therapist_alert" and m.patient_id]
        if not texts:
            return found
        patients = db.session.scalars(
            select(Patient)
            .where(Patient.id.in_({m.patient_id for m in texts}))
            .options(joinedload(Patient.clinic), selectinload(Patient.consent_events))
        ).all()
        by_id = {patient.id: patient for patient in patients}
        started = texts_started_today(patients, [m.id for m in messages], now)
        for message in texts:
            if (patient := by_id.get(message.patient_id or 0)) is None:
                continue
            found[message.id] = Recipient(
                may_text=patient.status == PatientStatus.ACTIVE and patient.consented,
                timezone=patient.timezone,
                quiet_start=patient.clinic.quiet_start,
                quiet_end=patient.clinic.quiet_end,
                over_budget=started[patient.id] >= DAILY_BUDGET,
            )
        return found

    def on_inbound(self, message: Message, keyword: Keyword | None, now: datetime) -> list[str]:
        # Today's conversation and check-in, and the clinic whose alert thresholds apply,
        # come with the patient: one query, not four.
        patient = db.session.scalar(
            select(Patient)
            .where(Patient.phone == message.phone)
            .options(
                joinedload(Patient.conversation).joinedload(Conversation.checkin),
                joinedload(Patient.clinic),
            )
        )
        if patient is None:
            return [] if keyword == "opt_out" else [render("unknown_number", "en")]
        replies = answer(patient, message, keyword, now)
        # Set last: it joins the webhook's one UPDATE of the message, not a flush of its own.
        message.patient_id = patient.id
        return replies

    def on_opted_out(self, phone: str, now: datetime) -> None:
        patient = patient_by_phone(phone)
        if patient is not None:
            opt_out(patient, ConsentMethod.CARRIER, now)

    def on_undeliverable(self, message: Message, category: str, now: datetime) -> None:
        log.info("message %s undeliverable (%s)", message.id, category)
        if message.patient_id is not None:
            from companion.monitoring.delivery import check_delivery_failures

            check_delivery_failures(message.patient_id, now)

    def on_expired(self, message: Message, now: datetime) -> None:
        """Re-plan a text that ran out of time, unless a newer one supersedes it.

        A day's plan or reminder belongs to that day: tomorrow's plan replaces it. Anything
        else (the welcome, a programme change) goes again when the window next opens.
        """
        if message.purpose in DATED_PURPOSES or message.patient_id is None:
            return
        enqueue(
            phone=message.phone,
            body=message.body,
            now=now,
            dedupe_key=f"{message.dedupe_key or message.id}:again:{now.date().isoformat()}",
            patient_id=message.patient_id,
            purpose=message.purpose,
        )
