"""The FABQ work screen by text: after the PSFS, one statement per text, scored 0-42; past
the cut-off (> 34, Fritz & George 2002) a watch alert reaches the psychologist."""

from datetime import timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from companion import screening
from companion.conversation.questionnaires import ask_questionnaires
from companion.extensions import db
from companion.models import (
    Alert,
    Instrument,
    Language,
    Patient,
    QuestionnaireAnswer,
    QuestionnaireResponse,
    Role,
    Severity,
)
from companion.screening import read_agreement
from tests.builders import make_patient, make_therapist
from tests.conversation.talk import PHONE, last_outbound, on
from tests.conversation.talk import say_through as say
from tests.dashboard.conftest import PASSWORD, sign_in
from tests.programs.builders import MONDAY, at

ACTIVITIES = ["Lifting boxes", "Climbing the ladder", "Driving the forklift"]
NOW = at(MONDAY, 14)


@pytest.mark.parametrize(
    ("reply", "value"),
    [
        ("5", 5),
        ("cinco", 5),  # number words are read on every scale (conversation.scores)
        ("completely agree", 6),
        ("totalmente de acuerdo", 6),
        ("totalmente en desacuerdo", 0),
        ("not sure", 3),
        ("7", None),
        ("hi", None),
    ],
)
def test_an_agreement_is_read_0_to_6(reply: str, value: int | None) -> None:
    assert read_agreement(reply) == value


@pytest.mark.parametrize(
    ("reply", "value"),
    [
        ("casi nada", 1),
        ("apenas", 1),
        ("nada", 0),
        ("para nada", 0),
        ("like a 4", 4),
        ("como un cuatro", 4),
        ("seis", 6),
        ("4/6", 4),
        ("3-4", 4),  # a range: the higher, the reading that does not miss fear-avoidance
        ("3 o 4", 4),
        ("2.5", 3),  # a decimal rounds up, as pain does (CONTRACT.md, reply interpretation)
        ("siete", None),  # past the item's 0-6: asked again
    ],
)
def test_a_fabq_answer_in_the_patients_own_words_is_read_as_every_score_is(
    reply: str, value: int | None
) -> None:
    assert read_agreement(reply) == value


def intake(app: Flask, client: FlaskClient, patient: Patient) -> None:
    """Monday: the PSFS; Tuesday: the FABQ's first statement is asked."""
    on(app, at(MONDAY, 13))
    ask_questionnaires(at(MONDAY, 13))
    for rating in ("5", "5", "5"):
        say(client, rating)
    assert ask_questionnaires(at(MONDAY, 15)) == 0  # one questionnaire a day
    tuesday = MONDAY + timedelta(days=1)
    on(app, at(tuesday, 13))
    assert ask_questionnaires(at(tuesday, 13)) == 1


def test_a_screen_past_the_cutoff_opens_a_watch_alert_for_the_psychologist(
    app: Flask, client: FlaskClient
) -> None:
    patient = make_patient(first_name="Ana", phone=PHONE, psfs_activities=ACTIVITIES)
    clinic = patient.therapist.clinic
    psychologist = make_therapist(clinic, role=Role.PSYCHOLOGIST, name="Dr Ruiz", password=PASSWORD)
    intake(app, client, patient)
    assert 'Question 1 of 7 on work and your pain: "My pain was caused by my work' in (
        last_outbound()
    )

    for answer in ("6", "6", "5", "completely agree", "6", "5", "6"):
        reply = say(client, answer)

    assert "Thank you, Ana" in reply
    alert = db.session.scalars(select(Alert).where(Alert.kind == "yellow_flag_fabq")).one()
    assert alert.severity == Severity.WATCH
    assert (alert.evidence["fabq_work"], alert.evidence["cutoff"]) == (40, 34)
    assert alert.evidence["for"] == [
        {"id": psychologist.id, "name": "Dr Ruiz", "role": "psychologist"}
    ]
    caseload = sign_in(client, psychologist.email).get("/").get_data(as_text=True)
    assert "Yellow flag fabq" in caseload


def test_the_screen_is_answered_in_the_patients_own_words_through_the_conversation(
    app: Flask, client: FlaskClient
) -> None:
    patient = make_patient(first_name="Luis", phone=PHONE, psfs_activities=ACTIVITIES)
    patient.language = "es"
    db.session.commit()
    intake(app, client, patient)
    words = ("casi nada", "seis", "como un cinco", "nada", "3 o 4", "5", "totalmente de acuerdo")

    for answer in words:
        reply = say(client, answer)

    assert "Gracias, Luis" in reply
    screen = db.session.scalars(
        select(QuestionnaireResponse).where(
            QuestionnaireResponse.instrument == Instrument.FABQ_WORK
        )
    ).one()
    assert [a.value for a in sorted(screen.answers, key=lambda a: a.item)] == [1, 6, 5, 0, 4, 5, 6]
    assert screen.score == 27


def test_a_screen_at_or_under_the_cutoff_raises_nothing_and_is_asked_again_at_week_4(
    app: Flask, client: FlaskClient
) -> None:
    patient = make_patient(first_name="Luis", phone=PHONE, psfs_activities=ACTIVITIES)
    patient.language = "es"
    db.session.commit()
    intake(app, client, patient)
    assert "Pregunta 1 de 7 sobre el trabajo" in last_outbound()
    for answer in ("5", "5", "5", "5", "5", "5", "4"):  # 34: not above the cut-off
        say(client, answer)
    assert db.session.scalars(select(Alert)).all() == []

    week_4 = MONDAY + timedelta(days=29)
    on(app, at(week_4, 13))
    ask_questionnaires(at(week_4, 13))  # the PSFS of week 4 comes first
    for rating in ("seis", "siete", "casi nada"):
        say(client, rating)
    on(app, at(week_4 + timedelta(days=1), 13))
    ask_questionnaires(at(week_4 + timedelta(days=1), 13))

    occasions = db.session.scalars(
        select(QuestionnaireResponse.occasion).where(
            QuestionnaireResponse.instrument == Instrument.FABQ_WORK
        )
    ).all()
    assert sorted(occasions) == ["intake", "week_4"]


def sitting(patient: Patient, values: list[int], occasion: str = "intake") -> QuestionnaireResponse:
    response = QuestionnaireResponse(
        patient_id=patient.id, instrument=Instrument.FABQ_WORK, occasion=occasion,
        items=list(screening.ITEMS), started_at=at(MONDAY, 13),
        answers=[QuestionnaireAnswer(item=i, value=v) for i, v in enumerate(values)],
    )  # fmt: skip
    db.session.add(response)
    db.session.flush()
    return response


def test_34_is_no_flag_35_is_and_the_alert_says_what_the_cutoff_predicted(app: Flask) -> None:
    patient = make_patient(first_name="Ana", phone=PHONE)

    assert screening.evaluate_screen(patient, sitting(patient, [6, 6, 6, 6, 6, 4, 0]), NOW) is None
    alert = screening.evaluate_screen(
        patient, sitting(patient, [6, 6, 6, 6, 6, 5, 0], "week_4"), NOW
    )

    assert alert is not None and alert.evidence["fabq_work"] == 35
    assert "work restrictions still in place at 4 weeks" in alert.evidence["cutoff_source"]
    assert "wording" not in alert.evidence  # the English items are the published ones


def test_a_spanish_screen_is_flagged_as_asked_in_our_own_translation(app: Flask) -> None:
    patient = make_patient(first_name="Ana", phone=PHONE, language=Language.ES)

    alert = screening.evaluate_screen(patient, sitting(patient, [6, 6, 6, 6, 6, 6, 6]), NOW)

    assert alert is not None
    assert "not the validated Spanish FABQ" in alert.evidence["wording"]
