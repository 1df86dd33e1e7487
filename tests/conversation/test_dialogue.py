"""The conversation through the signed webhook: ask only for what is missing, answer briefly."""

from datetime import UTC, datetime, timedelta

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select

from companion.extensions import db
from companion.models import (
    Alert,
    Completion,
    Message,
    Patient,
    PatientStatus,
    Severity,
)
from tests.builders import make_patient, make_therapist
from tests.conversation.talk import PHONE, checkins
from tests.conversation.talk import say_through as say
from tests.sms import received_at, text
from tests.statements import counting_statements


def test_done_with_everything_in_one_text_is_confirmed_in_one_line(
    client: FlaskClient, ana: Patient
) -> None:
    answer = say(client, "done, back is like a 3, tired 4")

    assert answer == "Got it: pain 3, fatigue 4. Thank you, Ana!"
    [checkin] = checkins()
    assert (checkin.completion, checkin.pain, checkin.fatigue) == (Completion.DONE, 3, 4)


def test_done_then_pain_then_fatigue_asks_for_each_missing_value_once(
    client: FlaskClient, ana: Patient
) -> None:
    assert "Pain right now" in say(client, "did em")
    assert "how tired" in say(client, "5")
    assert say(client, "6") == "Got it: pain 5, fatigue 6. Thank you, Ana!"

    [checkin] = checkins()
    assert (checkin.completion, checkin.pain, checkin.fatigue) == (Completion.DONE, 5, 6)


def test_a_value_already_given_is_never_asked_for(client: FlaskClient, ana: Patient) -> None:
    answer = say(client, "finished, pain 2")

    assert "how tired" in answer and "Pain" not in answer


def test_skip_asks_the_reason_once_and_records_it(client: FlaskClient, ana: Patient) -> None:
    assert "1 pain, 2 work" in say(client, "skipped today")
    assert "Tomorrow is a new day" in say(client, "2")

    [checkin] = checkins()
    assert (checkin.completion, checkin.skip_reason) == (Completion.SKIPPED, "work")


@pytest.mark.parametrize(
    "words", ["please don't text me anything tonight", "hoy no me escriban, ando en el trabajo"]
)
def test_no_texts_today_skips_the_day_without_a_question_and_keeps_consent(
    client: FlaskClient, ana: Patient, words: str
) -> None:
    answer = say(client, words)

    assert "Tomorrow is a new day" in answer or "Mañana es otro día" in answer
    [checkin] = checkins()
    assert checkin.completion == Completion.SKIPPED
    db.session.expire_all()
    assert ana.status != PatientStatus.STOPPED


def test_an_unreadable_score_is_asked_twice_then_left_for_the_therapist(
    client: FlaskClient, ana: Patient
) -> None:
    say(client, "done")

    first, second, third = say(client, "dunno"), say(client, "20"), say(client, "hmm")

    assert "didn't catch that" in first and "didn't catch that" in second
    assert "therapist will follow up" in third
    assert checkins()[0].pain is None
    assert say(client, "thanks") == ""


def test_a_red_flag_mid_conversation_raises_an_urgent_alert_and_pauses_texts(
    client: FlaskClient,
) -> None:
    therapist = make_therapist(phone="+13125550999")
    patient = make_patient(therapist, first_name="Ana", phone=PHONE)
    say(client, "done")

    answer = say(client, "my leg went numb and weak during the lifts")

    assert "stop the exercises" in answer and "therapist has been told" in answer
    [alert] = db.session.scalars(select(Alert)).all()
    assert (alert.kind, alert.severity) == ("red_flag:neuro", Severity.URGENT)
    assert "numb" in alert.evidence["words"]
    db.session.expire_all()
    assert patient.status == PatientStatus.PAUSED and patient.paused_reason == "red_flag"
    [page] = db.session.scalars(select(Message).where(Message.purpose == "therapist_alert"))
    assert page.phone == "+13125550999"
    assert page.body == "Companion: urgent alert for patient A., see dashboard."


@pytest.mark.parametrize(
    ("words", "number"),
    [
        ("chest pain and can't breathe", "911"),
        ("I want to kill myself", "988"),
        ("can't control my bladder", "emergency department"),
    ],
)
def test_each_emergency_gets_its_safety_answer(
    client: FlaskClient, ana: Patient, words: str, number: str
) -> None:
    assert number in say(client, words)


def test_stop_mid_conversation_ends_the_conversation(client: FlaskClient, ana: Patient) -> None:
    say(client, "done")

    assert "unsubscribed" in say(client, "STOP")
    assert say(client, "4") == ""
    db.session.expire_all()
    assert ana.status == PatientStatus.STOPPED


def test_the_next_morning_a_bare_number_is_not_taken_for_yesterdays_question(
    app: object, ana: Patient
) -> None:
    evening = datetime(2026, 11, 23, 23, 0, tzinfo=UTC)  # 17:00 in Chicago
    received_at(PHONE, "done", evening)

    received_at(PHONE, "5", evening + timedelta(hours=10))  # 03:00 next day

    [checkin] = checkins()
    assert checkin.pain is None


def test_a_spanish_conversation_stays_in_spanish(client: FlaskClient) -> None:
    make_patient(first_name="María", phone=PHONE, language="es")

    first = say(client, "ya terminé")
    second = say(client, "dolor 4")
    third = say(client, "cansancio 6")

    assert "Dolor ahora" in first and "cansado" in second
    assert third == "Anotado: dolor 4, cansancio 6. ¡Gracias, Maria!"


def test_plan_resends_todays_tasks(client: FlaskClient, ana: Patient) -> None:
    answer = say(client, "what are my exercises today?")

    assert "Floor-to-waist lift 3x10" in answer or "No exercises are planned" in answer


def test_a_question_goes_to_the_therapists_inbox(client: FlaskClient, ana: Patient) -> None:
    answer = say(client, "can I go up to 30 lb on the carries?")

    assert "passed it to your therapist" in answer
    [alert] = db.session.scalars(select(Alert)).all()
    assert alert.kind == "question" and "30 lb" in alert.evidence["text"]


def test_a_text_that_records_nothing_is_passed_to_the_therapist_and_the_patient_told(
    client: FlaskClient, ana: Patient
) -> None:
    first = say(client, "the doctor changed my meds yesterday")
    say(client, "my boss wants me back on monday")

    assert "passed it to your therapist" in first
    [alert] = db.session.scalars(select(Alert)).all()
    assert (alert.kind, alert.severity) == ("unclear_reply", Severity.WATCH)
    assert alert.evidence["texts"] == [
        "the doctor changed my meds yesterday",
        "my boss wants me back on monday",
    ]


@pytest.mark.parametrize("courtesy", ["thanks!", "ok 👍", "Gracias 🙏", "👍", "k thx", "hmm"])
def test_a_courtesy_gets_no_answer_and_no_alert(
    client: FlaskClient, ana: Patient, courtesy: str
) -> None:
    assert say(client, courtesy) == ""
    assert db.session.scalars(select(Alert)).all() == []


def test_later_snoozes_the_reminder_by_an_hour_outside_quiet_hours(
    app: object, ana: Patient
) -> None:
    afternoon = datetime(2026, 11, 23, 22, 0, tzinfo=UTC)  # 16:00 in Chicago
    night = datetime(2026, 11, 24, 2, 30, tzinfo=UTC)  # 20:30 in Chicago

    received_at(PHONE, "later", afternoon)
    late = " | ".join(received_at(PHONE, "remind me later", night))

    [snooze] = db.session.scalars(select(Message).where(Message.dedupe_key.like("snooze:%")))
    assert snooze.next_attempt_at == afternoon + timedelta(hours=1)
    assert "no more texts today" in late


def test_an_answer_inside_todays_check_in_runs_eleven_statements(
    client: FlaskClient, ana: Patient
) -> None:
    say(client, "done")

    with counting_statements() as statements:
        text(client, PHONE, "back is a 3")

    [checkin] = checkins()
    assert checkin.pain == 3
    # Store the text (the webhook); claim it (the worker); the patient with today's
    # conversation and check-in; the 28 days of check-ins and the open alerts the rules read;
    # the programme's tasks a reply may name one by one; the pain, the text answered, the
    # reply, and what the conversation now expects; and the worker's next claim, which finds
    # nothing. On PostgreSQL the webhook's one statement also wakes the workers (pg_notify).
    # Any more is a regression; a batch of texts shares the claim, the patients' query, the
    # UPDATE of the texts and the INSERT of the replies (tests/messaging/test_converse.py).
    assert len(statements) == 11, "\n".join(statements)


def test_a_whole_check_in_in_one_text_runs_eleven_statements(
    client: FlaskClient, ana: Patient
) -> None:
    say(client, "hi")

    with counting_statements() as statements:
        text(client, PHONE, "done pain 3 fatigue 4")

    assert len(checkins()) == 1
    assert len(statements) == 11, "\n".join(statements)  # as above


@pytest.mark.parametrize(
    "body", ["ayuda, no entiendo cómo contestar", "I dont understand what to text back"]
)
def test_a_patient_lost_about_how_to_answer_is_shown_how_and_nobody_is_alerted(
    client: FlaskClient, ana: Patient, body: str
) -> None:
    answer = say(client, body)

    assert "done, pain 3" in answer or "listo, dolor 3" in answer
    assert "(312) 555-0100" in answer  # the clinic's +13125550100, as people write it
    assert db.session.scalars(select(Alert)).all() == []
