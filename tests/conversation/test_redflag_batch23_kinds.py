"""Look-alikes of batch 23's kind, on new wordings, and the signs one category short.

A thought of self-harm or a hopeless feeling denied a few words back, or said to be no
longer there, is asked about with the crisis line (a mood is never closed by a no) and pages
nobody urgently (a denied verb before a wish to die, "ya no puedo me quiero matar", denies
the verb, not the wish); a sign dated to a month, to before the surgery or to the first days,
against how it is now; a limb asleep through a long sit at a screen that passed; a thing
caught before it hit; a faint in a show or a film; a dish or a game named for a heart attack,
and goats known for fainting. Their signs told plainly stay certain. Then the signs the
rules had missed or held one category short: a thing fallen on the patient with the limb
unsaid or on a limb named before, pain at the top of its scale beside another sign, urine let
go on oneself as it goes on, crying on the floor, pain that makes living unwanted, breath
barely drawn, a stock of pills thought of as a whole, not seeing oneself here much longer,
a "talegazo" and a fall on one's back.
"""

import pytest

from companion.models import AlertStatus, PatientStatus, Severity
from tests.builders import make_patient
from tests.conversation.signs import certain, possible
from tests.conversation.talk import PHONE, alerts
from tests.conversation.test_ask_back import AFTERNOON, pages, say, status


@pytest.mark.parametrize(
    "text",
    [
        "never had any thoughts of killing myself, just tired of the paperwork",
        "not thinking about hurting myself or anything, only stressed about money",
        "no tengo pensamientos de quitarme la vida, solo ando cansado del trabajo",
        "nunca he pensado en matarme, nomás estoy harto del dolor",
        "ya no pienso en hacerme daño como antes",
        "no me siento sin esperanza ya, la terapia me ayuda",
    ],
)
def test_a_mood_thought_denied_or_no_longer_there_is_asked_not_certain(text: str) -> None:
    assert certain(text) == () and "mental_health" in possible(text)


@pytest.mark.parametrize(
    "text",
    [
        "no tengo ganas de vivir",
        "i dont want to live anymore",
        "no pienso en otra cosa que en matarme",
        "cant stop thinking about killing myself",
        "no dejo de pensar en quitarme la vida",
        "ya no quiero vivir",
    ],
)
def test_a_wish_not_to_live_or_a_thought_that_will_not_stop_stays_certain(text: str) -> None:
    assert "mental_health" in certain(text)


@pytest.mark.parametrize(
    "text",
    [
        "i dont feel like living anymore",
        "I don't think I want to live anymore",
        "ya no siento ganas de vivir",
        "no siento ganas de seguir viviendo",
    ],
)
def test_no_wish_to_live_felt_or_thought_is_certain(text: str) -> None:
    assert "mental_health" in certain(text)


@pytest.mark.parametrize(
    "text",
    [
        "dont feel like doing the exercises anymore",
        "no siento ganas de vivir con mi suegra",
        "I don't think I want to live with my sister anymore",
    ],
)
def test_no_wish_for_a_task_or_a_household_is_not_certain(text: str) -> None:
    assert certain(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "ya no puedo me quiero matar",
        "no aguanto quiero morirme",
        "dont care i want to die",
        "never sleep i want to die",
    ],
)
def test_a_denied_verb_before_a_wish_to_die_denies_the_verb_not_the_wish(text: str) -> None:
    assert "mental_health" in certain(text)


@pytest.mark.parametrize("text", ["not hopeless", "no estoy deprimido", "im not suicidal"])
def test_a_mood_denied_over_a_link_word_flags_nothing(text: str) -> None:
    assert certain(text) == () and possible(text) == ()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("in october my toes were numb for weeks but not anymore. pain 2", "neuro"),
        ("en abril se me dormía la pierna, ya no. dolor 2", "neuro"),
        ("before the surgery i couldnt feel my heel, its fine now", "neuro"),
        ("antes de la operación no sentía los dedos, ya los siento", "neuro"),
        ("worst pain of my life right after the operation, now a 2", "severe_pain"),
        ("al principio el dolor era insoportable pero ya está en 3", "severe_pain"),
    ],
)
def test_a_sign_dated_to_a_month_before_surgery_or_the_first_days_is_asked(
    text: str, category: str
) -> None:
    assert certain(text) == () and category in possible(text)


@pytest.mark.parametrize(
    "text",
    [
        "in october my toes went numb and they still are",
        "cant take this pain, worse than right after surgery",
    ],
)
def test_a_sign_dated_but_brought_up_to_now_or_compared_stays_certain(text: str) -> None:
    assert certain(text) != ()


@pytest.mark.parametrize(
    "text",
    [
        "foot fell asleep watching a movie, went away once i stood up",
        "se me durmió la pierna viendo el partido, al rato se me quitó",
    ],
)
def test_a_limb_asleep_through_a_sit_at_a_screen_that_passed_is_asked(text: str) -> None:
    assert certain(text) == () and "neuro" in possible(text)


def test_a_limb_asleep_at_a_screen_that_lingers_stays_certain() -> None:
    assert "neuro" in certain("my foot fell asleep watching tv and its still numb")


@pytest.mark.parametrize(
    "text",
    [
        "the crate slipped but i caught it before it landed on my toes",
        "se me resbaló la cubeta pero la agarré antes de que me cayera en el pie",
        "la tabla se resbaló, la pesqué antes de que me diera en la cabeza",
    ],
)
def test_a_thing_caught_before_it_hit_is_not_certain(text: str) -> None:
    assert certain(text) == ()


def test_a_thing_that_did_hit_stays_certain() -> None:
    assert "fall_injury" in certain("the crate slipped and landed on my toes")


@pytest.mark.parametrize(
    "text",
    [
        "on the show last night the lady fainted at her wedding",
        "in the movie he had a heart attack on the plane",
        "en la serie la muchacha se desmayó en la boda",
        "anoche en la novela el señor se cayó de las escaleras",
    ],
)
def test_a_sign_in_a_show_or_film_is_someone_elses(text: str) -> None:
    assert certain(text) == ()


def test_a_sign_while_watching_a_show_is_the_patients() -> None:
    assert "cardiac_resp" in certain("watching a movie my chest got tight")


@pytest.mark.parametrize(
    "text",
    [
        "had the heart attack burger at the diner, did my walk",
        "heart attack on a plate for breakfast lol",
        "me comí una hamburguesa de infarto, hice todo",
        "el partido estuvo de infarto, ya hice los ejercicios",
        "watched fainting goats all night lmao",
        "vi un video de cabras que se desmayan jaja",
    ],
)
def test_a_dish_a_game_or_goats_named_for_a_faint_or_heart_attack_flag_nothing(
    text: str,
) -> None:
    assert certain(text) == () and possible(text) == ()


def test_chest_pain_likened_to_a_heart_attack_stays_certain() -> None:
    assert "cardiac_resp" in certain("dolor de pecho como de infarto")


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("me cayeron unas cajas de fruta encima, me duele el hombro", {"fall_injury"}),
        ("se me vino encima la escalera en la obra", {"fall_injury"}),
        ("pain 10/10 and my foot is numb", {"severe_pain", "neuro"}),
        ("dolor 10 de 10 y la rodilla hinchada", {"severe_pain", "swelling_infection"}),
    ],
)
def test_a_thing_fallen_on_one_or_pain_at_the_top_beside_another_sign_is_certain(
    text: str, categories: set[str]
) -> None:
    assert categories <= set(certain(text))


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("i keep peeing on myself and cant feel it", "cauda_equina"),
        ("me estoy orinando encima un poco y ni lo siento", "cauda_equina"),
        ("sobbing on the floor from my back", "severe_pain"),
        ("estoy llorando en el piso del dolor de espalda", "severe_pain"),
        ("pain so bad i dont want to live", "severe_pain"),
        ("me duele tanto que no quiero ni vivir asi", "severe_pain"),
        ("i can barely breathe when i walk to the car", "cardiac_resp"),
        ("apenas puedo respirar cuando camino", "cardiac_resp"),
        ("got all my meds saved up, been thinking abt taking all of them", "mental_health"),
        ("junté todas mis pastillas y pienso tomármelas todas esta noche", "mental_health"),
        ("dont see myself being here much longer", "mental_health"),
        ("no me veo aquí mucho tiempo, ya no aguanto", "mental_health"),
        ("me di un talegazo bajando del camión", "fall_injury"),
        ("me caí de espalda en la bodega", "fall_injury"),
        ("my knee is swollen where the pallet landed on it", "fall_injury"),
        ("tengo el pie morado donde me cayó la tarima", "fall_injury"),
    ],
)
def test_a_sign_told_the_batch_23_way_is_certain(text: str, category: str) -> None:
    assert category in certain(text)


@pytest.mark.parametrize(
    "text",
    [
        "peed on myself laughing at my nephew",
        "me estoy meando encima de la risa",
        "cuando me cayó el veinte ya era tarde",
    ],
)
def test_their_look_alikes_are_not_certain(text: str) -> None:
    assert certain(text) == ()


@pytest.mark.parametrize(
    "text", ["dolor 10 de 10", "10/10", "pain 6", "dolor 4", "pain 10/10 no numbness"]
)
def test_pain_at_the_top_alone_or_a_check_in_is_not_certain(text: str) -> None:
    assert certain(text) == ()


@pytest.mark.parametrize(
    ("text", "language", "crisis"),
    [
        ("no thoughts of hurting myself, just tired of the insurance calls", "en", "988"),
        ("no pienso en quitarme la vida, nomás ando cansado del seguro", "es", "988"),
    ],
)
def test_a_mood_thought_denied_gets_the_crisis_line_and_a_high_alert_and_pauses_nothing(
    app: object, text: str, language: str, crisis: str
) -> None:
    patient = make_patient(phone=PHONE, language=language)

    answer = say(text, AFTERNOON)

    assert crisis in answer
    [alert] = alerts()
    assert (alert.kind, alert.severity, alert.status) == (
        "possible_red_flag:mental_health", Severity.HIGH, AlertStatus.OPEN,
    )  # fmt: skip
    assert pages() == [] and status(patient) == PatientStatus.ACTIVE
