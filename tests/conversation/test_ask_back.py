"""A possible red flag is asked back: YES alerts, NO is noted, silence escalates to high."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from companion.conversation.ask_back import yes_or_no
from companion.extensions import db
from companion.models import AlertStatus, Message, Patient, PatientStatus, Severity
from companion.monitoring.asked_back import escalate_unanswered
from tests.builders import make_patient, make_therapist
from tests.conversation.talk import PHONE, alerts
from tests.sms import received_at

AFTERNOON = datetime(2026, 11, 23, 21, 0, tzinfo=UTC)  # 15:00 in Chicago
NIGHT = datetime(2026, 11, 24, 5, 0, tzinfo=UTC)  # 23:00 in Chicago: quiet hours


def say(body: str, now: datetime = AFTERNOON) -> str:
    return " ".join(received_at(PHONE, body, now))


def pages() -> list[Message]:
    return list(db.session.scalars(select(Message).where(Message.purpose == "therapist_alert")))


def status(patient: Patient) -> PatientStatus:
    db.session.expire_all()
    return patient.status


@pytest.fixture
def ana(app: object) -> Patient:
    return make_patient(make_therapist(phone="+13125550999"), first_name="Ana", phone=PHONE)


def test_a_look_alike_asks_the_patient_and_no_longer_pauses_the_programme(ana: Patient) -> None:
    answer = say("my dad's having chest pains, at the ER with him. i'll do it later")

    assert "To be safe, Ana: are you having chest pain or trouble breathing now?" in answer
    assert "Reply YES or NO" in answer
    assert (alerts(), pages(), status(ana)) == ([], [], PatientStatus.ACTIVE)


def test_yes_to_the_question_takes_the_urgent_path(ana: Patient) -> None:
    say("my dad's having chest pains, at the ER with him")

    answer = say("yeah actually mine too")

    assert "call 911" in answer
    [alert] = alerts()
    assert (alert.kind, alert.severity) == ("red_flag:cardiac_resp", Severity.URGENT)
    assert "chest pains" in alert.evidence["text"]
    assert status(ana) == PatientStatus.PAUSED and len(pages()) == 1


def test_no_to_the_question_is_recorded_with_the_text_and_alerts_nobody(ana: Patient) -> None:
    say("what if my leg goes numb again during the carries?")

    answer = say("no")

    assert "Noted" in answer
    [note] = alerts()
    assert (note.status, note.severity, note.evidence["answer"]) == (
        AlertStatus.RESOLVED, Severity.WATCH, "no",
    )  # fmt: skip
    assert "leg goes numb" in note.evidence["text"]
    assert status(ana) == PatientStatus.ACTIVE and pages() == []


def test_no_answer_within_thirty_minutes_raises_a_high_alert_quoting_the_text(
    ana: Patient,
) -> None:
    say("my son fell off his bike, did my stuff tho")

    assert escalate_unanswered(AFTERNOON + timedelta(minutes=29)) == 0
    assert escalate_unanswered(AFTERNOON + timedelta(minutes=30)) == 1

    [alert] = alerts()
    assert (alert.kind, alert.severity) == ("possible_red_flag:fall_injury", Severity.HIGH)
    assert "fell off his bike" in alert.evidence["text"]
    assert status(ana) == PatientStatus.ACTIVE and pages() == []
    assert escalate_unanswered(AFTERNOON + timedelta(hours=2)) == 0  # once


@pytest.mark.parametrize(
    ("language", "text", "question"),
    [
        ("en", "numb? nah. tingly? nah. fatigue 6", "is the numbness or weakness happening"),
        ("es", "mi hija tiene fiebre, hoy no pude", "¿tienes ahora hinchazon, enrojecimiento"),
    ],
)
def test_in_quiet_hours_the_question_goes_at_once_and_the_escalation_is_dashboard_only(
    app: object, language: str, text: str, question: str
) -> None:
    make_patient(make_therapist(phone="+13125550999"), phone=PHONE, language=language)

    answer = say(text, NIGHT)

    assert question in answer
    assert escalate_unanswered(NIGHT + timedelta(minutes=31)) == 1
    [alert] = alerts()
    assert alert.severity == Severity.HIGH and text in alert.evidence["text"]
    assert pages() == []


def test_spanish_question_and_yes_in_the_patients_own_words(rosa: Patient) -> None:
    answer = say("mi papá tiene dolor de pecho, estoy con él en el hospital")

    assert "Para estar seguros, Rosa: ¿tienes dolor de pecho o falta de aire ahora mismo?" in answer
    assert "Responde SI o NO" in answer

    urgent = say("ahorita sí, también a mí")

    assert "llama al 911" in urgent
    assert [a.kind for a in alerts()] == ["red_flag:cardiac_resp"]
    assert status(rosa) == PatientStatus.PAUSED


def test_spanish_no_is_noted_and_nothing_is_paused(rosa: Patient) -> None:
    say("si se me duerme la pierna que hago?")

    assert "Gracias, Rosa" in say("no, nomás preguntaba")
    assert [a.status for a in alerts()] == [AlertStatus.RESOLVED]
    assert status(rosa) == PatientStatus.ACTIVE


@pytest.mark.parametrize(
    ("text", "crisis"),
    [
        ("i used to want to die but not anymore", "988"),
        ("pensamientos de hacerme daño? no. solo cansado", "988"),
    ],
)
def test_a_possible_self_harm_sign_gets_the_crisis_line_and_a_high_alert_a_no_does_not_close(
    app: object, text: str, crisis: str
) -> None:
    patient = make_patient(phone=PHONE, language="es" if "daño" in text else "en")

    answer = say(text)
    closing = say("no")

    assert crisis in answer and ("YES or NO" in answer or "SI o NO" in answer)
    [alert] = alerts()
    assert (alert.kind, alert.severity, alert.status) == (
        "possible_red_flag:mental_health", Severity.HIGH, AlertStatus.OPEN,
    )  # fmt: skip
    assert "988" in closing
    assert status(patient) == PatientStatus.ACTIVE


def test_a_certain_sign_still_takes_the_urgent_path_at_once(ana: Patient) -> None:
    answer = say("my leg went numb and weak during the lifts")

    assert "stop the exercises" in answer
    assert [a.severity for a in alerts()] == [Severity.URGENT]
    assert status(ana) == PatientStatus.PAUSED


def test_a_reply_that_is_neither_yes_nor_no_leaves_the_question_waiting(ana: Patient) -> None:
    say("my son fell off his bike")

    say("done pain 3 fatigue 4")

    assert escalate_unanswered(AFTERNOON + timedelta(minutes=30)) == 1


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("YES", True), ("yeah", True), ("Sí", True), ("si", True), ("ahorita sí", True),
        ("creo que sí", True), ("a little", True), ("todavía", True), ("yes still numb", True),
        ("no", False), ("NO", False), ("nope", False), ("nah im good", False), ("nel", False),
        ("no, ya no", False), ("ya se me quitó", False), ("it was my dad", False),
        ("not sure", None), ("no sé", None), ("done pain 3", None), ("ya terminé", None),
        ("I did the lifts", None),
    ],
)  # fmt: skip
def test_yes_and_no_are_read_in_the_patients_own_words(text: str, yes: bool | None) -> None:
    assert yes_or_no(text) is yes


def test_a_discharged_patients_possible_sign_reaches_the_clinic_as_a_high_alert(
    ana: Patient,
) -> None:
    ana.status = PatientStatus.DISCHARGED
    db.session.commit()

    answer = say("my son fell off his bike")

    assert "To be safe" not in answer
    [alert] = alerts()
    assert (alert.kind, alert.severity) == ("possible_red_flag:fall_injury", Severity.HIGH)
    assert pages() == []


@pytest.mark.parametrize(
    ("stop", "resume"),
    [
        ("ya no me manden nada por favor", "ya pueden mandarme los textos otra vez"),
        ("stop mandando mensajes porfa", "you can text me again"),
    ],
)
def test_plain_words_stop_the_texts_and_plain_words_bring_them_back(
    rosa: Patient, stop: str, resume: str
) -> None:
    say(stop)
    assert status(rosa) == PatientStatus.STOPPED

    say(resume)
    assert status(rosa) == PatientStatus.ACTIVE


def test_a_second_possible_sign_joins_the_waiting_question_and_keeps_its_clock(
    ana: Patient,
) -> None:
    say("my son fell off his bike")
    say("my dad's having chest pains", AFTERNOON + timedelta(minutes=20))

    assert escalate_unanswered(AFTERNOON + timedelta(minutes=30)) == 1
    assert sorted(a.kind for a in alerts()) == [
        "possible_red_flag:cardiac_resp", "possible_red_flag:fall_injury",
    ]  # fmt: skip
