"""Intents and scores of batch 29's kind, on new wordings: a sign told after "everything but"
leaves the work whole; a relative's "hizo todo" is the patient's work done; a late answer
speaks for the days it names; a lift that dates a sign, "nunca había hecho eso" and "hoy no
tiene dolor" tell no work; wishing oneself dead reports; the HELP word before being lost asks
for help; a carrier STOP before a farewell revokes consent; a year in two digits is no score,
and "not hurt" after a mishap is no pain score of 0."""

import pytest

from companion.conversation.interpret import interpret
from messaging.keywords import compliance_keyword


def intent(text: str, lang: str = "en") -> str:
    return interpret(text, None, lang).intent


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a sign opening the clause after "everything but" is no share of the work left out
        ("did everything but both knees got all wobbly on the stairs", "en"),
        # a relative texting for the patient: the patient did it all
        ("le escribe su hija, mi mamá hizo todas sus rutinas y dice que bien", "es"),
        # a late answer speaks for the days it names
        ("sorry for the slow reply, did the whole list friday and saturday", "en"),
        ("perdón por la tardanza, el lunes y el martes hice todo", "es"),
    ],
)
def test_work_told_whole_beside_a_sign_a_relative_or_a_late_answer_is_done(
    text: str, lang: str
) -> None:
    assert intent(text, lang) == "done"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a lift that dates a sign tells no work done
        ("when I lifted the tote my wrist made a crack and now it wont bend", "en"),
        ("me tronó la espalda cuando levanté el garrafón y ya no me puedo agachar", "es"),
        # "nunca había hecho eso" tells of a sign never had before, not of the work
        ("se me durmió la pierna en la noche, nunca me había hecho eso", "es"),
        # wishing oneself dead is a report, whoever forgives it
        ("a veces mejor me muriera y ya", "es"),
        ("ojalá mejor me muera, perdóname Señor", "es"),
    ],
)
def test_a_sign_a_lift_dates_or_a_wish_to_die_is_a_report(text: str, lang: str) -> None:
    assert intent(text, lang) == "report"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "hoy no" before a sign denied today skips nothing: the question is asked
        ("¿es malo sentir mareo en la escalera? hoy no tuve, nomás pregunto", "es"),
    ],
)
def test_a_sign_denied_today_beside_a_question_asks(text: str, lang: str) -> None:
    assert intent(text, lang) == "question"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ayuda, estoy confundida con todo esto", "es"),
        ("help pls, im lost on what to do", "en"),
    ],
)
def test_the_help_word_before_being_lost_asks_for_help(text: str, lang: str) -> None:
    assert intent(text, lang) == "help"


@pytest.mark.parametrize(
    "text",
    [
        "ALTO. volví a mi chamba, gracias por todo",
        "stop, thanks for everything, goodbye",
    ],
)
def test_a_carrier_stop_before_a_farewell_revokes_consent(text: str) -> None:
    assert compliance_keyword(text) == "opt_out"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("hurts like when I tore my shoulder back in 09", "en"),
        ("me duele como cuando me quebré el brazo en el 07", "es"),
    ],
)
def test_a_year_in_two_digits_is_no_score(text: str, lang: str) -> None:
    assert interpret(text, None, lang).pain is None


@pytest.mark.parametrize(
    "text",
    [
        # unharmed after a mishap: no 0-10 pain told
        "dropped a pallet jack handle near my foot, not hurt, just scared",
        "slipped in the shower but im not really hurt",
    ],
)
def test_not_hurt_after_a_mishap_is_no_pain_score(text: str) -> None:
    assert interpret(text, None, "en").pain is None
