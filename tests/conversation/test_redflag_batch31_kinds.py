"""Signs and look-alikes of batch 31's kinds, on new wordings in English and Spanish.

A passive wish not to wake ("why bother waking up"), death preferred to living so, a plan with its
time and the means saved up, a leak new with a cough told cough first, water that will not come, a
leg that gives way or a foot that will not lift with its side named are certain signs. Then the
look-alikes, never certain: a question of what might happen or whether it is normal (unless the
patient tells it as happening), kin in slang ("my old man", "mi jefita"), a dream, a thing that
slipped and spared the patient, an illness now all clear, hopeless about a team, a screening
answered no, working oneself to death and a heart racing at the sight of someone.
"""

import pytest

from tests.conversation.signs import certain, possible


@pytest.mark.parametrize(
    ("text", "category", "lang"),
    [
        ("honestly why bother waking up tomorrow", "mental_health", "en"),
        ("para qué despertar mañana, todo sigue igual", "mental_health", "es"),
        ("pa que me despierto si nomas es sufrir", "mental_health", "es"),
        ("i'd rather be dead than live with this back", "mental_health", "en"),
        ("prefiero estar muerto que seguir con este dolor", "mental_health", "es"),
        ("im gonna end it this weekend, got my meds stashed", "mental_health", "en"),
        ("ya tengo las pastillas guardadas, esta noche acabo con todo", "mental_health", "es"),
        ("every time i cough i pee a little now, thats new", "cauda_equina", "en"),
        ("when i laugh or sneeze i leak a bit, never did before", "cauda_equina", "en"),
        ("cuando toso o estornudo se me sale la orina, antes no me pasaba", "cauda_equina", "es"),
        ("cant pee since last night even tho i really gotta go", "cauda_equina", "en"),
        ("ya no orino bien desde ayer", "cauda_equina", "es"),
        ("la pierna izquierda se afloja sola en la escalera", "neuro", "es"),
        ("el pie izquierdo ya no lo levanto, lo voy arrastrando", "neuro", "es"),
        ("me quedé sin fuerza en el brazo derecho", "neuro", "es"),
    ],
)
def test_a_wish_not_to_wake_a_plan_with_means_a_new_leak_and_a_weak_leg_are_certain(
    text: str, category: str, lang: str
) -> None:
    assert category in certain(text, lang)


@pytest.mark.parametrize(
    ("text", "category", "lang"),
    [
        ("is it normal my leg has been numb since this morning?", "neuro", "en"),
        ("is it normal that my ankle is this swollen today?", "swelling_infection", "en"),
        ("should i worry? my leg has been numb all day", "neuro", "en"),
        ("will the numbness go away? my hand has been numb since monday", "neuro", "en"),
        ("es normal que tenga la pierna dormida desde ayer?", "neuro", "es"),
        ("is it ok to ice my swollen knee?", "swelling_infection", "en"),
        ("could you call me i cant feel my legs?", "neuro", "en"),
        ("should i go to the er with chest pain like this?", "cardiac_resp", "en"),
        ("is it normal that my hand goes numb every time i grip the trays?", "neuro", "en"),
        ("me puede llamar? me duele el pecho bien feo", "cardiac_resp", "es"),
        ("oiga, es normal que me falte el aire en la loma? me pasa diario", "cardiac_resp", "es"),
        ("is it normal to want to die sometimes?", "mental_health", "en"),
        ("es normal querer morirme a veces?", "mental_health", "es"),
        ("my old man drove me in, i fell off the ladder yesterday", "fall_injury", "en"),
        ("mi viejo me llevó al doctor porque me caí del techo", "fall_injury", "es"),
        ("the knife slipped and cut my thumb open", "fall_injury", "en"),
        ("fell off the ladder, landed on my back not my head", "fall_injury", "en"),
        ("se me resbaló el pie en la escalera y me pegué en la rodilla", "fall_injury", "es"),
        ("they asked if i think of killing myself and i said yes", "mental_health", "en"),
        (
            "had a nightmare about chest pain, woke up and my chest was actually tight",
            "cardiac_resp",
            "en",
        ),
        ("was short of breath in march and its back now", "cardiac_resp", "en"),
        ("me late rapido el corazon cuando subo la loma", "cardiac_resp", "es"),
    ],
)
def test_a_sign_asked_about_but_told_as_happening_or_the_patients_own_stays_certain(
    text: str, category: str, lang: str
) -> None:
    assert category in certain(text, lang)


@pytest.mark.parametrize(
    ("text", "category", "lang"),
    [
        ("is it normal to feel numb in the fingers after the grip trainer?", "neuro", "en"),
        ("would my back go numb if i sit on the tractor all day?", "neuro", "en"),
        ("could my ankle swell up if i walk the rows all day?", "swelling_infection", "en"),
        (
            "¿se me puede hinchar el tobillo si camino mucho en el surco?",
            "swelling_infection",
            "es",
        ),
        ("es normal sentir hormigueo despues del hielo? todavia no lo pruebo", "neuro", "es"),
        (
            "¿va a ser normal que la rodilla se hinche después de cargar?",
            "swelling_infection",
            "es",
        ),
        ("my old lady fell off the step stool last night, taking her in", "fall_injury", "en"),
        ("my pops had chest pains at the bbq, we took him in", "cardiac_resp", "en"),
        ("mi viejo tiene el pie bien hinchado", "swelling_infection", "es"),
        ("dreamt my legs went numb and i couldnt move, woke up ok", "neuro", "en"),
        ("soñé que me caía del andamio, desperté bien", "fall_injury", "es"),
        ("en mi sueño me caí del techo y me pegué en la cabeza", "fall_injury", "es"),
        ("hammer slipped, hit the board not my thumb lol", "fall_injury", "en"),
        ("had chest pain back in january with pneumonia, all clear now", "cardiac_resp", "en"),
        ("en febrero con la gripa me faltaba el aire, ya me dieron de alta", "cardiac_resp", "es"),
        ("they asked me if i had any numbness in my legs, told them no", "neuro", "en"),
        ("hopeless about the raiders defense this year lol, did my stuff", "mental_health", "en"),
        ("sin esperanza con las chivas este año jaja", "mental_health", "es"),
        ("the nurse asked if i ever think about killing myself, i said no", "mental_health", "en"),
        ("me preguntaron si pensaba en quitarme la vida, les dije que no", "mental_health", "es"),
        (
            "la enfermera me preguntó si he pensado en matarme, le dije que no",
            "mental_health",
            "es",
        ),
        ("mi cuñado se quiere matar trabajando jaja", "mental_health", "es"),
    ],
)
def test_asked_what_might_happen_kin_in_slang_dreamt_spared_cleared_or_screened_no_is_asked(
    text: str, category: str, lang: str
) -> None:
    assert category not in certain(text, lang)
    assert category in possible(text, lang)


@pytest.mark.parametrize(
    ("text", "category", "lang"),
    [
        ("mi jefita se cayó en la cocina, la llevé al doctor", "fall_injury", "es"),
        ("se me resbaló el machete pero no me pasó nada", "fall_injury", "es"),
        ("got winded in april with covid, fully recovered now", "cardiac_resp", "en"),
        ("i'd rather die than miss my kid's game lol", "mental_health", "en"),
        ("prefiero estar muerto que perderme el partido jaja", "mental_health", "es"),
        ("me palpita el corazón cuando veo a mi esposa jaja", "cardiac_resp", "es"),
        ("mi compa se está matando de trabajar, tres turnos", "mental_health", "es"),
    ],
)
def test_a_thing_slipped_a_chore_below_death_or_a_sweetheart_seen_is_no_certain_sign(
    text: str, category: str, lang: str
) -> None:
    assert category not in certain(text, lang)
