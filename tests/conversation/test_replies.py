"""Answers beyond a template (conversation/replies): a lone "?", a word after a red flag, a
trend answer alone, and the clinic's number as people write it."""

from datetime import timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from companion.extensions import db
from companion.models import CheckIn, Patient
from companion.texts import render
from messaging.segments import encoding, gsm_safe
from tests.builders import make_clinic, make_patient, make_therapist
from tests.conversation.talk import AFTERNOON, PHONE, alerts, say
from tests.dashboard.conftest import PASSWORD, sign_in

LATER = AFTERNOON + timedelta(minutes=10)


def test_a_lone_question_mark_is_told_how_to_reply_and_goes_to_nobody(ana: Patient) -> None:
    answer = say("?")

    assert answer.startswith("Hi Ana! Reply in your own words: done, did half or skipped")
    assert alerts() == []


def test_a_lone_question_mark_after_the_pain_question_explains_that_question(
    rosa: Patient,
) -> None:
    say("listo")

    answer = say("¿?", LATER)

    assert answer == "Te pregunto por tu dolor ahora: responde un numero, 0 (nada) a 10 (el peor)."


def test_im_fine_just_got_scared_after_a_red_flag_joins_that_alert(rosa: Patient) -> None:
    say("se me durmió la pierna y no la siento")
    [red_flag] = alerts()
    assert red_flag.kind.startswith("red_flag:")

    answer = say("estoy bien, solo me asusté", LATER)

    [alert] = alerts()  # no unclear-reply alert beside it
    assert alert.id == red_flag.id
    assert alert.evidence["follow_ups"] == ["estoy bien, solo me asusté"]
    assert (
        answer == "Gracias por avisar, Rosa. Tu terapeuta lo leera junto con tu mensaje anterior."
    )


def test_im_fine_just_got_scared_after_a_red_flag_joins_that_alert_in_english(
    ana: Patient,
) -> None:
    say("my left leg went numb after the lifts")

    answer = say("im fine now, just got scared", LATER)

    [alert] = alerts()
    assert alert.kind.startswith("red_flag:")
    assert alert.evidence["follow_ups"] == ["im fine now, just got scared"]
    assert answer == "Thanks for letting me know, Ana. Your therapist will read it with your " \
        "earlier message."  # fmt: skip


def test_a_red_flag_resolved_by_the_therapist_is_not_joined(ana: Patient) -> None:
    say("my left leg went numb after the lifts")
    [red_flag] = alerts()
    red_flag.resolve(None, LATER)
    db.session.commit()

    say("the thing with the stuff", LATER)

    assert [a.kind for a in alerts()][1:] == ["unclear_reply"]


def test_an_unreadable_text_with_no_red_flag_before_it_is_still_an_unclear_reply(
    ana: Patient,
) -> None:
    say("the thing with the stuff")

    [alert] = alerts()
    assert alert.kind == "unclear_reply"


def test_igual_alone_is_confirmed_without_scores_it_did_not_carry(rosa: Patient) -> None:
    say("listo, dolor 3, cansancio 4")

    answer = say("igual", LATER)

    assert answer == "Anotado: igual que ayer. ¡Gracias, Rosa!"
    assert "dolor" not in answer and "3" not in answer


def test_same_while_the_pain_question_is_open_notes_it_and_asks_pain_again(ana: Patient) -> None:
    say("done")

    answer = say("same", LATER)

    assert answer == "Noted: same as yesterday. And your pain right now, 0 to 10?"
    [checkin] = db.session.scalars(select(CheckIn)).all()
    assert checkin.trend == "same" and checkin.pain is None


@pytest.mark.parametrize("language", ["en", "es"])
def test_help_says_the_clinics_number_as_people_write_it(app: Flask, language: str) -> None:
    clinic = make_clinic(name="Lakeside Rehab")  # +13125550100
    make_patient(make_therapist(clinic), phone=PHONE, language=language)

    answer = say("HELP" if language == "en" else "AYUDA")

    assert "(312) 555-0100" in answer and "+1312" not in answer


def test_spanish_texts_keep_the_accents_gsm7_carries_and_spell_the_rest_plainly() -> None:
    assert gsm_safe("¿Qué tal, Begoña? Pingüino, él, à") == "¿Qué tal, Begoña? Pingüino, él, à"
    assert gsm_safe("Está, aquí, canción, útil, Ángel") == "Esta, aqui, cancion, util, Angel"
    for key in ("ask_fatigue", "snoozed_morning", "howto_missing", "joined_red_flag"):
        assert encoding(render(key, "es", name="Ana", task="1) x", time="8 am")) == "GSM-7"


def test_only_a_name_outside_gsm7_makes_a_text_ucs2() -> None:
    assert encoding(render("confirm", "es", scores="dolor 3", name="Zoë")) == "GSM-7"
    assert encoding(render("confirm", "es", scores="dolor 3", name="美玲")) == "UCS-2"


def test_the_alert_inbox_shows_the_follow_up_under_the_red_flag(
    client: FlaskClient, rosa: Patient
) -> None:
    therapist = make_therapist(rosa.clinic, password=PASSWORD)
    say("se me durmió la pierna y no la siento")
    say("estoy bien, solo me asusté", LATER)

    page = sign_in(client, therapist.email).get("/alerts").get_data(as_text=True)

    assert "Then the patient wrote:" in page and "solo me asust" in page
    assert "follow ups" not in page
