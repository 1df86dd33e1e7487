"""Signs of batch 22's kind, on new wordings: going straight off a bridge, done with it all
said apart, affairs left in order in case one is gone, sleep wished to last, a tumble down
steps in Caribbean Spanish, tools not to be used again, a bridge crossed with jumping in
mind, goodbyes "just in case", giving up on life itself, the worst thing ever felt; and
their look-alikes: a grandchild's fever, a limb asleep that woke, a therapy machine's
tingling, a team giving chest pains, a child's fall beside one."""

import pytest

from companion.conversation.interpret import interpret
from tests.conversation.signs import certain


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("been thinking about driving straight off the overpass after work", "mental_health"),
        ("pienso en seguirme derecho en la curva del barranco", "mental_health"),
        ("im done. with everything. dont text me", "mental_health"),
        ("ya me harte. de todo", "mental_health"),
        ("im done with living like this", "mental_health"),
        (
            "showed my son where the will and the passwords are, in case something happens to me",
            "mental_health",
        ),
        ("le ensene a mi esposa el testamento, ella sabe donde esta todo", "mental_health"),
        ("quisiera dormirme y no despertar nunca", "mental_health"),
        ("wish i could go to sleep and never wake up", "mental_health"),
        ("me di un conazo en el patio", "fall_injury"),
        ("rode por las escaleras del sotano", "fall_injury"),
        ("regale mi guitarra a mi primo, ya no la voy a usar", "mental_health"),
        ("gave my bike to my brother, wont be using it", "mental_health"),
        ("cada vez que cruzo el puente pienso en tirarme", "mental_health"),
        ("whenever i cross the bridge i think about jumping", "mental_health"),
        ("me he estado quemando los brazos otra vez", "mental_health"),
        ("nobody would notice si me voy", "mental_health"),
        ("nadie se daria cuenta si me muero", "mental_health"),
        ("giving up on all of it, on life itself", "mental_health"),
        ("me estoy rindiendo con todo, hasta con la vida", "mental_health"),
        ("said goodbye to my mom last night just in case", "mental_health"),
        ("me despedi de mi esposa por si acaso", "mental_health"),
        ("es lo peor que he sentido en mi vida", "severe_pain"),
    ],
)
def test_a_sign_told_the_batch_22_way_is_certain(text: str, category: str) -> None:
    assert category in certain(text)


@pytest.mark.parametrize(
    "text",
    [
        "im done with the exercises, all of them",
        "thinking about going straight to the gym after work",
        "left the insurance papers at the office just in case",
        "se me fue rodando la pelota por las escaleras",
        "grandson has a fever of 101 so i stayed home with him",
        "mi nieta tiene fiebre, casi no dormi",
        "my hand fell asleep because i slept on it but it woke up in a minute",
        "se me durmio el pie en la camioneta de tanto manejar, luego se me quito",
        "the tingling from the e-stim is weird but ok",
        "el hormigueo del electroestimulador se siente raro",
        "the Mets defense is giving me chest pains",
        "los Dodgers me van a dar un infarto esta temporada",
        "my daughter did the lunges with me and fell on her butt haha",
        "me he cortado el dedo otra vez con el cuchillo",
        "said bye to the kids just in case traffic is bad",
        "im giving up on the walks",
        "lo peor que senti por mi ex",
    ],
)
def test_its_look_alike_is_not_certain(text: str) -> None:
    assert certain(text) == ()


def test_a_real_cause_of_chest_pain_stays_certain() -> None:
    assert "cardiac_resp" in certain("this cough is giving me chest pains")


def test_tingling_from_the_machine_that_spreads_stays_a_sign() -> None:
    reply = interpret("tingling in my feet from the tens and its spreading")
    assert "neuro" in reply.red_flags + reply.possible_flags
