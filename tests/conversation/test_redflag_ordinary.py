"""Look-alikes of batch 21's kind, on new wordings: a screening "nel", someone else's body told
at length, numb while one ices, winded as everyone is, a sign of an old illness none of which
is left, another's death wished in a temper, bloated from a meal, a trip with no fall and no
blow. None is certain; the same sign told plainly still is."""

import pytest

from companion.conversation.interpret import interpret


@pytest.mark.parametrize(("text", "category"), [
    ("fever? nel. numbness? nel. just tired", "neuro"),
    ("her knee is all swollen and red today, glad mine is ok", "swelling_infection"),
    ("su mano esta toda roja e hinchada, la mia bien", "swelling_infection"),
    ("fingers go numb when we ice after the carries, fine later", "neuro"),
    ("se me duermen los dedos cuando pongo hielo, luego se me quita", "neuro"),
    ("I get out of breath on the stairs like anyone would", "cardiac_resp"),
    ("me falta el aire en la subida como a todo el mundo", "cardiac_resp"),
    ("had covid and got short of breath, none of that anymore", "cardiac_resp"),
    ("me faltaba el aire con el covid, ahora nada de eso", "cardiac_resp"),
    ("quiero matar al vecino con su musica jaja", "mental_health"),
    ("me siento inflado de tanta comida de la posada", "swelling_infection"),
    ("I'm so bloated from all the thanksgiving food", "swelling_infection"),
    ("no me cai, nomas me resbale en el lodo, ni me golpee", "fall_injury"),
    ("didnt fall, just tripped on the hose, didnt hit anything", "fall_injury"),
])  # fmt: skip
def test_a_screening_nel_anothers_body_ice_the_ordinary_a_meal_or_no_fall_is_not_certain(
    text: str, category: str
) -> None:
    assert category not in interpret(text).red_flags


@pytest.mark.parametrize(("text", "category"), [
    ("no me cai, nomas me resbale en la regadera", "fall_injury"),
    ("out of breath on the stairs like never before", "cardiac_resp"),
    ("tengo los pies hinchados de tanto caminar", "swelling_infection"),
    ("my toes went numb while icing and are still numb hours later", "neuro"),
    ("my knee is all swollen and red today", "swelling_infection"),
    ("me quiero matar, ya no aguanto", "mental_health"),
])  # fmt: skip
def test_the_same_sign_as_a_slip_unlike_before_from_walking_lingering_or_ones_own_stays_certain(
    text: str, category: str
) -> None:
    assert category in interpret(text).red_flags
