"""The PSFS by text: one activity per text, in the patient's words and language, resumed the
next day without asking again what was answered; a drop in function reaches the therapist."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from companion.conversation.questionnaires import ask_questionnaires, read_rating
from companion.extensions import db
from companion.function import evaluate_function, psfs_trend, request_discharge_psfs
from companion.models import (
    Alert,
    CheckIn,
    Instrument,
    Language,
    Patient,
    QuestionnaireAnswer,
    QuestionnaireResponse,
    ResponseStatus,
    Severity,
)
from tests.builders import make_patient
from tests.conversation.talk import PHONE, last_outbound, on
from tests.conversation.talk import say_through as say
from tests.programs.builders import MONDAY, at

ACTIVITIES = ["Lifting boxes to the shelf", "Climbing the ladder", "Driving the forklift"]


@pytest.mark.parametrize(
    ("reply", "rating"),
    [
        ("like a 6", 6),
        ("6", 6),
        ("seis", 6),
        ("7/10", 7),
        ("6-7", 6),  # two numbers: the lower, the cautious reading of function
        ("casi nada", 1),
        ("barely", 1),
        ("nada", 0),
        ("no puedo", 0),
        ("can't do it at all", 0),
        ("like before", 10),
        ("como antes", 10),
        ("la mitad", 5),
        ("12", None),
        ("done", None),
        ("hola", None),
    ],
)
def test_a_rating_is_read_in_the_patients_own_words(reply: str, rating: int | None) -> None:
    assert read_rating(reply) == rating


@pytest.mark.parametrize(
    ("reply", "rating"),
    [
        ("like a six", 6),
        ("como un seis", 6),
        ("Seis.", 6),
        ("I'd say 6, maybe 7", 6),  # a range: the lower, function's cautious reading
        ("6 o 7", 6),
        ("6.5", 6),  # a decimal rounds down, for the same reason
        ("6 out of 10", 6),
        ("casi nada", 1),
        ("más o menos", 5),
        ("100%", 10),
        ("11/10", None),  # past 10: asked again
    ],
)
def test_a_psfs_answer_in_the_patients_own_words_is_read_as_every_score_is(
    reply: str, rating: int | None
) -> None:
    assert read_rating(reply) == rating


@pytest.fixture
def ana(app: Flask) -> Patient:
    return make_patient(first_name="Ana", phone=PHONE, psfs_activities=ACTIVITIES)


def test_the_psfs_is_asked_one_activity_per_text_and_scored_when_complete(
    app: Flask, client: FlaskClient, ana: Patient
) -> None:
    on(app, at(MONDAY, 13))
    assert ask_questionnaires(at(MONDAY, 13)) == 1
    assert "Question 1 of 3" in last_outbound() and ACTIVITIES[0] in last_outbound()

    assert "Question 2 of 3" in say(client, "like a 6")
    assert "Question 3 of 3" in say(client, "casi nada")
    assert "Thank you, Ana" in say(client, "as before")

    [assessment] = psfs_trend(ana.id)
    assert assessment.ratings == dict(zip(ACTIVITIES, [6, 1, 10], strict=True))
    assert (assessment.occasion, assessment.score) == ("intake", Decimal("5.7"))


def test_a_half_finished_psfs_resumes_next_day_at_the_first_unanswered_item(
    app: Flask, client: FlaskClient, ana: Patient
) -> None:
    on(app, at(MONDAY, 13))
    ask_questionnaires(at(MONDAY, 13))
    say(client, "4")  # item 1; item 2 is asked and left unanswered
    assert ask_questionnaires(at(MONDAY, 16)) == 0  # not again the same day

    tuesday = MONDAY + timedelta(days=1)
    on(app, at(tuesday, 13))
    assert ask_questionnaires(at(tuesday, 13)) == 1

    assert "Question 2 of 3" in last_outbound()
    say(client, "5")
    say(client, "6")
    response = db.session.scalars(select(QuestionnaireResponse)).one()
    assert response.status == ResponseStatus.COMPLETED
    assert [(a.item, a.value) for a in response.answers] == [(0, 4), (1, 5), (2, 6)]


def test_a_spanish_patient_is_asked_in_spanish_and_answers_in_words(
    app: Flask, client: FlaskClient
) -> None:
    make_patient(first_name="Luis", phone=PHONE, language=Language.ES, psfs_activities=ACTIVITIES)
    on(app, at(MONDAY, 13))
    ask_questionnaires(at(MONDAY, 13))

    assert "Pregunta 1 de 3" in last_outbound()
    assert "Pregunta 2 de 3" in say(client, "seis")
    assert db.session.scalars(select(QuestionnaireAnswer.value)).all() == [6]


def test_a_check_in_while_an_item_waits_is_a_check_in_not_a_rating(
    app: Flask, client: FlaskClient, ana: Patient
) -> None:
    on(app, at(MONDAY, 13))
    ask_questionnaires(at(MONDAY, 13))

    say(client, "done, pain 3, tired 4")

    assert db.session.scalars(select(QuestionnaireAnswer)).all() == []
    checkin = db.session.scalars(select(CheckIn)).one()
    assert (checkin.pain, checkin.fatigue) == (3, 4)


def test_nothing_is_asked_outside_the_patients_afternoon(app: Flask, ana: Patient) -> None:
    assert ask_questionnaires(at(MONDAY, 9)) == 0
    assert ask_questionnaires(at(MONDAY, 20)) == 0


def completed(patient: Patient, occasion: str, day: date, ratings: list[int]) -> None:
    response = QuestionnaireResponse(
        patient_id=patient.id,
        instrument=Instrument.PSFS,
        occasion=occasion,
        items=ACTIVITIES,
        status=ResponseStatus.COMPLETED,
        score=Decimal(sum(ratings)) / len(ratings),
        started_at=at(day, 13),
        completed_at=at(day, 14),
        answers=[QuestionnaireAnswer(item=i, value=v) for i, v in enumerate(ratings)],
    )
    db.session.add(response)
    db.session.commit()


def test_a_drop_of_a_fifth_in_function_raises_a_high_alert(app: Flask, ana: Patient) -> None:
    completed(ana, "intake", MONDAY, [6, 6, 6])
    completed(ana, "week_2", MONDAY + timedelta(days=14), [5, 4, 5])  # 6.0 → 4.7: -22 %

    [alert] = evaluate_function(ana, at(MONDAY + timedelta(days=14), 15))

    assert (alert.kind, alert.severity) == ("function_drop", Severity.HIGH)
    assert alert.evidence["drop_percent"] == 22 and alert.evidence["mdc"] == 2


def test_no_detectable_improvement_over_two_assessments_raises_a_high_alert(
    app: Flask, ana: Patient
) -> None:
    completed(ana, "intake", MONDAY, [4, 4, 4])
    completed(ana, "week_2", MONDAY + timedelta(days=14), [4, 5, 4])
    completed(ana, "week_4", MONDAY + timedelta(days=28), [5, 5, 5])  # +1: under the MDC of 2

    [alert] = evaluate_function(ana, at(MONDAY + timedelta(days=28), 15))

    assert (alert.kind, alert.severity) == ("function_no_improvement", Severity.HIGH)
    assert alert.evidence["change"] == 1.0


def test_improvement_past_the_detectable_change_raises_nothing(app: Flask, ana: Patient) -> None:
    completed(ana, "intake", MONDAY, [3, 3, 3])
    completed(ana, "week_2", MONDAY + timedelta(days=14), [4, 4, 5])
    completed(ana, "week_4", MONDAY + timedelta(days=28), [6, 5, 6])

    assert evaluate_function(ana, at(MONDAY + timedelta(days=28), 15)) == []
    assert db.session.scalars(select(Alert)).all() == []


def test_the_discharge_psfs_the_therapist_asks_for_is_texted_the_next_afternoon(
    app: Flask, client: FlaskClient, ana: Patient
) -> None:
    on(app, at(MONDAY, 13))
    ask_questionnaires(at(MONDAY, 13))
    for rating in ("4", "4", "4"):
        say(client, rating)
    request_discharge_psfs(ana.therapist, ana, at(MONDAY + timedelta(days=2), 10))

    thursday = MONDAY + timedelta(days=3)
    on(app, at(thursday, 13))
    assert ask_questionnaires(at(thursday, 13)) == 1
    for rating in ("7", "8", "9"):
        say(client, rating)

    assert [(a.occasion, a.score) for a in psfs_trend(ana.id)] == [
        ("intake", Decimal(4)),
        ("discharge", Decimal(8)),
    ]
