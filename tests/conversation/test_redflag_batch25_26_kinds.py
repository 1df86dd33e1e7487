"""Signs and look-alikes of batches 25 and 26's kinds, on new wordings in English and Spanish.

The classic passive death wishes (to be dead, to die, never to have been born, for it all to
end) and the pills counted as a way to die are certain mood signs; a pain score past the top of
a scale the patient names, said in earnest, pain like a lightning bolt or that puts one down
crying out, pin sites that weep or smell, and a joint that went crunch are signs too, as are the
held-short signs of the two batches (a limb with no strength or as if someone else's, crawling
with ants, a foot dragged, urine wanted that will not come, stool let go without feeling it, a
hard blow in Spanish). Then the look-alikes, never certain: someone else's heart attack at a
sight, a phone that fell, a give-way dated to a month with the exercises still asked about,
numbness from the cold that warmed up, an injury foretold by someone else, a bladder trouble of
years ago fixed now, a foot asleep on a seat that is fine now, heat that was unbearable, a sign
asked about and not had, knuckles cracked, a fall of last winter, breath lost to laughing, the
name of a sign asked about, dizziness from a skipped meal put right, and a swelling that no
longer comes ("ya no se me hincha"); a pain that knocked one into bed is the pain, no fall.
"""

import pytest

from tests.conversation.signs import certain


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("some nights i wish i would just die", "en"),
        ("honestly i wish i could die and be done", "en"),
        ("i wish i had never been born", "en"),
        ("i wish i didnt exist", "en"),
        ("i wish id die in my sleep tonight", "en"),
        ("wish it would all just end already", "en"),
        ("ojalá ya me muriera, estoy cansado de todo", "es"),
        ("la verdad quisiera estar muerta", "es"),
        ("me gustaría estar muerta, la neta", "es"),
        ("ojalá no hubiera nacido", "es"),
        ("a veces quisiera no haber nacido", "es"),
    ],
)
def test_a_classic_passive_death_wish_is_a_certain_mood_sign(text: str, lang: str) -> None:
    assert "mental_health" in certain(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("keep counting the pills in the cabinet wondering how many it would take", "en"),
        ("me quedo viendo el frasco pensando cuántas pastillas harían falta", "es"),
        ("theyd be better off with the insurance", "en"),
        ("si me muero mi familia estaría mejor con el seguro de vida", "es"),
        ("whats the use, might as well be gone", "en"),
    ],
)
def test_pills_counted_or_a_death_worth_more_is_a_certain_mood_sign(text: str, lang: str) -> None:
    assert "mental_health" in certain(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("on a scale from 1 to 10 my hip is a 14, not kidding", "en"),
        ("on a scale of one to ten this pain is like a 30", "en"),
        ("del 0 al 10 mi espalda está en un 18, en serio", "es"),
        ("its a 25 right now, im not being dramatic", "en"),
        ("10 and im not exaggerating", "en"),
        ("este dolor de espalda es el peor de mi vida", "es"),
    ],
)
def test_a_score_past_the_scale_said_in_earnest_is_severe_pain(text: str, lang: str) -> None:
    assert "severe_pain" in certain(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("a pain like lightning went right through my lower back", "en"),
        ("me dio un dolor como rayo en la pierna", "es"),
        ("had to get down on the floor yelling after the carries", "en"),
        ("tuve que acostarme llorando después de las sentadillas", "es"),
    ],
)
def test_pain_like_lightning_or_that_puts_one_down_crying_out_is_severe(
    text: str, lang: str
) -> None:
    assert "severe_pain" in certain(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        ("pin sites are crusty and smell bad", "en", "swelling_infection"),
        ("donde me pusieron los clavos huele feo", "es", "swelling_infection"),
        ("my ankle went crunch coming off the ladder", "en", "fall_injury"),
        ("el tobillo hizo crac al bajar la escalera", "es", "fall_injury"),
        ("me pegué en la espinilla bien feo con la tarima", "es", "fall_injury"),
        ("me slipié en la rampa de carga", "es", "fall_injury"),
        ("chest's heavy since lunch", "en", "cardiac_resp"),
    ],
)
def test_infected_pin_sites_a_crunch_and_a_hard_blow_are_signs(
    text: str, lang: str, category: str
) -> None:
    assert category in certain(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        ("my leg has no strength today", "en", "neuro"),
        ("my hand feels like its not even mine", "en", "neuro"),
        ("my right leg has no power today", "en", "neuro"),
        ("my foot feels full of ants since yesterday", "en", "neuro"),
        ("traigo la mano llena de hormigas desde el lunes", "es", "neuro"),
        ("la pierna no la puedo levantar y se me atora en los escalones", "es", "neuro"),
        ("quiero hacer pipí y no me sale", "es", "cauda_equina"),
        ("no lo siento venir, ya me mojé dos veces", "es", "cauda_equina"),
    ],
)
def test_the_held_short_signs_of_these_batches_are_certain(
    text: str, lang: str, category: str
) -> None:
    assert category in certain(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("my foreman would have a heart attack if he saw me lift 50", "en"),
        ("my keys fell in the canal lol", "en"),
        ("my ankle gave way back in june, should i still do the step ups?", "en"),
        ("fingers numb from the cold this morning but they warmed up after coffee", "en"),
        ("my wife says im gonna hurt myself lifting like that", "en"),
        ("had bowel trouble after my surgery years ago but its all fixed now", "en"),
        ("leg fell asleep sitting on the bench too long, its fine now", "en"),
        ("the humidity out at the packing shed this week was unbearable", "en"),
        ("do people get chest tightness with these? havent had it, just wondering", "en"),
        ("cracked my knuckles and felt a pop lol", "en"),
        ("me trono los nudillos y siento un crack", "es"),
        ("slipped on black ice last winter, thats the original injury", "en"),
        ("me caí en el hielo el invierno pasado, así empezó todo", "es"),
        ("was out of breath laughing at my cousin", "en"),
        ("me quedé sin aire de tanto reír con mis compas", "es"),
        ("what is saddle numbness? the sheet mentions it", "en"),
        ("la hoja dice foot drop, qué es eso?", "es"),
        ("got dizzy cuz i didnt eat breakfast, had a snack and im fine now", "en"),
        ("me mareé porque no comí, ya comí y ando bien", "es"),
        ("ya no se me hinchan los pies como antes", "es"),
    ],
)
def test_a_look_alike_of_these_batches_is_never_certain(text: str, lang: str) -> None:
    assert certain(text, lang) == ()


@pytest.mark.parametrize(
    "text",
    ["me dio un dolor que me tumbó en la cama", "anoche sentí un dolor que me tumbó en el sillón"],
)
def test_a_pain_that_knocked_one_down_is_no_fall(text: str) -> None:
    assert "fall_injury" not in certain(text, "es")
