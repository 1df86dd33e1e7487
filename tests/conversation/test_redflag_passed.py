"""Signs from a harmless cause that passed: winded by the work, a limb asleep, the dentist."""

import pytest

from companion.conversation.interpret import interpret


def flags(text: str) -> tuple[str, ...]:
    return interpret(text).red_flags


@pytest.mark.parametrize("text", [
    # winded by the work and fine with a rest, a question mark in between or not
    "out of breath during the carries, normal right? was fine once i stopped",
    "out of breath on the stairs but was fine after a minute",
    "winded on the carries, it was ok again once i sat down to rest",
    "me quede sin aire despues de la escalera pero a los 2 minutos ya estaba bien. termine",
    "me falto el aire en las cargas pero enseguida se me paso",
    "me faltaba el aire subiendo la rampa, luego se me quito",
])  # fmt: skip
def test_breathlessness_from_effort_that_settled_flags_nothing(text: str) -> None:
    assert flags(text) == ()


@pytest.mark.parametrize("text", [
    # breathless at rest is a sign whatever follows
    "es normal que me falte el aire aunque este sentado?",
    "me quedo sin aire hasta sentado, luego ya estoy bien",
    "out of breath just sitting on the couch, was fine once i stood up",
    "short of breath lying in bed, fine after a while",
    # no passing told, or one denied
    "out of breath during the carries", "me falta el aire en la escalera y no se me quita",
    "out of breath on the stairs and never was fine after",
    # chest pain or fainting that passed still counts
    "chest pain during the carries but was fine once i stopped",
    "me dolio el pecho en la escalera pero se me paso",
    "out of breath and then i passed out",
])  # fmt: skip
def test_breathlessness_at_rest_or_not_passed_and_chest_pain_still_flag(text: str) -> None:
    assert "cardiac_resp" in flags(text)


@pytest.mark.parametrize("text", [
    # a limb asleep or numb from posture or cold, then fine: cause and passing both told
    "woke up with my arm asleep cuz i slept on it, fine after a min. did everything",
    "arm asleep from sleeping on it, fine once i moved it",
    "leg went numb from sitting too long, went away when i stood up",
    "did it all outside. hands got numb from the cold but fine once i warmed up",
    "fingers tingly from the cold, ok again after i warmed them up",
    "se me durmio el pie por estar sentado con las piernas cruzadas, ya se me quito",
    "se me entumieron las manos por el frio pero ya estoy bien",
    "se me durmio la pierna de estar hincado, al rato se me paso",
    # numb from the dentist's injection
    "my face is still numb from the dentist so excuse the typos lol. did everything",
    "lip numb after the novocaine, done", "tengo la boca dormida por la anestesia del dentista",
    "la cara entumida por la anestesia de la muela",
])  # fmt: skip
def test_a_limb_asleep_or_numb_from_a_harmless_cause_that_passed_flags_nothing(text: str) -> None:
    assert flags(text) == ()


@pytest.mark.parametrize("text", [
    # the cause without the passing, the passing denied, or no harmless cause
    "hands numb from the cold", "se me entumieron las manos por el frio",
    "hands got numb from the cold and they are still numb",
    "arm numb from sleeping on it, still numb hours later",
    "se me durmio la pierna por estar sentado, no se me quita",
    "se me durmio la pierna y no se me quita",
    "arm asleep cuz i slept on it, not fine after an hour",
    "leg went numb from lifting, fine after a min",
    # the dentist's numbness that lasts, spreads or reaches a limb
    "numb since the dentist yesterday and its spreading",
    "lip numb from the dentist and now my arm is numb too",
    "mi cara sigue entumida por la anestesia y ya se extiende al cuello",
    "face numb from the dentist 3 days ago and still numb",
])  # fmt: skip
def test_numbness_without_a_harmless_cause_and_its_passing_still_flags(text: str) -> None:
    assert flags(text) == ("neuro",)
