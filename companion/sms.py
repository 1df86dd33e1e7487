"""Companion's answers to what messaging asks: who may be texted, and what a text means."""

import logging
from datetime import datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from companion.extensions import db
from companion.models import (
    Clinic,
    ConsentEvent,
    ConsentKind,
    ConsentMethod,
    Patient,
    PatientStatus,
)
from companion.monitoring.redflags import therapist_recipient_zone
from companion.texts import render
from messaging.hooks import Keyword, Recipient
from messaging.models import Message
from messaging.outbox import enqueue

log = logging.getLogger(__name__)

DATED_PURPOSES = {"plan", "remind"}
# The welcome text promises at most this many texts a day that we start.
DAILY_BUDGET = 3


def texts_started_today(patient: Patient, message: Message, now: datetime) -> int:
    """Texts we started (not replies) that went to the patient since their local midnight."""
    zone = ZoneInfo(patient.timezone)
    midnight = datetime.combine(now.astimezone(zone).date(), time(0), tzinfo=zone)
    return db.session.scalar(
        select(func.count()).select_from(Message).where(
            Message.patient_id == patient.id,
            Message.is_reply.is_(False),
            Message.sent_at >= midnight,
            Message.id != message.id,
        )
    ) or 0


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


class CompanionHooks:
    """The MessagingHooks of the companion app."""

    def recipient(self, message: Message, now: datetime) -> Recipient | None:
        if message.purpose == "therapist_alert":
            found = therapist_recipient_zone(message.phone)
            if found is None:
                return None
            # Urgent alerts reach the therapist at any hour: that is what they asked for.
            return Recipient(may_text=True, timezone=found[1].timezone, keeps_quiet_hours=False)
        patient = db.session.get(Patient, message.patient_id) if message.patient_id else None
        if patient is None:
            return None
        clinic = db.session.get_one(Clinic, patient.clinic_id)
        return Recipient(
            may_text=patient.status == PatientStatus.ACTIVE and patient.consented,
            timezone=patient.timezone,
            quiet_start=clinic.quiet_start,
            quiet_end=clinic.quiet_end,
            over_budget=texts_started_today(patient, message, now) >= DAILY_BUDGET,
        )

    def on_inbound(self, message: Message, keyword: Keyword | None, now: datetime) -> list[str]:
        patient = patient_by_phone(message.phone)
        if patient is None:
            return [] if keyword == "opt_out" else [render("unknown_number", "en")]
        message.patient_id = patient.id
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
        enqueue(phone=message.phone, body=message.body, now=now,
                dedupe_key=f"{message.dedupe_key or message.id}:again:{now.date().isoformat()}",
                patient_id=message.patient_id, purpose=message.purpose)
