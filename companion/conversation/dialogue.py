"""The conversation with a patient: read each text in the light of what we last asked.

After the plan, a completion answer; after DONE or SOME, ask for what is missing (pain,
then fatigue, then on graded activity how hard the session was: conversation.effort) and
never for what was given; after SKIP, ask the reason once. A question
that gets no usable answer is asked again at most twice, then left for the therapist.
A text that records nothing and is not a courtesy goes to the therapist's inbox.
A certain red flag takes the urgent path; a possible one is asked back (ask_back.py).
State lives in the database and ends with the patient's local day.
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from companion.conversation.ask_back import answer_asked, ask_back, yes_or_no
from companion.conversation.courtesy import is_courtesy
from companion.conversation.effort import effort_due
from companion.conversation.howto import answer_howto, asks_how, task_asked_about
from companion.conversation.interpret import Reading, interpret
from companion.conversation.questionnaires import answer_questionnaire
from companion.conversation.replies import (
    answer_plan,
    answer_question,
    answer_trend,
    confirmation,
    is_lost,
    joined_red_flag,
    lost_answer,
    route_unclear,
    safety_answer,
)
from companion.conversation.skips import (
    reason_in,
    record_yesterday,
    skip_reason,
    yesterdays_completion,
)
from companion.conversation.snooze import answer_snooze
from companion.conversation.task_reports import (
    read_task_mentions,
    record_task_reports,
    todays_tasks,
    with_task_summary,
)
from companion.extensions import db
from companion.models import CheckIn, Completion, Conversation, Patient, Severity, Trend
from companion.monitoring.asked_back import raise_possible_alerts
from companion.monitoring.evaluate import evaluate_checkin
from companion.monitoring.redflags import record_red_flags
from companion.texts import render, render_for
from messaging.keywords import quiet_today
from messaging.models import Message

COMPLETIONS = {c.value: c for c in Completion}
SCALES = ("pain", "fatigue", "effort")  # the 0-10 questions the check-in asks
MAX_RETRIES = 2


def conversation_for(patient: Patient, today: date) -> Conversation:
    """Today's conversation state; yesterday's has expired and starts afresh."""
    state = patient.conversation
    if state is None:
        state = patient.conversation = Conversation(local_date=today)
    if state.local_date != today:
        state.local_date, state.expecting, state.retries, state.checkin = today, None, 0, None
    return state


def handle_text(patient: Patient, message: Message, now: datetime) -> list[str]:
    """Answer one inbound text; every change it makes joins the webhook's transaction."""
    today = now.astimezone(ZoneInfo(patient.timezone)).date()
    state = conversation_for(patient, today)
    name, language = patient.first_name, patient.language
    if state.asked_at is not None and (yes := yes_or_no(message.body)) is not None:
        return answer_asked(patient, state, yes, message.body, now)
    if state.expecting == "skip_reason" and (reason := skip_reason(message.body)):
        if (checkin := state.checkin) is not None:
            checkin.skip_reason = reason
        state.expecting = None
        return [render("skip_noted", language, name=name)]
    expecting = state.expecting if state.expecting in SCALES else None
    reading = interpret(message.body, expecting, language)
    if reading.red_flags:
        record(patient, state, reading, message, today, now)
        record_red_flags(patient, reading.red_flags, reading.evidence, message.body, now)
        state.expecting = None
        return [safety_answer(reading.red_flags, name, language)]
    if reading.possible_flags:  # not sure: ask before alerting (ask_back.py)
        record(patient, state, reading, message, today, now)
        return ask_back(patient, state, reading, now, message.body)
    if (late := yesterday_reply(patient, state, message, today, now)) is not None:
        return late
    if (howto := howto_reply(patient, message.body, now)) is not None:
        return [howto]
    if is_lost(message.body):
        return [lost_answer(patient, state)]
    # A questionnaire item waiting for its rating (conversation.questionnaires).
    if (answered := answer_questionnaire(patient, message, reading, now)) is not None:
        return answered
    if reading.intent == "plan":
        return [answer_plan(patient, today)]
    if reading.intent == "snooze":
        return [answer_snooze(patient, message.body, now)]
    if reading.intent == "question":
        return [answer_question(patient, message.body, now)]
    # Per-task reports ("did the lifts but not the ladder"): conversation.task_reports.
    tasks = todays_tasks(patient)
    mentions = read_task_mentions(tasks, message.body, reading.intent)
    reading = with_task_summary(reading, mentions, len(tasks))
    checkin = record(patient, state, reading, message, today, now)
    if checkin is not None and mentions:
        record_task_reports(patient, checkin, tasks, mentions, today, now)
    if checkin is None:
        if reading.intent == "help":  # lost, not unreadable: show how to answer
            return [lost_answer(patient, state)]
        unclear = not is_courtesy(message.body)
        if unclear and joined_red_flag(patient, message.body, now):
            return [render("joined_red_flag", language, name=name)]
        if unclear:
            route_unclear(patient, message.body, now)
        if expecting:
            return ask_again(state, name, language)
        return [render("unclear_routed", language, name=name)] if unclear else []
    if any(alert.severity == Severity.URGENT for alert in evaluate_checkin(patient, now, checkin)):
        state.expecting = None
        return [render("safety_stop", language, name=name)]
    if reading.trend and not COMPLETIONS.get(reading.intent) and not scored(reading):
        return [answer_trend(state, reading.trend, name, language)]
    if checkin.completion == Completion.SKIPPED and not checkin.skip_reason:
        checkin.skip_reason = reason_in(message.body)  # "skipped, my kids were sick"
    if checkin.completion == Completion.SKIPPED and quiet_today(message.body):
        state.expecting = None  # "no texts today, please": no question back
        return [confirmation(checkin, name, language)]
    asks_effort = effort_due(patient, checkin)
    return next_question(state, checkin, reading, name, language, asks_effort)


def record(
    patient: Patient,
    state: Conversation,
    reading: Reading,
    message: Message,
    today: date,
    now: datetime,
) -> CheckIn | None:
    """Put what the text says into today's open check-in, or start one; None if it says nothing."""
    completion = COMPLETIONS.get(reading.intent)
    if not (completion or scored(reading) or reading.trend):
        return None
    checkin = state.checkin
    if (
        checkin is None
        or (completion and checkin.completion)
        or (reading.pain is not None and checkin.pain is not None and state.expecting != "pain")
    ):
        checkin = CheckIn(
            patient_id=patient.id, message_id=message.id, local_date=today, created_at=now
        )
        db.session.add(checkin)
        state.checkin = checkin
    checkin.completion = completion or checkin.completion
    checkin.pain = reading.pain if reading.pain is not None else checkin.pain
    checkin.fatigue = reading.fatigue if reading.fatigue is not None else checkin.fatigue
    checkin.effort = reading.effort if reading.effort is not None else checkin.effort
    checkin.trend = Trend(reading.trend) if reading.trend else checkin.trend
    return checkin


def scored(reading: Reading) -> bool:
    return any(score is not None for score in (reading.pain, reading.fatigue, reading.effort))


def next_question(
    state: Conversation,
    checkin: CheckIn,
    reading: Reading,
    name: str,
    language: str,
    asks_effort: bool = False,
) -> list[str]:
    """Ask for the next missing thing, or confirm the check-in in one line."""
    state.retries = 0
    if checkin.completion == Completion.SKIPPED and not checkin.skip_reason:
        if state.expecting != "skip_reason":
            state.expecting = "skip_reason"
            return [render("ask_skip_reason", language)]
    if checkin.completion in (Completion.DONE, Completion.PARTIAL):
        if checkin.pain is None:
            state.expecting = "pain"
            return [render("ask_pain", language, name=name)]
        if checkin.fatigue is None:
            state.expecting = "fatigue"
            return [render("ask_fatigue", language)]
        if asks_effort:
            state.expecting = "effort"
            return [render("ask_effort", language)]
    if state.expecting == "pain" and checkin.fatigue is None and reading.pain is not None:
        state.expecting = "fatigue"
        return [render("ask_fatigue", language)]
    state.expecting = None
    return [confirmation(checkin, name, language)]


def yesterday_reply(
    patient: Patient, state: Conversation, message: Message, today: date, now: datetime
) -> list[str] | None:
    """A report of yesterday's session ("skipped yesterday bc of my kids") goes on yesterday;
    a skip without a reason asks it, and the answer joins yesterday's check-in."""
    completion = yesterdays_completion(message.body, patient.language)
    if completion is None:
        return None
    checkin = record_yesterday(patient, completion, message.body, message.id, today, now)
    language, name = patient.language, patient.first_name
    if completion == Completion.SKIPPED and not checkin.skip_reason:
        state.checkin, state.expecting = checkin, "skip_reason"
        return [render("ask_skip_reason", language)]
    said = render(f"completion_{completion.value}", language)
    return [render("yesterday_noted", language, name=name, completion=said)]


def howto_reply(patient: Patient, text: str, now: datetime) -> str | None:
    """A task's instructions when the text asks how to do one ("¿cómo hago el 2?")."""
    if not asks_how(text):
        return None
    tasks = patient.program.tasks if patient.program is not None else []
    number = task_asked_about(text, tasks)
    return None if number is None else answer_howto(patient, number, text, now)


def ask_again(state: Conversation, name: str, language: str) -> list[str]:
    """Re-ask an unreadable or out-of-range answer, twice at most, then let it go."""
    if state.retries >= MAX_RETRIES:
        state.expecting, state.retries = None, 0
        return [render("give_up", language, name=name)]
    state.retries += 1
    return [render(f"ask_{state.expecting}_again", language)]


def answer_after_discharge(patient: Patient, message: Message, now: datetime) -> list[str]:
    """A discharged patient's text records nothing; a red flag still gets the safety answer
    and reaches the clinic, anything else is told the programme has ended and whom to call."""
    name, language = patient.first_name, patient.language
    reading = interpret(message.body, None, language)
    if reading.red_flags:
        record_red_flags(patient, reading.red_flags, reading.evidence, message.body, now)
        return [safety_answer(reading.red_flags, name, language)]
    if reading.possible_flags:  # no programme to ask within: the clinic reads it
        raise_possible_alerts(
            patient, reading.possible_flags, reading.evidence, message.body, now, answer=None
        )
        if "mental_health" in reading.possible_flags:
            return [render("safety_crisis", language, name=name)]
    return [render_for("programme_ended", patient)]
