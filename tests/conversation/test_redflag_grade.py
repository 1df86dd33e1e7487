"""The context layer grades a sign: denied, asked about (possible) or certain, for any category.

Wordings here are new, not corpus lines: each rule is general, in English and Spanish.
"""

import pytest

from companion.conversation.interpret import interpret


def read(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    reading = interpret(text)
    return reading.red_flags, reading.possible_flags


@pytest.mark.parametrize("text", [
    # a form filled in: the answer written after each sign, no question mark
    "checklist: dizziness no, fever no, all fine", "falta de aire: no. fiebre: nada",
    # "cero" and "nada" before a sign deny it in Spanish
    "cero fiebre, cero hinchazon, todo bien", "me duele poco, nada insoportable",
    # a figure of speech: something gave me a heart attack
    "the gas bill almost gave me a heart attack", "casi me da un infarto con la cuenta del agua",
])  # fmt: skip
def test_a_sign_denied_answered_no_or_said_as_a_figure_flags_nothing(text: str) -> None:
    assert read(text) == ((), ())


@pytest.mark.parametrize(("text", "category"), [
    # a question about what could cause a sign, not a report of it
    ("could the new pills give me dizziness? just asking", "cardiac_resp"),
    ("puede la pastilla nueva dar mareos?", "cardiac_resp"),
    # weeks or months ago, and well now
    ("had a fever a couple weeks ago, all good now", "swelling_infection"),
    ("hace unos meses tuve fiebre, ahorita nada", "swelling_infection"),
    # brief and over
    ("my hand went numb for a second, all good now", "neuro"),
    ("se me durmio la mano, fue nomas un momento, ya estoy bien", "neuro"),
    # someone else's: a friend named without "my", a friend's, a relative with more words between
    ("neighbor fell off his roof yesterday, crazy", "fall_injury"),
    ("my buddys ankle swelled up at practice", "swelling_infection"),
    ("mi suegra se cayo ayer y tiene el tobillo hinchado", "swelling_infection"),
    # a limb asleep from sitting, then fine; a heart racing after the exercise
    ("foot fell asleep sitting on the floor, fine after a minute", "neuro"),
    ("heart racing after the stairs, normal i guess", "cardiac_resp"),
    ("el corazon acelerado despues de los ejercicios", "cardiac_resp"),
])  # fmt: skip
def test_a_sign_in_doubt_is_asked_about_not_certain(text: str, category: str) -> None:
    certain, possible = read(text)
    assert category not in certain
    assert category in possible


@pytest.mark.parametrize(("text", "category"), [
    # the patient's own sign, now: the same words without the doubt
    ("dizziness yes, bad today", "cardiac_resp"),
    ("no pude hacer nada hoy, tengo fiebre", "swelling_infection"),
    ("i had a heart attack in march and my chest hurts again", "cardiac_resp"),
    ("my heart keeps skipping beats during the carries", "cardiac_resp"),
    ("short of breath on the stairs lately", "cardiac_resp"),
    ("my leg went numb sitting in the car and it is still numb", "neuro"),
    ("mi hijo vino y se me hincho la rodilla", "swelling_infection"),
    # Spanish "son" ("they are") opening a clause is no son of anyone's
    ("son mis piernas que no me responden", "neuro"),
])  # fmt: skip
def test_the_patients_own_sign_now_stays_certain(text: str, category: str) -> None:
    assert category in read(text)[0]
