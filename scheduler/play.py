"""The chat console's clock commands: play a patient's days with `flask chat PHONE --now T`.

/next moves to the next day's plan time, /at HH:MM to a local time, /tick runs what is due
now. Moving the clock runs the scheduler's tick at every instant on the way where it
would act for this patient (reminder, local midnight, end of quiet hours, plan time, a text
falling due), so the day unfolds as it would have.
"""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import click
from flask import Flask
from sqlalchemy import select

from companion.extensions import db
from companion.models import Message, MessageStatus, Patient
from messaging.chat import ChatSession
from scheduler import jobs

DEFAULT_PLAN = time(8, 0)


def patient_of(session: ChatSession) -> Patient | None:
    return db.session.scalar(select(Patient).where(Patient.phone == session.phone))


def zone_of(patient: Patient | None) -> ZoneInfo:
    return ZoneInfo(patient.timezone if patient else "UTC")


def daily_times(patient: Patient | None) -> list[time]:
    """The local times at which the scheduler may act for this patient on any day."""
    times = [time(0, 0), DEFAULT_PLAN]
    if patient is not None:
        program, clinic = patient.program, patient.clinic
        times.append(clinic.quiet_end)
        if program is not None:
            times += [program.plan_time, program.reminder_time]
    return times


def moments(patient: Patient | None, phone: str, start: datetime, end: datetime) -> list[datetime]:
    """The instants in (start, end] worth a tick, in order; `end` is always one of them."""
    zone = zone_of(patient)
    first, last = start.astimezone(zone).date(), end.astimezone(zone).date()
    found = {end}
    for offset in range((last - first).days + 1):
        day = first + timedelta(days=offset)
        found |= {datetime.combine(day, at, tzinfo=zone) for at in daily_times(patient)}
    due = db.session.scalars(
        select(Message.next_attempt_at).where(
            Message.phone == phone,
            Message.status == MessageStatus.QUEUED,
            Message.next_attempt_at > start,
            Message.next_attempt_at <= end,
        )
    )
    found |= {moment for moment in due if moment is not None}
    return sorted(m for m in found if start < m <= end)


def advance(session: ChatSession, target: datetime) -> None:
    """Tick at every instant on the way to `target`, printing the texts each one sends."""
    assert session.clock is not None
    patient = patient_of(session)
    for moment in moments(patient, session.phone, session.clock, target):
        session.clock = moment
        jobs.tick(moment)
        db.session.commit()
        # Only instants that sent something get a heading, so a quiet night prints nothing.
        if moment == target or pending_texts(session):
            click.echo(heading(patient, moment))
            session.show_new_texts()


def heading(patient: Patient | None, moment: datetime) -> str:
    zone = zone_of(patient)
    return f"-- {moment.astimezone(zone):%a %d %b %H:%M} ({zone.key}) --"


def pending_texts(session: ChatSession) -> bool:
    return bool(
        db.session.scalar(
            select(Message.id)
            .where(
                Message.phone == session.phone,
                Message.id > session.after_id,
                Message.status.in_((MessageStatus.SENT, MessageStatus.DELIVERED)),
                Message.id.not_in(session.shown),
            )
            .limit(1)
        )
    )


def local_time(patient: Patient | None, day: date, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=zone_of(patient))


def next_day(session: ChatSession, argument: str) -> None:
    """/next: the next local day at its plan time, through the evening and the night."""
    assert session.clock is not None
    patient = patient_of(session)
    program = patient.program if patient else None
    today = session.clock.astimezone(zone_of(patient)).date()
    at = program.plan_time if program else DEFAULT_PLAN
    if patient is not None:
        at = max(at, patient.clinic.quiet_end)  # the plan waits for the sending window
    advance(session, local_time(patient, today + timedelta(days=1), at))


def at_time(session: ChatSession, argument: str) -> None:
    """/at HH:MM: the next time the patient's clock shows HH:MM (today, or else tomorrow)."""
    assert session.clock is not None
    try:
        at = time.fromisoformat(argument)
    except ValueError:
        raise click.UsageError("give a local time as HH:MM, e.g. /at 18:00") from None
    patient = patient_of(session)
    today = session.clock.astimezone(zone_of(patient)).date()
    target = local_time(patient, today, at)
    if target <= session.clock:
        target = local_time(patient, today + timedelta(days=1), at)
    advance(session, target)


def tick_now(session: ChatSession, argument: str) -> None:
    """/tick: run what is due at the chat's clock now."""
    assert session.clock is not None
    click.echo(heading(patient_of(session), session.clock))
    jobs.tick(session.clock)
    db.session.commit()
    session.show_new_texts()


def register(app: Flask) -> None:
    app.extensions["chat_commands"] = {"next": next_day, "at": at_time, "tick": tick_now}
