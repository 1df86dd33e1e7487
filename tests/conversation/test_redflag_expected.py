"""Look-alikes of batch 20's kind, on new wordings: a sign over, expected from a heat treatment,
from a daily cause put right, someone else's, of last week, a figure of speech, a screening
denial, a joke taken back. None is certain; the same sign told plainly still is."""

import pytest

from companion.conversation.interpret import interpret


@pytest.mark.parametrize(("text", "category"), [
    # expected from a heat treatment, as from ice
    ("the hot pack left my calf a little numb, normal?", "neuro"),
    ("la almohadilla electrica me dejo la espalda dormida", "neuro"),
    # a sign passed, plural or "normal" or "gone now"
    ("se me durmieron las manos del frio en la bodega, al rato se me pasaron", "neuro"),
    ("el fin de semana pasado tuve la rodilla inflamada pero ya esta normal", "swelling_infection"),
    ("last weekend I had a swollen knee, all good since", "swelling_infection"),
    ("figured I pulled something at work but it was a knot, gone now", "fall_injury"),
    ("the puffiness from the mosquito bites on my arm is way down", "swelling_infection"),
    # dizzy from a daily cause put right; a racing heart from a game
    ("lightheaded this morning from skipping breakfast, fine once I ate", "cardiac_resp"),
    ("andaba mareado ayer por no tomar agua, hoy ya tome y bien", "cardiac_resp"),
    ("heart racing cuz the game went to overtime lol", "cardiac_resp"),
    # someone else's, told with a diminutive
    ("mi abuelita tiene la presion alta y le duele el pecho", "cardiac_resp"),
    # a figure of speech
    ("my ego is swollen after all the compliments", "swelling_infection"),
    ("tengo el ego bien hinchado con tanto halago", "swelling_infection"),
    # the screening questions denied as a whole
    ("none of the stuff you ask about with the bladder, just sore", "cauda_equina"),
    ("nada de lo que preguntan con la vejiga ni los intestinos, solo me duele", "cauda_equina"),
    # a joke taken back
    ("I passed out lol jk, just lazy today", "cardiac_resp"),
    ("me desmaye jaja es broma, nomas estoy cansado", "cardiac_resp"),
])  # fmt: skip
def test_a_sign_expected_passed_someone_elses_a_figure_denied_or_a_joke_is_not_certain(
    text: str, category: str
) -> None:
    assert category not in interpret(text).red_flags


@pytest.mark.parametrize(("text", "category"), [
    ("the heating pad burned and my back has been numb for days", "neuro"),
    ("dizzy from not eating and still dizzy after lunch", "cardiac_resp"),
    ("my heart keeps skipping cuz of the game", "cardiac_resp"),
    ("my ankle is swollen and hot, my ego is fine", "swelling_infection"),
    ("I passed out at the gym, not joking", "cardiac_resp"),
    ("me desmaye en la obra, no es mentira", "cardiac_resp"),
    ("mi abuelita dice que me cai de la escalera", "fall_injury"),
    ("la vejiga no la controlo desde ayer", "cauda_equina"),
])  # fmt: skip
def test_the_same_sign_lingering_irregular_at_rest_or_insisted_on_stays_certain(
    text: str, category: str
) -> None:
    assert category in interpret(text).red_flags
