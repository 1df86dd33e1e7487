"""The answers that are more than a template: safety, plan, questions, confirmations, a lone
"?", and a word after a red flag."""

import re
from datetime import date, datetime, timedelta

from sqlalchemy import select

from companion import inbound_batch
from companion.alerts import open_alert, raise_alert
from companion.conversation.lexicon import fold
from companion.conversation.task_reports import todays_tasks
from companion.extensions import db
from companion.models import Alert, AlertStatus, CheckIn, Conversation, Patient, Severity
from companion.texts import plan_text, render, render_for

# The first category present decides the answer: the most dangerous comes first.
SAFETY = [
    ("mental_health", "safety_crisis"),
    ("cardiac_resp", "safety_emergency"),
    ("cauda_equina", "safety_emergency_department"),
]
UNCLEAR_KEPT = 5  # the latest unclear texts an open alert quotes
# A text that says nothing to act on this long after a red flag is read with that red flag.
RED_FLAG_FOLLOW_UP = timedelta(days=2)
# "?", "??", "¿?", "huh?", "what?", "¿qué?": lost, not a question for the therapist.
LOST = re.compile(r"\s*(?:[¿?]+|(?:huh|what|wut|que|eh|como|mande)\s*[¿?!.]*)\s*")
TRENDS = {
    "en": {
        "better": "better than yesterday",
        "same": "same as yesterday",
        "worse": "worse than yesterday",
    },
    "es": {"better": "mejor que ayer", "same": "igual que ayer", "worse": "peor que ayer"},
}


def safety_answer(categories: tuple[str, ...], name: str, language: str) -> str:
    template = next((t for c, t in SAFETY if c in categories), "safety_stop")
    return render(template, language, name=name)


def answer_plan(patient: Patient, today: date) -> str:
    """Today's tasks again, or that today is a rest day."""
    tasks = todays_tasks(patient)  # in a batch, loaded with their programme
    program = tasks[0].program if tasks else patient.program
    if program is None or not program.is_program_day(today):
        return render("no_plan_today", patient.language, name=patient.first_name)
    described = [task.describe(patient.language) for task in tasks]
    return plan_text(patient.first_name, patient.language, described, ask_trend=False)


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


def is_lost(text: str) -> bool:
    return LOST.fullmatch(fold(text).text) is not None


def lost_answer(patient: Patient, state: Conversation) -> str:
    """What the patient was asked, explained; else how to reply at all."""
    if state.expecting in ("pain", "fatigue", "effort"):
        return render(f"explain_{state.expecting}", patient.language)
    if state.expecting == "skip_reason":
        return render("ask_skip_reason", patient.language)
    return render_for("how_to_reply", patient)


def joined_red_flag(patient: Patient, text: str, now: datetime) -> bool:
    """Add the text to a recent red flag's alert ("estoy bien, solo me asusté"): the therapist
    reads it with the sign it follows, rather than as a new unclear reply."""
    alert = recent_red_flag(patient.id, now)
    if alert is None:
        return False
    follow_ups = [*alert.evidence.get("follow_ups", []), text][-UNCLEAR_KEPT:]
    alert.evidence = {**alert.evidence, "follow_ups": follow_ups}
    return True


def recent_red_flag(patient_id: int, now: datetime) -> Alert | None:
    """The patient's newest unresolved red-flag alert of the last RED_FLAG_FOLLOW_UP.

    In the worker's batch, from the alerts it holds (kept up to date as the conversation
    raises them): no query, and no flush of the conversations before one.
    """
    since = now - RED_FLAG_FOLLOW_UP
    if (known := inbound_batch.alerts_of(patient_id)) is not None:
        recent = [
            alert
            for kind, alert in known.items()
            if kind.startswith("red_flag:")
            and alert.status != AlertStatus.RESOLVED
            and alert.created_at >= since
        ]
        # An alert raised in this batch and not yet flushed has no id: it is the newest.
        return max(recent, key=lambda a: (a.created_at, a.id is None, a.id or 0), default=None)
    return db.session.scalar(
        select(Alert)
        .where(
            Alert.patient_id == patient_id,
            Alert.kind.startswith("red_flag:"),
            Alert.status != AlertStatus.RESOLVED,
            Alert.created_at >= since,
        )
        .order_by(Alert.created_at.desc(), Alert.id.desc())
        .limit(1)
    )


def answer_trend(state: Conversation, trend: str, name: str, language: str) -> str:
    """A text that only answers the 24-hour question: that answer confirmed, no scores it did
    not carry, and the question still open asked again."""
    noted = render("trend_noted", language, value=TRENDS[language][trend])
    if state.expecting in ("pain", "fatigue"):
        return f"{noted} {render(f'ask_{state.expecting}_short', language)}"
    return render("confirm", language, scores=TRENDS[language][trend], name=name)


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
    if checkin.effort is not None:
        parts.append(render("effort_score", language, value=checkin.effort))
    if checkin.trend is not None:
        parts.append(TRENDS[language][checkin.trend])
    if not parts:
        return render("skip_noted", language, name=name)
    return render("confirm", language, scores=", ".join(parts), name=name)
