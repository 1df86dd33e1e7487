"""The conversation with a patient: read their text, record what it says, answer briefly."""

from datetime import datetime
from zoneinfo import ZoneInfo

from companion.conversation.interpret import interpret
from companion.extensions import db
from companion.models import CheckIn, Completion, Patient, Trend
from companion.texts import render
from messaging.models import Message

COMPLETIONS = {c.value: c for c in Completion}


def handle_text(patient: Patient, message: Message, now: datetime) -> list[str]:
    """Record the check-in a text carries and confirm it in one short line."""
    reading = interpret(message.body, None, patient.language)
    completion = COMPLETIONS.get(reading.intent)
    if completion or reading.pain is not None or reading.fatigue is not None or reading.trend:
        db.session.add(
            CheckIn(
                patient_id=patient.id,
                message_id=message.id,
                local_date=now.astimezone(ZoneInfo(patient.timezone)).date(),
                completion=completion,
                pain=reading.pain,
                fatigue=reading.fatigue,
                trend=Trend(reading.trend) if reading.trend else None,
                created_at=now,
            )
        )
    return [render("received", patient.language, name=patient.first_name)]
