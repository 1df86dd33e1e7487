"""Skipped days: the reason a patient gives, in the menu's number or in their own words, and
a report about yesterday ("skipped yesterday bc of my kids") that belongs to yesterday."""

import re
from datetime import date, datetime, timedelta

from sqlalchemy import select

from companion.conversation.interpret import interpret
from companion.conversation.lexicon import fold
from companion.extensions import db
from companion.models import CheckIn, Completion, DayOutcome, Patient, ProgramDay

# The menu's numbers (texts.py "ask_skip_reason") and what is stored for each.
SKIP_REASONS = {
    1: "pain",
    2: "work",
    3: "no_equipment",
    4: "forgot",
    5: "worried_reinjury",
    6: "family",
}
# Reasons told in words, most specific first: "my kids" is family even on a work day.
REASON_WORDS: list[tuple[str, re.Pattern[str]]] = [
    (
        "family",
        re.compile(
            r"\b(?:kids?|children|child|son|daughter|baby|babies|family|daycare|babysitter|sitter"
            r"|school (?:run|pickup)|caregiv\w*|caring for|take care of|taking care of"
            r"|my (?:mom|dad|mother|father|wife|husband|grandma|grandpa|parents?)"
            r"|hij[oa]s?|nin[oa]s?|familia|bebe|guarderia|cuidar\w*|cuidando"
            r"|mi (?:mama|papa|esposa|esposo|abuel[oa]))\b"
        ),
    ),
    ("worried_reinjury", re.compile(r"\b(?:scared|afraid|worried|nervous|miedo|asustad\w*)\b")),
    ("forgot", re.compile(r"\b(?:forgot|forget|olvid\w*)\b")),
    (
        "no_equipment",
        re.compile(r"\b(?:equipment|weights?|no (?:box|sled|gym)|equipo|pesas|sin (?:caja|gym))\b"),
    ),
    (
        "work",
        re.compile(
            r"\b(?:work|working|worked|shift|overtime|job|trabajo|trabajando|turno|chamba|jale)\b"
            r"(?!\s*out)"
        ),
    ),
    ("pain", re.compile(r"\b(?:pain|hurt\w*|sore|dolor|duele|dolia|adolorid\w*)\b")),
]
_YESTERDAY = re.compile(r"\b(?:yesterday|yday|ayer|last night|anoche)\b")
_TODAY = re.compile(r"\b(?:today|todays|hoy|this morning|esta manana|tonight)\b")
COMPLETIONS = {c.value: c for c in Completion}


def skip_reason(text: str) -> str | None:
    """The reason of a reply to the menu: its number (1-6), else a reason in words."""
    stripped = text.strip().rstrip(".!)")
    if stripped.isdigit() and int(stripped) in SKIP_REASONS:
        return SKIP_REASONS[int(stripped)]
    return reason_in(text)


def reason_in(text: str) -> str | None:
    """A reason for skipping told in the patient's own words, if any."""
    folded = fold(text).text
    return next((reason for reason, words in REASON_WORDS if words.search(folded)), None)


def yesterdays_completion(text: str, language: str) -> Completion | None:
    """done / partial / skipped when the text reports yesterday's session and not today's."""
    folded = fold(text).text
    if not _YESTERDAY.search(folded) or _TODAY.search(folded):
        return None
    # Read as if said of today: the interpreter leaves other days' sessions alone.
    reading = interpret(_YESTERDAY.sub(" ", folded), None, language)
    return COMPLETIONS.get(reading.intent)


def record_yesterday(
    patient: Patient, completion: Completion, text: str, message_id: int, today: date, now: datetime
) -> CheckIn:
    """A check-in for yesterday, with the reason if one was given; a day already settled
    without a word takes what the patient now says of it."""
    yesterday = today - timedelta(days=1)
    checkin = CheckIn(
        patient_id=patient.id,
        message_id=message_id,
        local_date=yesterday,
        created_at=now,
        completion=completion,
        skip_reason=reason_in(text) if completion == Completion.SKIPPED else None,
    )
    db.session.add(checkin)
    settled = db.session.scalar(
        select(ProgramDay).where(
            ProgramDay.patient_id == patient.id, ProgramDay.local_date == yesterday
        )
    )
    if settled is not None and settled.outcome == DayOutcome.SILENT:
        settled.outcome = DayOutcome(completion.value)
    return checkin
