"""Signs and look-alikes of batch 27's kinds, on new wordings in English and Spanish.

A suicide plan (the C-SSRS's "thought about how you might do it": "planning how I'd do it", "ya
pensé cómo lo haría"), a load dropped on "my bad foot", no feeling when wiping, a saddle "like
ice" and cutting going on again ("sigo cortándome") are certain signs. Then the look-alikes,
never certain: figures of speech ("hinchado de orgullo", a give-way held back for a pun, a heart
attack at the clock, breath lost to laughter after a pause, sleepy enough to fall), a sign taken
back ("just kidding", "but nah"), over ("ya sanó", "in a good place now"), someone else's (a
relative named before "she", "a mí no"), warning signs asked about, and self-harm "if I ever ...
but I don't", which is asked about: a mood sign is never less than possible.
"""

import pytest

from tests.conversation.signs import certain, possible


@pytest.mark.parametrize(
    ("text", "category", "lang"),
    [
        ("I've been planning how I'd do it, I can't keep going like this", "mental_health", "en"),
        ("honestly I know how I'd do it now. scared of myself", "mental_health", "en"),
        ("ya pensé cómo lo haría, ya no puedo más", "mental_health", "es"),
        ("the guys dropped a steel door on my bad foot at the site", "fall_injury", "en"),
        ("me duele mucho la espalda y al limpiarme ya no siento nada", "cauda_equina", "es"),
        ("cuando me limpio no siento nada, y la espalda fatal", "cauda_equina", "es"),
        ("entre las piernas siento como si tuviera hielo", "cauda_equina", "es"),
        ("my groin feels like I'm sitting on an ice pack all day", "cauda_equina", "en"),
        ("sigo cortándome, no le diga a mi mamá", "mental_health", "es"),
        ("me he estado cortando de nuevo, ya no sé qué hacer", "mental_health", "es"),
    ],
)
def test_a_plan_a_load_on_a_bad_limb_a_numb_or_icy_saddle_and_cutting_again_are_certain(
    text: str, category: str, lang: str
) -> None:
    assert category in certain(text, lang)


@pytest.mark.parametrize(
    ("text", "category", "lang"),
    [
        ("ando hinchado de orgullo por mi hijo, hice todo", "swelling_infection", "es"),
        ("my knees gave out... on the idea of running today lol, did the rest", "neuro", "en"),
        ("me quedé sin aliento… de la risa con mis nietos, todo hecho", "cardiac_resp", "es"),
        ("ando que me caigo del sueño, más tarde le contesto", "fall_injury", "es"),
    ],
)
def test_figures_of_speech_raise_nothing(text: str, category: str, lang: str) -> None:
    assert category not in certain(text, lang) + possible(text, lang)


def test_a_heart_attack_at_the_clock_is_a_fright_not_a_sign() -> None:
    text = "had a heart attack when I saw the time lol, doing them now"
    assert "cardiac_resp" not in possible(text)


@pytest.mark.parametrize(
    ("text", "category", "lang"),
    [
        ("my hand went numb but nah, it was just the cold, fine now", "neuro", "en"),
        ("cant feel my arms after those carries lmao just kidding, all done", "neuro", "en"),
        ("me caí en el trabajo hace 3 años pero eso ya sanó, hoy todo bien", "fall_injury", "es"),
        ("taking my grandma to the doctor, she passed out last night", "cardiac_resp", "en"),
        ("mi vecino dice que le da hormigueo en los pies, a mí no", "neuro", "es"),
        ("what signs of numbness should I watch for after surgery?", "neuro", "en"),
        ("¿qué señales de mareo tengo que vigilar con la pastilla nueva?", "cardiac_resp", "es"),
    ],
)
def test_signs_taken_back_over_someone_elses_or_asked_about_are_never_certain(
    text: str, category: str, lang: str
) -> None:
    assert category not in certain(text, lang)
    assert category in possible(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I had thoughts of ending it all years ago, I'm in a good place now", "en"),
        ("if I ever thought about killing myself I'd call the hotline, but I don't", "en"),
        ("si algún día pensara en matarme le hablo a mi hermana, pero no, estoy bien", "es"),
    ],
)
def test_a_mood_sign_long_over_or_only_if_ever_is_asked_about_never_less(
    text: str, lang: str
) -> None:
    assert "mental_health" not in certain(text, lang)
    assert "mental_health" in possible(text, lang)
