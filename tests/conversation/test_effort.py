"""How hard a session was, 0-10 in our own words: asked after a graded-activity session at
most once a day, read in the patient's words by the usual score reading, stored per session
and per task, and labelled as the question asked in the FHIR export."""

import json
from datetime import UTC, date, datetime

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from companion.conversation.interpret import interpret
from companion.conversation.tasks_reading import PlannedTask, read_tasks
from companion.extensions import db
from companion.models import (
    CheckIn,
    Completion,
    Language,
    Message,
    Patient,
    ProgressionModel,
    Task,
    TaskReport,
    Trend,
)
from companion.programs.models_of_progression import task_sessions
from companion.programs.sessions import sessions_from
from companion.reports.fhir import EFFORT_CODE, FATIGUE_CODE, QUESTIONS, patient_bundle
from companion.texts import render
from tests.builders import make_patient
from tests.sms import replies

PHONE = "+13125550142"
NOW = datetime(2026, 11, 24, 22, 0, tzinfo=UTC)


def say(client: FlaskClient, body: str) -> str:
    return " | ".join(replies(client, PHONE, body))


def graded(language: Language = Language.EN) -> Patient:
    return make_patient(
        first_name="Ana",
        phone=PHONE,
        language=language,
        progression_model=ProgressionModel.GRADED_ACTIVITY,
        pain_ceiling=7,
    )


def checkins() -> list[CheckIn]:
    return list(db.session.scalars(select(CheckIn).order_by(CheckIn.id)))


def test_the_question_states_our_own_anchors_in_both_languages() -> None:
    english, spanish = render("ask_effort", "en"), render("ask_effort", "es")

    assert (
        "how hard" in english
        and "0 = no effort at all" in english
        and "10 = all you had" in english
    )
    assert "qué tan duro" in spanish and "0 = ningun esfuerzo" in spanish  # GSM-7: ú is sent as u
    assert "how tired" in render("ask_fatigue", "en")  # fatigue keeps its own question
    assert "Borg" not in english + spanish


def test_a_graded_activity_session_is_asked_how_hard_after_pain_and_fatigue(
    client: FlaskClient,
) -> None:
    graded()

    assert "Pain right now" in say(client, "did em")
    assert "how tired" in say(client, "3")
    assert "how hard was today's session" in say(client, "4")
    assert say(client, "like a 6") == "Got it: pain 3, fatigue 4, how hard 6. Thank you, Ana!"

    [checkin] = checkins()
    assert (checkin.completion, checkin.pain, checkin.fatigue, checkin.effort) == (
        Completion.DONE, 3, 4, 6
    )  # fmt: skip


@pytest.mark.parametrize(
    ("words", "effort"),
    [("seis", 6), ("casi nada", 1), ("nada", 0), ("como un 7", 7), ("al máximo", 10), ("8/10", 8)],
)  # fmt: skip
def test_a_spanish_answer_in_the_patients_own_words_is_the_sessions_effort(
    client: FlaskClient, words: str, effort: int
) -> None:
    graded(Language.ES)

    assert "qué tan duro fue el ejercicio" in say(client, "listo, dolor 3, cansancio 4")
    assert f"esfuerzo {effort}" in say(client, words)

    [checkin] = checkins()
    assert (checkin.pain, checkin.fatigue, checkin.effort) == (3, 4, effort)


def test_an_unreadable_effort_is_asked_again_in_its_own_words(client: FlaskClient) -> None:
    graded()
    say(client, "done pain 3 fatigue 4")

    assert "How hard it was, as one number" in say(client, "hmm dunno")
    assert "Thank you" in say(client, "almost nothing really")
    assert checkins()[0].effort == 1


def test_a_pain_monitored_patient_is_never_asked_how_hard(client: FlaskClient) -> None:
    make_patient(first_name="Ana", phone=PHONE)

    answer = say(client, "done, pain 3, tired 4")

    assert answer == "Got it: pain 3, fatigue 4. Thank you, Ana!"
    assert checkins()[0].effort is None


def test_effort_is_asked_at_most_once_a_day(client: FlaskClient) -> None:
    graded()
    assert "how hard" in say(client, "done pain 3 fatigue 4")
    say(client, "7")

    later = say(client, "did another round, done, pain 2 fatigue 3")

    assert "how hard" not in later and "Thank you" in later
    assert [c.effort for c in checkins()] == [7, None]


def test_a_skipped_day_asks_no_effort(client: FlaskClient) -> None:
    graded()

    answer = say(client, "skipped, kids were sick")

    assert "how hard" not in answer
    assert checkins()[0].effort is None


def test_effort_reads_only_its_label_or_its_question() -> None:
    assert interpret("like a 6", "effort").effort == 6
    assert interpret("like a 6", "effort").pain is None
    assert interpret("done, pain 3, effort 6").effort == 6
    assert interpret("done, pain 3, effort 6").pain == 3
    assert interpret("like a 6", "pain").effort is None
    assert interpret("hard day, pain 5").effort is None
    assert interpret("esfuerzo 11", "effort").out_of_range


def test_a_tasks_own_effort_is_kept_when_the_patient_gives_it() -> None:
    plan = [PlannedTask("Floor-to-waist lift", 3), PlannedTask("Carry", 3)]

    lifts, carry = read_tasks("did the lifts effort 7, the carry effort 4", plan)

    assert (lifts.index, lifts.effort, carry.index, carry.effort) == (0, 7, 1, 4)


def test_the_fhir_export_labels_effort_and_fatigue_as_the_questions_asked(app: Flask) -> None:
    ana = graded()
    db.session.add(
        CheckIn(
            patient_id=ana.id, local_date=date(2026, 11, 24), completion=Completion.DONE,
            pain=3, fatigue=4, effort=6, created_at=NOW,
        )
    )  # fmt: skip
    db.session.commit()

    bundle = patient_bundle(ana, checkins(), NOW)

    observations = {
        e["resource"]["id"].rsplit("-", 1)[1]: e["resource"]
        for e in bundle["entry"]
        if e["resource"]["id"].startswith("checkin-")
    }
    assert observations["effort"]["valueInteger"] == 6
    assert observations["effort"]["code"] == EFFORT_CODE
    assert observations["fatigue"]["code"] == FATIGUE_CODE
    for code in (EFFORT_CODE, FATIGUE_CODE):
        assert code["coding"][0]["system"] == QUESTIONS
        assert "CR10" not in json.dumps(code) and "loinc" not in json.dumps(code)
    assert "how hard was today's session" in EFFORT_CODE["text"]


def test_a_sessions_effort_goes_with_its_evidence_the_tasks_own_first() -> None:
    monday, tuesday = date(2026, 11, 23), date(2026, 11, 24)
    rows = [
        (monday, Completion.DONE, 3, 4, None, 5),
        (monday, None, None, None, None, 7),  # a later word the same day: the higher counts
        (tuesday, Completion.DONE, 4, 5, Trend.SAME, 6),
    ]

    [day_level, _] = sessions_from(rows, tuesday)
    [_, own] = task_sessions(rows, {tuesday: (Completion.DONE, None, None, 8)}, {tuesday}, tuesday)

    assert day_level.evidence["effort"] == 7
    assert own.effort == 8  # what the patient said of this task beats the day's word


def test_a_tasks_effort_said_in_the_check_in_is_stored_on_that_tasks_report(
    client: FlaskClient,
) -> None:
    ana = graded()
    assert ana.program is not None
    ana.program.tasks.append(Task(position=1, name="Carry", sets=3, reps=4))
    db.session.commit()

    say(client, "did the lifts effort 7 but not the carry, pain 3 tired 4")

    efforts = {
        name: effort
        for name, effort in db.session.execute(
            select(Task.name, TaskReport.effort).join(Task, Task.id == TaskReport.task_id)
        )
    }
    assert efforts == {"Floor-to-waist lift": 7, "Carry": None}


def test_the_effort_question_is_part_of_the_reply_not_a_text_we_start(
    client: FlaskClient,
) -> None:
    graded()

    say(client, "done pain 3 fatigue 4")

    question = db.session.scalars(
        select(Message).where(Message.body.contains("how hard was today")).order_by(Message.id)
    ).one()
    assert question.is_reply  # answers go out in quiet hours and count against no budget
