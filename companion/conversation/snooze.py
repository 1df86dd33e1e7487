"""Snooze: remind the patient later today, at the time they ask for ("remind me tonight", "in 2
hours", "recuérdame a las 7 de la noche"), within their sending window; an hour by default."""

import re
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from companion.conversation.lexicon import fold
from companion.extensions import db
from companion.models import Message, MessageStatus, Patient
from companion.texts import render
from messaging.outbox import enqueue
from messaging.quiet_hours import in_quiet_hours, next_allowed, quiet_starts_at

DEFAULT = timedelta(hours=1)
# A reminder sooner than this is not worth a text; the last one leaves room before the night.
MIN_AHEAD = timedelta(minutes=30)
BEFORE_NIGHT = timedelta(minutes=15)

_AMOUNT = r"(\d{1,2}|an?|one|una|un|half an?|media|two|dos|three|tres)"
_IN = re.compile(
    rf"\b(?:in|en|dentro de)\s+(?:like\s+|unas?\s+|como\s+)?{_AMOUNT}\s*"
    r"(hours?|hrs?|h|horas?|minutes?|mins?|minutos?)\b"
)
_AT = re.compile(
    r"(?:\b(?:at|around|by|like|a las|a la|como a las|tipo|pa las|para las)\s+|\b(?=\d{1,2}"
    r"(?::\d{2})?\s*(?:am|pm|a\.?m|p\.?m)\b))(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.?m\.?|p\.?m\.?)?"
    r"(?:\s+(?:de la|in the|en la)\s+(manana|morning|tarde|afternoon|noche|evening|night))?"
)
# Times of day in words, as the clock reads them.
_WORDS: list[tuple[re.Pattern[str], time]] = [
    (re.compile(r"\b(?:tonight|this evening|esta noche|en la noche|por la noche)\b"), time(19)),
    (re.compile(r"\b(?:after dinner|despues de (?:la )?cena|despues de cenar)\b"), time(19, 30)),
    (re.compile(r"\b(?:after work|despues del trabajo|saliendo del trabajo)\b"), time(18)),
    (re.compile(r"\b(?:this afternoon|esta tarde|en la tarde|por la tarde)\b"), time(15)),
    (re.compile(r"\b(?:after lunch|despues de (?:la )?comida|despues de comer)\b"), time(14)),
]
_NUMBERS = {"a": 1, "an": 1, "one": 1, "una": 1, "un": 1, "two": 2, "dos": 2, "three": 3,
            "tres": 3}  # fmt: skip


def asked_time(text: str, now_local: datetime) -> datetime | None:
    """The local time the text asks to be reminded at, later today; None if it names none."""
    folded = fold(text).text
    if match := _IN.search(folded):
        amount, unit = match.groups()
        count = 0.5 if amount.startswith(("half", "media")) else _NUMBERS.get(amount)
        value = count if count is not None else int(amount)
        delta = timedelta(hours=value) if unit.startswith("h") else timedelta(minutes=value)
        return now_local + delta
    if match := _AT.search(folded):
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if hour > 23 or minute > 59:
            return None
        return _next_at(now_local, hour, minute, match.group(3), match.group(4))
    for words, at in _WORDS:
        if words.search(folded):
            moment = datetime.combine(now_local.date(), at, tzinfo=now_local.tzinfo)
            return moment if moment > now_local else None
    return None


def _next_at(
    now_local: datetime, hour: int, minute: int, meridiem: str | None, part: str | None
) -> datetime | None:
    """The hour on today's clock: pm or an evening word add 12; otherwise the next one to come."""
    evening = part in ("tarde", "afternoon", "noche", "evening", "night")
    if hour <= 12 and ((meridiem or "").startswith("p") or evening):
        hours = [hour % 12 + 12]
    elif hour <= 12 and ((meridiem or "").startswith("a") or part in ("manana", "morning")):
        hours = [hour % 12]
    else:
        hours = [hour, hour + 12] if hour < 12 else [hour]
    for candidate in hours:
        moment = now_local.replace(hour=candidate, minute=minute, second=0, microsecond=0)
        if moment > now_local:
            return moment
    return None


def snooze_due(patient: Patient, text: str, now: datetime) -> tuple[datetime | None, str]:
    """When to remind (UTC), or None when today's window has closed, and the answer's template."""
    clinic, zone = patient.clinic, patient.timezone
    quiet = (clinic.quiet_start, clinic.quiet_end)
    asked = asked_time(text, now.astimezone(ZoneInfo(zone)))
    due = asked.astimezone(now.tzinfo) if asked else now + DEFAULT
    if not in_quiet_hours(due, zone, *quiet):
        return due, "snoozed_at" if asked else "snoozed"
    if in_quiet_hours(now, zone, *quiet):
        opens = next_allowed(now, zone, *quiet)
        local = ZoneInfo(zone)
        if opens.astimezone(local).date() == now.astimezone(local).date():
            return opens, "snoozed_morning"  # early morning: when texts start for the day
        return None, "snooze_too_late"
    latest = quiet_starts_at(now, zone, *quiet) - BEFORE_NIGHT
    if latest - now >= MIN_AHEAD:
        return latest, "snoozed_before_night"
    return None, "snooze_too_late"


def clock_time(moment: datetime) -> str:
    """'7 pm', '8:45 am': a time as a text says it."""
    hour = moment.hour % 12 or 12
    minutes = f":{moment.minute:02d}" if moment.minute else ""
    return f"{hour}{minutes} {'pm' if moment.hour >= 12 else 'am'}"


def answer_snooze(patient: Patient, text: str, now: datetime) -> str:
    """Queue the reminder for the time asked (or the window's edge) and say when it comes."""
    due, template = snooze_due(patient, text, now)
    if due is not None:
        schedule_reminder(patient, due, now)
    local = due.astimezone(ZoneInfo(patient.timezone)) if due else now
    return render(template, patient.language, name=patient.first_name, time=clock_time(local))


def schedule_reminder(patient: Patient, due: datetime, now: datetime) -> None:
    """Today's snoozed reminder at `due`: a second snooze moves one still waiting."""
    day = now.astimezone(ZoneInfo(patient.timezone)).date().isoformat()
    key = f"snooze:{patient.id}:{day}"
    # Only texts queued by statement are read: nothing of the conversation's to flush first.
    with db.session.no_autoflush:
        todays = list(db.session.scalars(select(Message).where(Message.dedupe_key.startswith(key))))
    waiting = next((m for m in todays if m.status == MessageStatus.QUEUED), None)
    if waiting is not None:
        waiting.next_attempt_at = due
        return
    enqueue(
        phone=patient.phone,
        body=render("reminder", patient.language, name=patient.first_name),
        # The first key is the one the evening reminder looks for; later ones are numbered.
        dedupe_key=key if not todays else f"{key}:{len(todays) + 1}",
        now=now,
        due_at=due,
        patient_id=patient.id,
        purpose="remind",
    )
