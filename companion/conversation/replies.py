"""The answers that are more than a template: safety, plan, snooze, questions, confirmations."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from companion.alerts import open_alert, raise_alert
from companion.models import CheckIn, Patient, Severity
from companion.texts import plan_text, render
from messaging.outbox import enqueue
from messaging.quiet_hours import in_quiet_hours

# The first category present decides the answer: the most dangerous comes first.
SAFETY = [
    ("mental_health", "safety_crisis"),
    ("cardiac_resp", "safety_emergency"),
    ("cauda_equina", "safety_emergency_department"),
]
SNOOZE = timedelta(hours=1)
UNCLEAR_KEPT = 5  # the latest unclear texts an open alert quotes
TRENDS = {
    "en": {"better": "better", "same": "same", "worse": "worse"},
    "es": {"better": "mejor", "same": "igual", "worse": "peor"},
}


def safety_answer(categories: tuple[str, ...], name: str, language: str) -> str:
    template = next((t for c, t in SAFETY if c in categories), "safety_stop")
    return render(template, language, name=name)


def answer_plan(patient: Patient, today: date) -> str:
    """Today's tasks again, or that today is a rest day."""
    program = patient.program
    if program is None or not program.is_program_day(today):
        return render("no_plan_today", patient.language, name=patient.first_name)
    tasks = [task.describe() for task in program.tasks]
    return plan_text(patient.first_name, patient.language, tasks, ask_trend=False)


def answer_snooze(patient: Patient, now: datetime) -> str:
    """Remind again in an hour, unless that falls in quiet hours."""
    clinic = patient.clinic
    due = now + SNOOZE
    if in_quiet_hours(due, patient.timezone, clinic.quiet_start, clinic.quiet_end):
        return render("snooze_too_late", patient.language, name=patient.first_name)
    enqueue(
        phone=patient.phone,
        body=render("reminder", patient.language, name=patient.first_name),
        dedupe_key=f"snooze:{patient.id}:{today(patient, now).isoformat()}",
        now=now,
        due_at=due,
        patient_id=patient.id,
        purpose="remind",
    )
    return render("snoozed", patient.language, name=patient.first_name)


def today(patient: Patient, now: datetime) -> date:
    return now.astimezone(ZoneInfo(patient.timezone)).date()


def answer_question(patient: Patient, text: str, now: datetime) -> str:
    """Put the question in the therapist's inbox and tell the patient so."""
    raise_alert(patient, "question", Severity.WATCH, now, {"text": text})
    return render("question_routed", patient.language, name=patient.first_name)


def route_unclear(patient: Patient, text: str, now: datetime) -> None:
    """A text we could not read goes to the therapist; while one is open, later ones join it."""
    alert = open_alert(patient.id, "unclear_reply")
    if alert is None:
        raise_alert(patient, "unclear_reply", Severity.WATCH, now, {"texts": [text]})
    else:
        alert.evidence = {"texts": [*alert.evidence.get("texts", []), text][-UNCLEAR_KEPT:]}


def route_unprocessable(patient: Patient, text: str, now: datetime) -> None:
    """A text the conversation failed on again and again: the therapist reads it instead."""
    alert = open_alert(patient.id, "unprocessed_text")
    if alert is None:
        evidence = {"texts": [text], "reason": "could not be processed"}
        raise_alert(patient, "unprocessed_text", Severity.WATCH, now, evidence)
    else:
        texts = [*alert.evidence.get("texts", []), text][-UNCLEAR_KEPT:]
        alert.evidence = {**alert.evidence, "texts": texts}


def confirmation(checkin: CheckIn, name: str, language: str) -> str:
    """'Got it: pain 3, fatigue 4. Thank you, Ana!'"""
    parts = []
    if checkin.pain is not None:
        parts.append(render("pain_score", language, value=checkin.pain))
    if checkin.fatigue is not None:
        parts.append(render("fatigue_score", language, value=checkin.fatigue))
    if checkin.trend is not None:
        parts.append(render("trend_score", language, value=TRENDS[language][checkin.trend]))
    if not parts:
        return render("skip_noted", language, name=name)
    return render("confirm", language, scores=", ".join(parts), name=name)
