"""Signs and look-alikes of batch 29's kinds, on new wordings in English and Spanish.

A relative who says they write for the patient ("soy su hijo", "writing for my grandpa", "this
is her daughter", "Grandma says to tell you") tells the patient's signs: certain; the same words
without that statement stay someone else's. Better dead wished for, no wish left to live, the
others better without one, wrists being cut again, a Spanglish slip and urine let go unfelt are
certain signs. Then the look-alikes, never certain: a question "just curious" or "hoy no me
pasó", a sign named as an example ("or something?"), a child one looks after, a break years back
that still pops without pain, a mind numb from paperwork, limbs "about to fall off", a fright
with the breath fine, a sign over ("ya pasó", "but not anymore"). Hopeless about a goal of the
programme is asked about: a mood sign is never less than possible.
"""

import pytest

from tests.conversation.signs import certain, possible


@pytest.mark.parametrize(
    ("said_for_the_patient", "about_a_relative", "category", "lang"),
    [
        (
            "Soy su hijo. Mi papá no puede aguantar la orina desde ayer",
            "mi papá no puede aguantar la orina desde ayer",
            "cauda_equina",
            "es",
        ),
        (
            "le escribo por mi mamá, no siente las piernas desde la mañana",
            "mi mamá no siente las piernas desde la mañana",
            "neuro",
            "es",
        ),
        (
            "this is his wife, my husband cant feel his legs since lunch",
            "my husband cant feel his legs since lunch",
            "neuro",
            "en",
        ),
        (
            "writing for my grandpa, he slipped in the tub this morning",
            "my grandpa slipped in the tub this morning",
            "fall_injury",
            "en",
        ),
        (
            "Grandma says to tell you she slipped on the porch steps",
            "my grandpa slipped in the tub this morning",
            "fall_injury",
            "en",
        ),
    ],
)
def test_a_relative_who_says_they_write_for_the_patient_tells_the_patients_sign(
    said_for_the_patient: str, about_a_relative: str, category: str, lang: str
) -> None:
    assert category in certain(said_for_the_patient, lang)
    assert category not in certain(about_a_relative, lang)
    assert category in possible(about_a_relative, lang)


@pytest.mark.parametrize(
    ("text", "category", "lang"),
    [
        ("la verdad pienso que mejor me muera, ya no puedo con esto", "mental_health", "es"),
        ("ya no me dan ganas de vivir", "mental_health", "es"),
        ("mis hijos estarían better sin mí", "mental_health", "es"),
        ("me estuve cortando las muñecas de nuevo", "mental_health", "es"),
        ("me dio slip con el aceite del piso", "fall_injury", "es"),
        ("se me salió el pee en el trabajo, ni lo sentí", "cauda_equina", "es"),
    ],
)
def test_batch29_signs_in_new_words_are_certain(text: str, category: str, lang: str) -> None:
    assert category in certain(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("can I get chest tightness from the sled pushes? just curious before my session", "en"),
        ("¿puedo quedarme sin aire con las cargas? hoy no me pasó, pregunto por si acaso", "es"),
        ("what symptoms should I call about? chest pain or something?", "en"),
        ("¿cuáles son las señales de alarma? ¿hormigueo o algo así?", "es"),
    ],
)
def test_a_sign_asked_about_or_named_as_an_example_is_never_certain(text: str, lang: str) -> None:
    assert certain(text, lang) == ()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("the toddler I nanny slipped on the ice and hit his head", "en"),
        ("broke my wrist in 2017, it still pops sometimes but no pain", "en"),
        ("me fracturé el tobillo en 2018 y todavía truena pero no me duele", "es"),
        ("my arms were about to fall off after the carries, just sore", "en"),
        ("felt like my legs would fall off after the sled, just tired", "en"),
    ],
)
def test_a_charges_fall_an_old_break_or_limbs_about_to_fall_off_are_no_injury_now(
    text: str, lang: str
) -> None:
    assert "fall_injury" not in certain(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("my mind is totally numb after the safety training lol", "en"),
        ("tengo la mente bien entumida de tanto papeleo", "es"),
        ("tenía hormigueo en los pies en el verano pero ya no", "es"),
    ],
)
def test_a_numb_mind_or_tingling_no_more_is_never_certain(text: str, lang: str) -> None:
    assert "neuro" not in certain(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("sentí que me moría en la escaladora pero respiré bien", "es"),
        ("was short of breath with the flu over the holidays but not anymore", "en"),
        ("aquel dolor insoportable de la otra semana ya pasó, hoy un 3", "es"),
    ],
)
def test_a_fright_with_the_breath_fine_or_a_sign_over_is_never_certain(
    text: str, lang: str
) -> None:
    assert certain(text, lang) == ()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("hopeless about ever passing the FCE but im gonna keep trying", "en"),
        ("me siento sin esperanza de llegar a las 40 libras pero le sigo echando ganas", "es"),
    ],
)
def test_hopeless_about_a_goal_is_asked_about_never_dropped(text: str, lang: str) -> None:
    assert "mental_health" not in certain(text, lang)
    assert "mental_health" in possible(text, lang)
