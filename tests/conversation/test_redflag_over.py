"""A sign the reply says is over, expected from treatment, of the past, or that never happened.

Wordings here are new, not corpus lines: each rule is general, in English and Spanish.
"""

import pytest

from companion.conversation.interpret import interpret


def read(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    reading = interpret(text)
    return reading.red_flags, reading.possible_flags


@pytest.mark.parametrize(("text", "category"), [
    # said over in a later clause of the sentence
    ("had a fever over the weekend but I'm fine now", "swelling_infection"),
    ("me dio calentura el martes pero ya estoy bien", "swelling_infection"),
    ("got winded on the walk, back to normal now", "cardiac_resp"),
    # a limb asleep from a seat or a squat, then passed
    ("leg fell asleep on the couch, it's back to normal now", "neuro"),
    ("se me entumio la pierna porque me sente en el piso, ya se me quito", "neuro"),
    # numbness from ice, as expected
    ("the ice pack made my ankle go numb for a few minutes, normal?", "neuro"),
    ("se me durmieron los dedos en el bano de hielo, todo bien", "neuro"),
    # the past: a month named, before the surgery, when first hurt
    ("the worst pain was before the surgery, today a 2", "severe_pain"),
    ("tuve hormigueo en la pierna en febrero, ya nada", "neuro"),
    ("my foot was numb when I first got hurt, will it come back?", "neuro"),
    # a question about a sign, asked with a modal
    ("could the dizziness come back if I push harder?", "cardiac_resp"),
])  # fmt: skip
def test_a_sign_over_expected_or_past_is_never_certain(text: str, category: str) -> None:
    assert category not in read(text)[0]


@pytest.mark.parametrize(("text", "category"), [
    # over, but still there or back again
    ("had a fever monday, I'm fine now but it came back tonight", "swelling_infection"),
    ("leg went numb on the couch and it's still numb", "neuro"),
    # breath at rest is a sign even when it passed; chest pain that passed still counts
    ("short of breath sitting in bed, fine now", "cardiac_resp"),
    ("chest pain on the stairs but I'm fine now", "cardiac_resp"),
    # numb from a fall on the ice, or ice numbness that lingers
    ("slipped on the ice, now my hand is numb", "neuro"),
    ("iced my knee and it's been numb for hours", "neuro"),
    # worse than back then is no date
    ("hurts worse than when I first got hurt, can't take it", "severe_pain"),
])  # fmt: skip
def test_a_sign_still_there_at_rest_or_compared_stays_certain(text: str, category: str) -> None:
    assert category in read(text)[0]


@pytest.mark.parametrize("text", [
    "tripped on the cord but caught myself", "me resbale en la rampa pero no me cai",
    "stumbled on the step and didn't fall, all good",
])  # fmt: skip
def test_a_trip_caught_before_the_ground_is_no_fall(text: str) -> None:
    assert "fall_injury" not in read(text)[0]


@pytest.mark.parametrize("text", [
    "my knee gave out... back in 2018 lol, fine today",
    "me cai del techo... hace como diez anos jaja",
])  # fmt: skip
def test_a_sign_dated_years_back_after_a_pause_is_no_report(text: str) -> None:
    assert "fall_injury" not in read(text)[0]


def test_a_trip_that_ended_on_the_ground_is_a_fall() -> None:
    assert "fall_injury" in read("tripped on the hose and fell on my hip")[0]


@pytest.mark.parametrize("text", [
    "my coworker fell off the scaffold today, I'm fine thank god",
    "mi cunado se cayo de la escalera ayer, yo bien",
])  # fmt: skip
def test_someone_elses_fall_with_the_patient_fine_is_no_report(text: str) -> None:
    assert "fall_injury" not in read(text)[0]
