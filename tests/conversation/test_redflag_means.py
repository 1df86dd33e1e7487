"""Signs of batch 20's kind, on new wordings: a way to die within reach, hitting one's head
with pain, passive death wishes in Spanish, breath through a straw, rigors, urine leaking
unnoticed, a fall when a seat or step gave way. Each with the same words in a harmless use."""

import pytest

from companion.conversation.interpret import interpret


def certain(text: str) -> tuple[str, ...]:
    return interpret(text).red_flags


@pytest.mark.parametrize("text", [
    # a way to die kept in view or saved up
    "keep staring at the rifle in the basement", "been saving up my pain pills",
    "me quedo viendo la pistola de mi cajon", "estoy juntando las pastillas del dolor",
    # hitting one's head with the pain
    "I punch my head against the door when it gets too much",
    "me pego la cabeza contra la pared cuando el dolor no me deja",
    # God asked to take one, waking not wished for
    "ojala Dios ya me llevara", "ojala no despertara manana", "pido que no amanezca manana",
    "wish god would just take me",
    # not staying around, life not wanted even, skin cut to feel something else
    "not planning to stick around much longer, thanks for everything",
    "ya no quiero ni vivir con este dolor", "me corte los brazos para no sentir nada",
    "cut my arm last night to feel something",
])  # fmt: skip
def test_a_means_kept_in_view_self_hitting_or_a_passive_death_wish_is_a_mood_sign(
    text: str,
) -> None:
    assert "mental_health" in certain(text)


@pytest.mark.parametrize("text", [
    "went to the gun range with my son, did the tasks", "looking at the gun show flyer",
    "cleaned my rifle for deer season", "I tied the rope to the sled for the pulls",
    "saving my pills for the trip", "guardando las pastillas en el pastillero",
    "que Dios me lleve con bien al trabajo", "ojala no despierte tan cansado",
    "its like banging my head against a wall with this app",
    "not planning on staying around the gym long today", "cut my arm when cooking",
])  # fmt: skip
def test_the_same_words_of_a_hobby_a_blessing_or_a_complaint_are_no_mood_sign(text: str) -> None:
    assert "mental_health" not in certain(text)


@pytest.mark.parametrize(("text", "category"), [
    ("like sucking air through a coffee stirrer on the stairs", "cardiac_resp"),
    ("como si respirara por un popote todo el dia", "cardiac_resp"),
    ("teeth chattering then drenched all night", "swelling_infection"),
    ("con escalofrios y luego sudando toda la noche", "swelling_infection"),
    ("temblando debajo de las cobijas desde anoche", "swelling_infection"),
    ("no retengo la orina desde el martes", "cauda_equina"),
    ("la pipi se me escapa sin sentir", "cauda_equina"),
    ("se rompio el banquito y cai de nalgas", "fall_injury"),
    ("the step stool gave out and I went down hard", "fall_injury"),
    ("my son found me on the kitchen floor this morning", "fall_injury"),
    ("me hallaron tirado en el suelo del bano", "fall_injury"),
    ("voy al bano y no sale casi nada", "cauda_equina"),
    ("sit on the toilet and barely anything comes out", "cauda_equina"),
])  # fmt: skip
def test_a_sign_told_by_a_likeness_or_its_course_is_certain(text: str, category: str) -> None:
    assert category in certain(text)


@pytest.mark.parametrize(("text", "category"), [
    ("drank my shake through a straw after the workout", "cardiac_resp"),
    ("freezing at the site this morning, then sweating on the carries by noon, did all",
     "swelling_infection"),
    ("el tiempo se me fue sin darme cuenta, hice todo", "cauda_equina"),
    ("la silla se rompio pero no me cai", "fall_injury"),
    ("my old truck broke down, so I went down to the shop", "fall_injury"),
    ("found my keys on the floor", "fall_injury"),
])  # fmt: skip
def test_the_same_words_of_a_drink_the_work_or_an_errand_flag_nothing(
    text: str, category: str
) -> None:
    assert category not in certain(text)
