"""Signs and look-alikes of batch 32's kinds, on new wordings in English and Spanish.

Certain signs: breath too short to speak or lasting long after, no point going on, goodbyes
already said, unbearable pain told after a day of nothing. Look-alikes, never certain: someone
else's sign (a coworker, a resident, a compadre, gossip of a named person with the patient set
apart), a past sign measured against today, a sign told over in the next sentence, and
"blacked out" said of a thing. True signs around them stay certain.
"""

import pytest

from tests.conversation.signs import certain, possible


@pytest.mark.parametrize(
    ("text", "category", "lang"),
    [
        ("was gasping so hard i couldnt talk after the stairs", "cardiac_resp", "en"),
        ("still out of breath an hour later, just from carrying trays", "cardiac_resp", "en"),
        ("estaba sin aire, no podia ni hablar despues de subir", "cardiac_resp", "es"),
        ("todavia sin aire media hora despues de la rampa", "cardiac_resp", "es"),
        ("whats the point in going on anymore", "mental_health", "en"),
        ("i already told my kids goodbye", "mental_health", "en"),
        ("ya no tiene sentido seguir viviendo asi", "mental_health", "es"),
        ("ya me despedi de mis hijos", "mental_health", "es"),
        ("no fui a trabajar, dolor insoportable en la espalda", "severe_pain", "es"),
        ("didnt do any, pain unbearable today", "severe_pain", "en"),
    ],
)
def test_new_wordings_of_the_batch_signs_are_certain(text: str, category: str, lang: str) -> None:
    assert category in certain(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # someone else: named in gossip with the patient set apart, a coworker, a resident
        ("gossip from the line: Marcus passed out by the press. me? did all my reps", "en"),
        ("chisme: Yesenia se cayo en la cocina del hotel. yo bien, termine todo", "es"),
        ("a coworker passed out on the tarmac from the heat, i did my sets", "en"),
        ("una compañera de la cocina se desmayo ayer, yo termine mi turno", "es"),
        ("one of my patients at the home had chest pain, so I stayed late", "en"),
        ("mi vecino se golpeo el pie y se le hincho todo, pobre", "es"),
        ("mi cuñada dice que tiene la vejiga floja desde el parto", "es"),
        # a past sign against today
        ("the worst pain I ever had was kidney stones years ago, today nothing like it", "en"),
        ("cuando me rompi el brazo en 2018 fue horrible, hoy ni se compara, un 3", "es"),
        # over in the next sentence
        ("remember the numbness i told u about? it went away after the massage", "en"),
        ("lo del hormigueo en la mano. ya se me quito con los estiramientos", "es"),
        # a figure of speech
        ("blacked out the dates I cant come on the shared calendar", "en"),
    ],
)
def test_look_alikes_of_the_batch_are_never_certain(text: str, lang: str) -> None:
    assert certain(text, lang) == ()


def test_a_past_sign_against_today_is_still_asked() -> None:
    assert "severe_pain" in possible("worst pain of my life was in 2019, today nothing like that")


@pytest.mark.parametrize(
    ("text", "category", "lang"),
    [
        ("my coworker drove me home because I blacked out at work", "cardiac_resp", "en"),
        ("i blacked out in the shower this morning", "cardiac_resp", "en"),
        ("Tanya drove me, I fell off the dock and my back is killing me", "fall_injury", "en"),
        ("mi compañero me ayudo, me cai de la escalera", "fall_injury", "es"),
        ("the numbness went away but now it came back again", "neuro", "en"),
        ("broke my leg in 2015 and today the pain is unbearable, a 9", "severe_pain", "en"),
        ("my horse threw me, back hurts bad, cant stand up straight", "fall_injury", "en"),
        ("hoy no es nada el trabajo pero me cai en la ducha", "fall_injury", "es"),
    ],
)
def test_true_signs_beside_the_look_alike_words_stay_certain(
    text: str, category: str, lang: str
) -> None:
    assert category in certain(text, lang)


def test_a_mood_told_beside_gossip_is_never_less_than_possible() -> None:
    text = "chisme: Rosa se fue del trabajo. yo bien, pero ya no tiene sentido seguir viviendo"
    assert "mental_health" in certain(text, "es") + possible(text, "es")
