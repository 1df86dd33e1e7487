"""Questionnaires by text, one item per text: asking when due, reading answers, resuming.

The PSFS (companion.function) is asked at intake and every two weeks, in the patient's
language, one activity per text; the answer is read in the patient's words ("like a 6",
"seis", "casi nada"). The FABQ work subscale (companion.screening) follows at intake and
at week 4, never both on one day's question. The conversation remembers the item asked
("q:<response>:<item>");
a reply that is no rating goes on to the usual check-in reading, and what is left is asked
again from the next day on, never an item already answered.
"""

import re
from datetime import datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import aliased

from companion.conversation.interpret import Reading
from companion.conversation.item_scores import read_item_rating
from companion.conversation.tasks_reading import fold
from companion.extensions import db
from companion.function import MIN_ACTIVITIES, average, evaluate_function, psfs_activities
from companion.models import (
    Conversation,
    Instrument,
    Patient,
    PatientStatus,
    QuestionnaireAnswer,
    QuestionnaireResponse,
    ResponseStatus,
)
from companion.screening import ITEMS as FABQ_ITEMS
from companion.screening import evaluate_screen, read_agreement
from messaging.models import Message
from messaging.outbox import enqueue

EVERY = timedelta(days=14)
SCREEN_AGAIN = timedelta(days=28)  # the FABQ again at week 4
FabqAgain = aliased(QuestionnaireResponse)
# Asked in the patient's afternoon, away from the morning plan and the evening check-in.
WINDOW = (time(12, 0), time(17, 0))
# An item left unanswered is asked again no sooner than this (in practice: the next day).
AGAIN_AFTER = timedelta(hours=20)

TEXTS = {
    "psfs_item": {
        "en": "Question {n} of {total}: today, how well can you do this: {activity}? "
        "0 = unable, 10 = as before your injury. Reply with one number.",
        "es": "Pregunta {n} de {total}: hoy, ¿qué tan bien puedes hacer esto: {activity}? "
        "0 = no puedo, 10 = como antes de la lesión. Responde con un número.",
    },
    "fabq_item": {
        "en": 'Question {n} of {total} on work and your pain: "{statement}" '
        "0 = completely disagree, 6 = completely agree. Reply with one number.",
        "es": 'Pregunta {n} de {total} sobre el trabajo y tu dolor: "{statement}" '
        "0 = totalmente en desacuerdo, 6 = totalmente de acuerdo. Responde con un número.",
    },
    "psfs_done": {
        "en": "Thank you, {name}! Your therapist will see your answers.",
        "es": "¡Gracias, {name}! Tu terapeuta verá tus respuestas.",
    },
}
# Words for a rating, most specific first: "casi nada" before "nada".
_PHRASES = [
    (1, r"casi nada|casi no|apenas|barely|hardly|almost nothing|almost not at all|very little"),
    (0, r"nada|not at all|cant|can not|cannot|no puedo|unable|nothing|para nada|imposible"
        r"|impossible|no way"),
    (10, r"like before|as before|same as before|normal|como antes|igual que antes|perfect"
         r"|perfecto|no problem|sin problema|fully|100 ?%"),
    (5, r"half|la mitad|mitad|more or less|mas o menos|so so|regular"),
]  # fmt: skip


def read_rating(text: str) -> int | None:
    """A PSFS 0-10 rating in the patient's words, read as every score is (conversation.scores);
    None when there is none or it is out of range.

    Two numbers ("6-7") give the lower, and a decimal rounds down: for function, the cautious
    reading is the lower one."""
    folded = fold(text if isinstance(text, str) else "")
    return read_item_rating(folded, 10, higher_is_cautious=False, words=_PHRASES)


def _text(key: str, language: str, **values: object) -> str:
    return TEXTS[key]["es" if language == "es" else "en"].format(**values)


def _state(patient: Patient, now: datetime) -> Conversation:
    today = now.astimezone(ZoneInfo(patient.timezone)).date()
    state = patient.conversation
    if state is None:
        state = patient.conversation = Conversation(local_date=today)
    if state.local_date != today:
        state.local_date, state.expecting, state.retries, state.checkin = today, None, 0, None
    return state


def _ask(patient: Patient, response: QuestionnaireResponse, item: int, now: datetime) -> str:
    """Queue nothing: set what the conversation expects and return the item's text."""
    _state(patient, now).expecting = f"q:{response.id}:{item}"
    response.last_asked_at = now
    if response.instrument == Instrument.FABQ_WORK:
        statement = FABQ_ITEMS[response.items[item]]["es" if patient.language == "es" else "en"]
        total = len(response.items)
        return _text("fabq_item", patient.language, n=item + 1, total=total, statement=statement)
    return _text(
        "psfs_item",
        patient.language,
        n=item + 1,
        total=len(response.items),
        activity=response.items[item],
    )


def start_sitting(
    patient: Patient, instrument: Instrument, occasion: str, now: datetime
) -> QuestionnaireResponse:
    """A new sitting, its items fixed as they stand: the patient's PSFS activities, or the
    FABQ work items (caller commits)."""
    items = psfs_activities(patient) if instrument == Instrument.PSFS else list(FABQ_ITEMS)
    response = QuestionnaireResponse(
        patient_id=patient.id, instrument=instrument, occasion=occasion, items=items, started_at=now
    )
    db.session.add(response)
    db.session.flush()
    return response


def _occasion(patient: Patient, latest: QuestionnaireResponse | None, now: datetime) -> str:
    if latest is None:
        return "intake"
    start = patient.program.start_date if patient.program else latest.started_at.date()
    weeks = max(2, (now.astimezone(ZoneInfo(patient.timezone)).date() - start).days // 7)
    return f"week_{weeks}"


def ask_questionnaires(now: datetime) -> int:
    """Text the next questionnaire item to each patient one is due for, in their afternoon,
    one questionnaire a day; commits.

    Due: a sitting left half-answered (asked again a day on); a PSFS when none started for
    two weeks; the FABQ work screen at intake and four weeks after it.
    """
    unfinished = select(QuestionnaireResponse.patient_id).where(
        QuestionnaireResponse.status == ResponseStatus.IN_PROGRESS,
        or_(
            QuestionnaireResponse.last_asked_at.is_(None),
            QuestionnaireResponse.last_asked_at <= now - AGAIN_AFTER,
        ),
    )
    recent = exists().where(
        QuestionnaireResponse.patient_id == Patient.id,
        QuestionnaireResponse.instrument == Instrument.PSFS,
        QuestionnaireResponse.started_at > now - EVERY,
    )
    screened = exists().where(
        QuestionnaireResponse.patient_id == Patient.id,
        QuestionnaireResponse.instrument == Instrument.FABQ_WORK,
    )
    screen_again = select(QuestionnaireResponse.patient_id).where(
        QuestionnaireResponse.instrument == Instrument.FABQ_WORK,
        QuestionnaireResponse.occasion == "intake",
        QuestionnaireResponse.started_at <= now - SCREEN_AGAIN,
        ~exists().where(
            FabqAgain.patient_id == QuestionnaireResponse.patient_id,
            FabqAgain.instrument == Instrument.FABQ_WORK,
            FabqAgain.occasion == "week_4",
        ),
    )
    patients = db.session.scalars(
        select(Patient).where(
            Patient.status == PatientStatus.ACTIVE,
            or_(Patient.id.in_(unfinished), ~recent, ~screened, Patient.id.in_(screen_again)),
        )
    ).all()
    asked = 0
    for patient in patients:
        if _ask_patient(patient, now):
            asked += 1
    db.session.commit()
    return asked


def _ask_patient(patient: Patient, now: datetime) -> bool:
    local = now.astimezone(ZoneInfo(patient.timezone))
    program = patient.program
    if not patient.consented or program is None or local.date() < program.start_date:
        return False
    if not WINDOW[0] <= local.time() < WINDOW[1]:
        return False
    state = _state(patient, now)
    if state.expecting is not None:
        return False  # mid check-in or mid question: not now
    asked_lately = db.session.scalar(
        select(
            exists().where(
                QuestionnaireResponse.patient_id == patient.id,
                QuestionnaireResponse.last_asked_at > now - AGAIN_AFTER,
            )
        )
    )
    if asked_lately:
        return False  # one questionnaire a day: the next waits for tomorrow
    for instrument in (Instrument.PSFS, Instrument.FABQ_WORK):
        response = _due(patient, instrument, now)
        if response is None:
            continue
        remaining = response.unanswered()
        body = _ask(patient, response, remaining[0], now)
        enqueue(
            phone=patient.phone,
            body=body,
            dedupe_key=f"q:{response.id}:{remaining[0]}:{local.date().isoformat()}",
            now=now,
            patient_id=patient.id,
            purpose="questionnaire",
        )
        return True
    return False


def _due(patient: Patient, instrument: Instrument, now: datetime) -> QuestionnaireResponse | None:
    """The sitting of this instrument to ask from now: one half-answered, or a new one due."""
    latest = db.session.scalars(
        select(QuestionnaireResponse)
        .where(
            QuestionnaireResponse.patient_id == patient.id,
            QuestionnaireResponse.instrument == instrument,
        )
        .order_by(QuestionnaireResponse.started_at.desc(), QuestionnaireResponse.id.desc())
    ).first()
    if latest is not None and latest.status == ResponseStatus.IN_PROGRESS:
        if latest.last_asked_at is not None and latest.last_asked_at > now - AGAIN_AFTER:
            return None  # asked today: the rest waits for tomorrow
        return latest if latest.unanswered() else None
    if instrument == Instrument.FABQ_WORK:
        if latest is None:
            return start_sitting(patient, instrument, "intake", now)
        if latest.occasion == "intake" and latest.started_at <= now - SCREEN_AGAIN:
            return start_sitting(patient, instrument, "week_4", now)
        return None
    if latest is None or latest.started_at <= now - EVERY:
        if len(psfs_activities(patient)) < MIN_ACTIVITIES:
            return None
        return start_sitting(patient, instrument, _occasion(patient, latest, now), now)
    return None


def answer_questionnaire(
    patient: Patient, message: Message, reading: Reading, now: datetime
) -> list[str] | None:
    """Record a rating for the item the conversation asked; the next item's text, or thanks
    when the last is in. None when no item is waiting or the text holds no rating: a text
    with a labelled score or a trend ("done, pain 3") is a check-in, not a rating."""
    state = _state(patient, now)
    match = re.fullmatch(r"q:(\d+):(\d+)", state.expecting or "")
    if match is None or reading.pain is not None or reading.fatigue is not None or reading.trend:
        return None
    response = db.session.get(QuestionnaireResponse, int(match.group(1)))
    if response is None or response.patient_id != patient.id:
        return None
    fabq = response.instrument == Instrument.FABQ_WORK
    value = read_agreement(message.body) if fabq else read_rating(message.body)
    if value is None:
        return None
    item = int(match.group(2))
    if item in response.unanswered():
        response.answers.append(
            QuestionnaireAnswer(item=item, value=value, message_id=message.id, answered_at=now)
        )
    state.expecting = None
    remaining = response.unanswered()
    if remaining:
        return [_ask(patient, response, remaining[0], now)]
    response.status, response.completed_at = ResponseStatus.COMPLETED, now
    values = [a.value for a in response.answers]
    response.score = Decimal(sum(values)) if fabq else average(values)
    db.session.flush()
    if fabq:
        evaluate_screen(patient, response, now)
    else:
        evaluate_function(patient, now)
    return [_text("psfs_done", patient.language, name=patient.first_name)]
