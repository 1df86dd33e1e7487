"""Signs and look-alikes of batch 30's kinds, on new wordings in English and Spanish.

An injury an animal dealt (thrown, kicked, pinned, stepped on), a load dropped on a hand told in
Spanglish, a limb asleep that will not wake, the seat not felt, nothing coming out however hard
one pushes, a leak one could not hold, a 10/10 said in earnest and the family's life insurance
"if I'm gone" are certain signs. Then the look-alikes, never certain: an animal's own harm (an
animal is someone else), someone unnamed set apart with "not me", a childhood named by an age or
a word ("when I was 9", "de morrito"), a sign asked about and then said not to be there ("I don't
have any", "I'm fine now"), and a limb asleep that woke up: each asked about.
"""

import pytest

from tests.conversation.signs import certain, possible


@pytest.mark.parametrize(
    ("text", "category", "lang"),
    [
        ("the bull caught me at the chute and tossed me, hip is killing me", "fall_injury", "en"),
        ("my mare bucked me off today, landed funny, just sore i guess", "fall_injury", "en"),
        ("a steer stepped on my foot in the pen, toe might be broken", "fall_injury", "en"),
        ("el toro me revolcó en el corral, me duele el costado", "fall_injury", "es"),
        ("la yegua se espantó y me tiró, nomás estoy adolorido", "fall_injury", "es"),
        ("se me cayó una tabla en el pie y se puso morado", "fall_injury", "es"),
        ("dropped a tire en mi pie at the shop", "fall_injury", "es"),
        ("my fingers went asleep and they still wont wake up", "neuro", "en"),
        ("tengo el pie dormido y no se despierta desde la mañana", "neuro", "es"),
        ("on the toilet i cant feel the seat at all, its weird", "cauda_equina", "en"),
        ("como si me sentara en el aire, ahí abajo no siento", "cauda_equina", "es"),
        ("i push and push but nothin comes out when i try to pee", "cauda_equina", "en"),
        ("no alcancé y me hice pipí sin sentirlo", "cauda_equina", "es"),
        ("back pain 10/10, worse than the time i tore my knee", "severe_pain", "en"),
        ("at least they get the life insurance if i die, whatever", "mental_health", "en"),
        ("mis hijos se quedan con el seguro de vida si me muero, ni modo", "mental_health", "es"),
    ],
)
def test_an_animals_blow_a_limb_that_wont_wake_an_unfelt_seat_and_an_earnest_ten_are_certain(
    text: str, category: str, lang: str
) -> None:
    assert category in certain(text, lang)


@pytest.mark.parametrize(
    ("text", "category", "lang"),
    [
        ("my horse threw me, back hurts bad", "fall_injury", "en"),
        ("the dog knocked me down on the porch, my wrist is swollen", "swelling_infection", "en"),
        ("el caballo me pisó la mano y la tengo hinchada", "swelling_infection", "es"),
        ("wet the bed last night, first time since i was a kid", "cauda_equina", "en"),
    ],
)
def test_a_patient_hurt_by_an_animal_or_a_sign_new_since_childhood_stays_certain(
    text: str, category: str, lang: str
) -> None:
    assert category in certain(text, lang)


@pytest.mark.parametrize(
    ("text", "category", "lang"),
    [
        ("my dog cut her paw, the whole leg is swollen, taking her in", "swelling_infection", "en"),
        ("our old mare is limping, knee swollen up, vet tomorrow", "swelling_infection", "en"),
        ("la vaca de mi tío tiene la pata hinchada, yo bien", "swelling_infection", "es"),
        ("somebody on the crew fainted in the sun, not me, im good", "cardiac_resp", "en"),
        ("alguien en la mina se desmayó por el calor, pero yo no", "cardiac_resp", "es"),
        ("broke my arm falling off the swing when i was 9, all good", "fall_injury", "en"),
        ("me caí del árbol cuando era morrito, por eso la cicatriz", "fall_injury", "es"),
        (
            "is tingling in the toes normal after squats? i dont have any, just asking",
            "neuro",
            "en",
        ),
        ("can the stairs make you short of breath? im totally fine now", "cardiac_resp", "en"),
        ("¿es normal la hinchazón al cargar? yo no tengo nada", "swelling_infection", "es"),
        ("my hand fell asleep on the drive but woke back up quick, done", "neuro", "en"),
    ],
)
def test_an_animals_harm_someone_elses_childhood_asked_or_woken_signs_are_asked_not_certain(
    text: str, category: str, lang: str
) -> None:
    assert category not in certain(text, lang)
    assert category in possible(text, lang)
