"""Signs told indirectly: suicide warning signs, pain by extremity, swelling by likeness.

Wordings here are new, not corpus lines: each sign is general, in English and Spanish.
"""

import pytest

from companion.conversation.interpret import interpret


def certain(text: str) -> tuple[str, ...]:
    return interpret(text).red_flags


@pytest.mark.parametrize("text", [
    # somewhere high, with jumping in mind
    "I was up on the overpass last night thinking about jumping",
    "me subi a la azotea con ganas de tirarme",
    # letters or notes for the family, just in case
    "left notes for my wife and son in the drawer, for when I'm gone",
    "les deje cartas a mis hijas por si acaso",
    # belongings given away as no longer needed
    "handed my fishing rods to my nephew, won't need them anymore",
    "le regale mis herramientas a mi compadre, ya no las voy a necesitar",
    # not staying around, said plainly
    "I won't be around much longer, tell the crew thanks",
    "ya no voy a estar aqui mucho tiempo",
    # a burden; a will made "just in case"
    "soy una carga para mi familia", "made out my will yesterday just in case",
    # self-harm with the pronoun before the verb, and no reason to wake
    "me dan ganas de lastimarme", "me quisiera hacer dano, ayuda",
    "no quiero despertar manana, para que",
])  # fmt: skip
def test_an_indirect_suicide_warning_sign_is_certain(text: str) -> None:
    assert "mental_health" in certain(text)


@pytest.mark.parametrize("text", [
    "not sticking around for the meeting, text me later", "I'm not sticking around this job",
    "said goodbye to my kids at the bus stop", "gave away my old boots, I got new ones",
    "me voy a cortar el pelo manana", "wrote a note to my boss about the schedule",
    "the view from the bridge was nice, my wife wanted to take a picture",
    "me despedi de mis hijos en el aeropuerto", "me estoy despidiendo de mi familia al salir",
])  # fmt: skip
def test_the_same_words_about_an_errand_or_a_job_are_no_mood_sign(text: str) -> None:
    assert "mental_health" not in certain(text)


@pytest.mark.parametrize(("text", "category"), [
    # pain told by an extremity or a comparison
    ("prefiero romperme la pierna otra vez que sentir esto", "severe_pain"),
    ("id rather snap my ankle twice than go through this shoulder", "severe_pain"),
    ("my knee hurt so bad I saw stars", "severe_pain"),
    ("me dolio tanto la espalda que se me nublo la vista", "severe_pain"),
    ("la rodilla me tiene chillando toda la noche del dolor", "severe_pain"),
    # a swollen limb told by a likeness
    ("fingers swollen up like sausages this morning", "swelling_infection"),
    ("tengo el pie como salchicha, no me cabe el zapato", "swelling_infection"),
    # breath gone and a long sit to get it back
    ("me quede sin aire y tuve que sentarme media hora", "cardiac_resp"),
    ("couldn't catch my breath after the stairs, had to lie down for 30 minutes", "cardiac_resp"),
])  # fmt: skip
def test_a_sign_told_by_extremity_or_likeness_is_certain(text: str, category: str) -> None:
    assert category in certain(text)


@pytest.mark.parametrize("text", [
    "I'd rather do the ladder than the sled", "prefiero hacer las cargas que la escalera",
    "the sunset from the roof took my breath away", "la vista del lago me dejo sin aire",
    "had a mini heart attack when the dog barked lol",
])  # fmt: skip
def test_a_preference_or_a_scare_is_no_sign(text: str) -> None:
    assert certain(text) == ()


@pytest.mark.parametrize(("text", "category"), [
    # a limb asleep that does not wake, hardly felt, or felt weak
    ("my foot's been asleep since last night and it's not waking up", "neuro"),
    ("la mano dormida desde anoche, no se me quita", "neuro"),
    ("toes feel weird, can't even feel them", "neuro"),
    ("la mano derecha la siento debil, se me cae el vaso", "neuro"),
    # pain no one could bear, a body on the floor with it
    ("un dolor que ya no se soporta", "severe_pain"),
    ("curled up on the floor crying from my back", "severe_pain"),
    ("this is worse than anything I've ever felt", "severe_pain"),
    # hot and big together; soiled without knowing; not around much longer
    ("tengo el tobillo caliente y enorme", "swelling_infection"),
    ("peed myself and didn't even notice till I stood up", "cauda_equina"),
    ("I can't see myself being around much longer", "mental_health"),
])  # fmt: skip
def test_a_sign_said_another_way_is_certain(text: str, category: str) -> None:
    assert category in certain(text)


@pytest.mark.parametrize(("text", "category"), [
    ("me siento flojo hoy, no quise hacer nada", "neuro"),
    ("legs are dead after leg day lol", "neuro"),
    ("can't see myself at this job much longer", "mental_health"),
    ("the worst traffic, worse than anything", "severe_pain"),
])  # fmt: skip
def test_lazy_tired_or_fed_up_is_no_sign(text: str, category: str) -> None:
    assert category not in certain(text)
