"""Companion's answers to what messaging asks: who may be texted, and what a text means."""

import logging
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Row, select

from companion import inbound_batch
from companion.extensions import db
from companion.models import (
    Clinic,
    ConsentEvent,
    ConsentKind,
    ConsentMethod,
    Patient,
    PatientStatus,
)
from companion.monitoring.redflags import therapist_zones
from companion.texts import render, render_for
from companion.therapist_texts import THERAPIST_MESSAGE, refusal
from messaging.hooks import Keyword, Recipient
from messaging.inbound import KEYWORD_REPLY
from messaging.models import Message
from messaging.outbox import enqueue

log = logging.getLogger(__name__)

DATED_PURPOSES = {"plan", "remind"}
# The welcome text promises at most this many texts a day that we start.
DAILY_BUDGET = 3


def texts_started_today(
    zones: Mapping[int, str], excluded: Sequence[int], now: datetime
) -> dict[int, int]:
    """By patient (id: time zone): texts we started (not replies) sent since local midnight."""
    # Every local midnight of today lies within the last day, whatever the zone.
    sent = db.session.execute(
        select(Message.patient_id, Message.sent_at).where(
            Message.patient_id.in_(zones),
            Message.is_reply.is_(False),
            # A clinician answering the patient is not one of the automated texts promised.
            Message.purpose.is_distinct_from(THERAPIST_MESSAGE),
            Message.sent_at >= now - timedelta(days=1),
            Message.id.not_in(excluded),
        )
    )
    midnights = {}
    for patient_id, timezone in zones.items():
        zone = ZoneInfo(timezone)
        midnights[patient_id] = datetime.combine(now.astimezone(zone).date(), time(0), tzinfo=zone)
    counts = dict.fromkeys(midnights, 0)
    for sender_id, sent_at in sent:
        if sender_id is not None and sent_at is not None and sent_at >= midnights[sender_id]:
            counts[sender_id] += 1
    return counts


def patients_now(patient_ids: Collection[int]) -> list[Row[Any]]:
    """Each patient's status, zone, clinic quiet hours and newest consent entry, as stored now.

    Plain columns rather than patients with their clinic and consent ledger: the dispatcher
    asks this for every batch, and building those objects took a fifth of its own time per
    text.
    """
    newest_consent = (  # the entry Patient.consented reads: the ledger's last
        select(ConsentEvent.kind)
        .where(ConsentEvent.patient_id == Patient.id)
        .order_by(ConsentEvent.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    return list(
        db.session.execute(
            select(
                Patient.id,
                Patient.status,
                Patient.paused_reason,
                Patient.timezone,
                Clinic.quiet_start,
                Clinic.quiet_end,
                newest_consent.label("consent"),
            )
            .join(Clinic, Patient.clinic_id == Clinic.id)
            .where(Patient.id.in_(patient_ids))
        )
    )


def may_receive(status: PatientStatus, purpose: str | None) -> bool:
    """An active patient gets every text; a discharged one only the farewell."""
    if status == PatientStatus.DISCHARGED:
        return purpose == "discharge"
    return status == PatientStatus.ACTIVE


def patient_by_phone(phone: str) -> Patient | None:
    return db.session.scalar(select(Patient).where(Patient.phone == phone))


def opt_out(patient: Patient, method: ConsentMethod, now: datetime) -> None:
    """Stop every text to the patient at once and append the revocation to the ledger.

    A discharged patient stays discharged: the ledger alone says they opted out."""
    if patient.status not in (PatientStatus.STOPPED, PatientStatus.DISCHARGED):
        patient.status = PatientStatus.STOPPED
    revoked = ConsentEvent(patient=patient, kind=ConsentKind.REVOKED, method=method, at=now)
    # Added, not appended: appending loads the whole ledger first (a query in the webhook's
    # commit); the back reference still keeps a loaded ledger up to date.
    db.session.add(revoked)


def opt_in(patient: Patient, now: datetime) -> None:
    """Resume texts after START: the patient's own message is a new grant."""
    patient.status = PatientStatus.ACTIVE
    db.session.add(  # added, not appended: as opt_out
        ConsentEvent(
            patient=patient, kind=ConsentKind.GRANTED, method=ConsentMethod.SMS_KEYWORD, at=now
        )
    )


def answer_keyword(
    patient: Patient, message: Message, keyword: Keyword, now: datetime
) -> list[str]:
    """The replies to a known patient's compliance keyword, acted on as its text is stored."""
    language, name = patient.language, patient.first_name
    if keyword == "opt_out":
        opt_out(patient, ConsentMethod.SMS_KEYWORD, now)
        return [render("opted_out", language)]
    if patient.status == PatientStatus.DISCHARGED and keyword != "help":
        from companion.conversation.dialogue import answer_after_discharge

        return answer_after_discharge(patient, message, now)
    if keyword == "opt_in":
        if patient.status == PatientStatus.STOPPED:
            opt_in(patient, now)
        return [render("opted_in", language, name=name)]
    return [render_for("help", patient)]


def converse(patient: Patient, message: Message, now: datetime) -> list[str]:
    """The replies to a known patient's ordinary text: today's conversation."""
    if patient.status == PatientStatus.DISCHARGED:
        from companion.conversation.dialogue import answer_after_discharge

        return answer_after_discharge(patient, message, now)
    if patient.status == PatientStatus.STOPPED:
        return []
    from companion.conversation.dialogue import handle_text

    return handle_text(patient, message, now)


def reply_recipient(message: Message, patient: Row[Any] | None) -> Recipient:
    """An answer to the sender's own text goes whatever the hour, budget or programme state;
    only an opt-out since holds it back (its own confirmation excepted)."""
    if patient is None:
        return Recipient(may_text=True, timezone="UTC")
    stopped = patient.status == PatientStatus.STOPPED and message.purpose != KEYWORD_REPLY
    return Recipient(may_text=not stopped, timezone=patient.timezone)


def recipient(message: Message, patient: Row[Any], started: int) -> Recipient:
    """A patient as the dispatcher must treat them for this message, at send time.

    A clinician's own text keeps to the care team's rules (therapist_texts.refusal): it
    reaches a patient whose programme texts are paused, and no budget holds it back.
    """
    consented = patient.consent == ConsentKind.GRANTED
    if message.purpose == THERAPIST_MESSAGE:
        may_text = refusal(patient.status, patient.paused_reason, consented) is None
    else:
        may_text = may_receive(patient.status, message.purpose) and consented
    return Recipient(
        may_text=may_text,
        timezone=patient.timezone,
        quiet_start=patient.quiet_start,
        quiet_end=patient.quiet_end,
        over_budget=started >= DAILY_BUDGET and message.purpose != THERAPIST_MESSAGE,
    )


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
        texts = [m for m in messages if m.purpose != "therapist_alert"]
        if not texts:
            return found
        patients = {p.id: p for p in patients_now({m.patient_id for m in texts if m.patient_id})}
        zones = {patient.id: patient.timezone for patient in patients.values()}
        started = texts_started_today(zones, [m.id for m in messages], now)
        for message in texts:
            patient = patients.get(message.patient_id or 0)
            if message.is_reply:
                found[message.id] = reply_recipient(message, patient)
            elif patient is not None:
                found[message.id] = recipient(message, patient, started[patient.id])
        return found

    def on_keyword(self, message: Message, keyword: Keyword, now: datetime) -> list[str]:
        patient = patient_by_phone(message.phone)
        if patient is None:
            return [] if keyword == "opt_out" else [render("unknown_number", "en")]
        message.patient_id = patient.id
        return answer_keyword(patient, message, keyword, now)

    def warm_up(self) -> None:
        # The conversation and its red-flag patterns (seconds of regex compiling on a busy
        # machine) are imported at the first text otherwise: the web workers never need them.
        from companion.conversation import dialogue  # noqa: F401

    @contextmanager
    def inbound_batch(self, messages: Sequence[Message], now: datetime) -> Iterator[None]:
        inbound_batch.prepare(messages)
        try:
            yield
        finally:
            inbound_batch.forget()

    def on_inbound(self, message: Message, now: datetime) -> list[str]:
        patient = inbound_batch.take(inbound_batch.SENDERS, message.phone)
        if patient is inbound_batch.MISSING:
            patient = next(iter(inbound_batch.senders({message.phone})), None)
        if patient is None:
            return [render("unknown_number", "en")]
        replies = converse(patient, message, now)
        # Set last: it joins the worker's one UPDATE of the message, not a flush of its own.
        message.patient_id = patient.id
        return replies

    def on_unprocessable(self, message: Message, now: datetime) -> None:
        patient = patient_by_phone(message.phone)
        if patient is None:
            log.error(
                "inbound message %s from an unknown number could not be processed", message.id
            )
            return
        message.patient_id = patient.id
        from companion.conversation.replies import route_unprocessable

        route_unprocessable(patient, message.body, now)

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
