"""Signs not the patient's now: someone else's, long over, a thing's fall, an organ said well."""

import pytest

from companion.conversation.interpret import interpret


def flags(text: str) -> tuple[str, ...]:
    return interpret(text).red_flags


@pytest.mark.parametrize("text", [
    "my son has a fever, stayed home with him", "mi hija tiene fiebre, no pude hacerlos",
    "my wife has a fever so i did them late", "my husband is the one with the swollen ankle",
    "my wifes the one who fell, not me", "mi esposa es la que se cayo",
    "watched a movie about a guy who had a heart attack", "saw a guy pass out at the gym today",
    "my dad had a heart attack last year so im nervous", "my kid fell off his bike",
    "the fever was my daughters, im fine", "la calentura era de mi hijo, yo bien",
    "la fiebre fue de mi nieta",
    # a reading or a word of degree between the person and the sign
    "skipped today, my kid has a 102 fever", "my daughter has a really high fever",
    "mi hijo tiene una fiebre de 39",
])  # fmt: skip
def test_a_sign_told_of_someone_else_flags_nothing(text: str) -> None:
    assert flags(text) == ()


@pytest.mark.parametrize(("text", "expected"), [
    # the patient brought back in by a word of their own, or by what the relative saw
    ("my wife says my knee looks swollen", ("swelling_infection",)),
    ("my wife said its infected", ("swelling_infection",)),
    ("my wife and i fell on the ice", ("fall_injury",)),
    ("my son and i both have a fever", ("swelling_infection",)),
    ("the fever is mine not my kids", ("swelling_infection",)),
    ("he knocked me over", ("fall_injury",)),
    # the patient adding themselves after the other's sign
    ("my son has a fever and so do i", ("swelling_infection",)),
    ("mi hija tiene fiebre y yo tambien", ("swelling_infection",)),
    ("my kid gave me his fever", ("swelling_infection",)), ("my son pushed me down by accident",
    ("fall_injury",)),
    # a relative writing for the patient speaks of the patient
    ("this is his wife, he has a fever and his leg is swollen", ("swelling_infection",)),
    ("soy la esposa de juan, mi esposo tiene fiebre", ("swelling_infection",)),
    ("this is his daughter, he fell last night", ("fall_injury",)),
    # a pronoun alone sets aside only a fall, as before
    ("she says the wound is red and hot", ("swelling_infection",)),
    ("mom says she wants to die", ("mental_health",)),
])  # fmt: skip
def test_the_patients_own_sign_or_one_told_for_them_still_counts(
    text: str, expected: tuple[str, ...]
) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize("text", [
    "fell off a ladder back in 2018, thats why im in the program",
    "had numbness in my foot in 2020 before the surgery, none since",
    "me cai de un andamio en 2019, por eso estoy en el programa",
    "tuve hormigueo en la mano hace años, ya nada", "hace dos años me fracture el tobillo",
    "back in 2020 my leg went numb for a month", "broke my wrist when i was a kid",
    "had a bad fall a couple years ago at work, thats why im here",
    "landed on my back in 2019, thats why im here",
])  # fmt: skip
def test_a_sign_dated_years_back_is_history(text: str) -> None:
    assert flags(text) == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("numb since 2021", ("neuro",)), ("numb ever since i fell in 2019", ("neuro",)),
    ("fell in 2019 and again today", ("fall_injury",)),
    ("me cai en 2019 y otra vez hoy", ("fall_injury",)),
    ("tingling in my hand back in 2021 and its back now", ("neuro",)),
    ("had a bad fall years ago and my knee still gives out", ("fall_injury", "neuro")),
    ("I fell in the shower this morning", ("fall_injury",)),
    ("tried to kill myself in 2015 and the thoughts are back", ("mental_health",)),
])  # fmt: skip
def test_a_sign_that_lasts_or_comes_back_is_not_history(
    text: str, expected: tuple[str, ...]
) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize("text", [
    "a shelf fell over at work, nobody was hurt", "the tv fell off the wall, no one got hurt",
    "the ladder tipped over but it missed me", "se cayo una tarima, nadie salio lastimado",
    "se me cayo la pesa pero no me pego", "dropped a plate at the end, it missed my toes",
    "a box fell off the truck, i wasnt anywhere near it",
])  # fmt: skip
def test_a_thing_that_fell_and_hurt_nobody_flags_nothing(text: str) -> None:
    assert flags(text) == ()


@pytest.mark.parametrize("text", [
    "I fell off the ladder but nobody else got hurt", "i slipped on the ice, nobody saw lol",
    "I tripped over the cord and the lamp fell, nobody got hurt",
    "the bar slipped and landed on my foot, nobody got hurt but me",
    "a box fell on my foot, nobody else was hurt", "dropped the dumbbell on my foot",
])  # fmt: skip
def test_the_patients_own_fall_or_a_thing_on_their_limb_still_counts(text: str) -> None:
    assert flags(text) == ("fall_injury",)


@pytest.mark.parametrize("text", [
    "bladder - no problems", "bowels: all good", "vejiga sin problemas", "bladder stuff normal",
    "la vejiga bien, todo normal", "you asked about bowels, nothing unusual",
])  # fmt: skip
def test_bladder_or_bowels_named_then_said_well_flags_nothing(text: str) -> None:
    assert flags(text) == ()


@pytest.mark.parametrize("text", [
    "bladder no problems until today when i leaked", "bladder - no control", "bladder is weird",
    "bladder no problems?", "bowels - nothing for 3 days",
])  # fmt: skip
def test_bladder_or_bowels_with_a_change_still_counts(text: str) -> None:
    assert flags(text) == ("cauda_equina",)
