"""Signs and look-alikes of batch 28's kinds, on new wordings in English and Spanish.

A joint gone fat (often purple beside a fall) is a swelling; pills stopped and saved up, a
vehicle driven off an edge, being a burden that would be spared "if I disappeared", and living
that one asks the point of are certain mood signs; pain so bad one screamed, or like a knife
driven in, is severe; and a foot dragged with its side named, urine not held, a saddle gone dead
or numb in plain words, going down after a give-way and a load dropped on a foot are signs too.
Then the look-alikes, never certain: a sign watched for, a screening answered no as a whole,
numbness from the cold that warmed right back up, a faint remembered, redness that wore off, a
word the patient would use only if, a pun on "went out" or "me caí", and an organ well "too".
Self-harm said not to be meant and someone else's talk of dying, told by a patient who is with
them, are asked about: a mood sign is never less than possible.
"""

import pytest

from tests.conversation.signs import certain, possible


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("slipped off the loading ramp, now my knee is all fat and blue", "en"),
        ("my wrist got so fat after the fall i cant bend it", "en"),
        ("me caí del montacargas y el tobillo se me puso bien gordo", "es"),
        ("tengo la rodilla bien gorda desde ayer", "es"),
    ],
)
def test_a_joint_gone_fat_is_a_swelling(text: str, lang: str) -> None:
    assert "swelling_infection" in certain(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("stopped taking my meds, been stashing em in my drawer", "en"),
        ("dejé de tomar mis pastillas y las estoy juntando", "es"),
        ("keep thinking about steering the semi off the edge", "en"),
        ("para qué voy a seguir viviendo con este dolor", "es"),
        ("i feel like such a burden, theyd all be fine if i just disappeared", "en"),
    ],
)
def test_pills_saved_an_edge_or_the_point_of_living_is_a_certain_mood_sign(
    text: str, lang: str
) -> None:
    assert "mental_health" in certain(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("my back hurt so bad i yelled in the parking lot", "en"),
        ("me dolió tan fuerte que grité", "es"),
        ("siento como un puñal clavado en la cadera", "es"),
    ],
)
def test_pain_so_bad_one_screamed_or_like_a_knife_is_severe(text: str, lang: str) -> None:
    assert "severe_pain" in certain(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        ("la pierna izquierda se me arrastra cuando camino", "es", "neuro"),
        ("anoche no me aguanté el pipí", "es", "cauda_equina"),
        ("siento entumida la parte de adentro de las piernas", "es", "cauda_equina"),
        ("my groin feels kinda dead since this morning", "en", "cauda_equina"),
        ("no hice los ejercicios, no puedo hacer del baño desde el lunes", "es", "cauda_equina"),
        ("se me dobló la rodilla y me fui pa abajo en el baño", "es", "fall_injury"),
        ("dropped a whole case of frozen chicken on my foot", "en", "fall_injury"),
    ],
)
def test_the_held_short_signs_of_this_batch_are_certain(
    text: str, lang: str, category: str
) -> None:
    assert category in certain(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        ("my uncle had a stroke so i keep an eye out for numbness, nothing yet", "en", "neuro"),
        ("ando al pendiente del dolor de pecho, nada todavía", "es", "cardiac_resp"),
        (
            "the nurse asked about bowel control and numbness in my groin, I said no to everything",
            "en",
            "cauda_equina",
        ),
        (
            "en la clínica me preguntaron por problemas de la vejiga y entumecimiento, les dije"
            " que no a todo",
            "es",
            "cauda_equina",
        ),
        ("fingers went numb from the cold on the dock but warmed right back up", "en", "neuro"),
        ("remember when I passed out at the first session? haha", "en", "cardiac_resp"),
        ("¿se acuerda cuando me desmayé en la primera cita? jaja", "es", "cardiac_resp"),
        ("the redness from the strap wore off after an hour", "en", "swelling_infection"),
        ("the redness where the brace rubbed faded by morning", "en", "swelling_infection"),
        ("I'd only call it excruciating if I couldn't walk", "en", "severe_pain"),
        ("solo diría que es insoportable si no pudiera caminar", "es", "severe_pain"),
        ("me caí... de sueño en la junta", "es", "fall_injury"),
        ("my back went out... out to dinner with the wife", "en", "fall_injury"),
        ("la vejiga todo normal, bowels también", "es", "cauda_equina"),
        ("bladder all good, bowels too", "en", "cauda_equina"),
    ],
)
def test_a_look_alike_of_this_batch_is_never_certain(text: str, lang: str, category: str) -> None:
    assert category not in certain(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("relax, I'm not going to kill myself, just venting about the adjuster", "en"),
        ("I wont hurt myself, promise", "en"),
        ("no me voy a matar, nomás ando enojado con el seguro", "es"),
        ("my cousin keeps talking about wanting to die, so I'm staying with him", "en"),
        ("mi prima dice que se quiere morir, me voy a quedar con ella", "es"),
    ],
)
def test_self_harm_disowned_or_someone_elses_talk_of_dying_is_asked_about(
    text: str, lang: str
) -> None:
    assert "mental_health" not in certain(text, lang)
    assert "mental_health" in possible(text, lang)
