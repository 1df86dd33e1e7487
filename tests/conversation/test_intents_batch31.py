"""Intents and scores of batch 31's kind, on new wordings: a count of the work then what cut it
short (a pop, the strength gone, a limb giving out) or a count with "nomás" is partial; a task
named as what could not be done is skipped; a life to be ended, a fall denied as a thing and a
bare "haven't" after a sign told as a maybe report; a closing "later" and "hit me up in 2 hrs"
snooze; what to do with the programme asks the therapist and a count asked of today's tasks is
the plan; a dream, a missed clinic visit and a pet's sign are other; "1 of 10" is a rating and
"los dos" (both) no score."""

import pytest

from companion.conversation.interpret import interpret


def intent(text: str, lang: str = "en") -> str:
    return interpret(text, None, lang).intent


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("lifted 3 boxes and felt a snap in my back, so much for today", "en"),
        ("did 4 reps of the squats and my knee gave out", "en"),
        ("hice 2 vueltas y se me doblo la rodilla", "es"),
        ("levante 5 cajas y luego senti un tronido en la espalda", "es"),
        ("carried 4 bags only, wrist was bugging me", "en"),
        ("empuje 3 carretillas nomas, hacia mucho calor", "es"),
    ],
)
def test_a_count_of_the_work_cut_short_is_partial(text: str, lang: str) -> None:
    assert intent(text, lang) == "partial"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("did all 3 sets then felt a pop, icing it now", "en"),
        ("did 3 sets then felt great", "en"),
        ("hice todas las series y luego senti un tronido", "es"),
    ],
)
def test_the_whole_count_or_a_good_ending_stays_done(text: str, lang: str) -> None:
    assert intent(text, lang) == "done"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("no pude jalar el trineo hoy, la espalda no me dejo", "es"),
        ("couldnt climb the ladder, hip locked up", "en"),
    ],
)
def test_a_task_that_could_not_be_done_is_skipped(text: str, lang: str) -> None:
    assert intent(text, lang) == "skipped"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the body, not a task: "lift my arm", "levantar el brazo"
        ("couldnt lift my arm past my shoulder", "en"),
        ("no pude levantar el brazo", "es"),
        # a gerund is how the body went, not a task refused
        ("couldnt breathe walking up the hill", "en"),
    ],
)
def test_a_limb_or_a_breath_that_could_not_is_a_report(text: str, lang: str) -> None:
    assert intent(text, lang) == "report"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("i want to end it all, been saving up my meds", "en"),
        ("ya no aguanto, voy a acabar con mi vida", "es"),
        ("no more falls since the cane 👍", "en"),
        ("ninguna caida esta semana", "es"),
        ("pt said if my calf gets red and hot to call. it hasnt", "en"),
        ("la doctora dijo que si se me duerme la pierna vaya a urgencias. no me ha pasado", "es"),
    ],
)
def test_a_life_to_end_a_fall_denied_or_a_maybe_sign_denied_is_a_report(
    text: str, lang: str
) -> None:
    assert intent(text, lang) == "report"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("knee hurt too much so i didnt.", "en"),
        ("couldnt make it, too busy", "en"),
    ],
)
def test_a_bare_denial_after_a_sign_had_or_a_bare_cant_make_it_still_skips(
    text: str, lang: str
) -> None:
    assert intent(text, lang) == "skipped"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("se me descompuso el carro en la carretera, al rato", "es"),
        ("kid has a fever, picking him up from school, later", "en"),
        ("ping me in 3 hrs, still picking", "en"),
    ],
)
def test_a_closing_later_or_a_text_asked_in_hours_is_a_snooze(text: str, lang: str) -> None:
    assert intent(text, lang) == "snooze"


def test_a_closing_see_you_later_is_no_snooze() -> None:
    assert intent("thanks, see ya later") == "other"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("vuelvo al trabajo el lunes, que hago con los ejercicios", "es"),
        ("going back to full shifts next week, what do i do with my home program", "en"),
    ],
)
def test_what_to_do_with_the_programme_asks_the_therapist(text: str, lang: str) -> None:
    assert intent(text, lang) == "question"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("how many rounds of the wheelbarrow do i have today", "en"),
        ("cuantos viajes de la caja me tocan hoy", "es"),
        ("what do i do today", "en"),
    ],
)
def test_a_count_asked_of_today_s_tasks_is_the_plan(text: str, lang: str) -> None:
    assert intent(text, lang) == "plan"


def test_a_count_asked_of_how_a_task_is_meant_stays_a_question() -> None:
    assert intent("¿cuántas vueltas son con la caja?", "es") == "question"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("soñé que me caía del andamio, amanecí bien", "es"),
        ("had a dream i slipped off the ladder, woke up fine", "en"),
        ("car wouldnt start, cant make it to my appt till friday", "en"),
        ("mi perro amanecio con la pata hinchada, ya lo lleve al vet", "es"),
        ("my dog cut his paw and its swollen, took him to the vet", "en"),
    ],
)
def test_a_dream_a_visit_missed_or_a_pet_s_sign_is_other(text: str, lang: str) -> None:
    assert intent(text, lang) == "other"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("had a nightmare, woke up with my back killing me", "en"),
        ("tuve una pesadilla que me caí, y hoy me caí de verdad en la obra", "es"),
    ],
)
def test_a_sign_told_awake_beside_a_dream_is_a_report(text: str, lang: str) -> None:
    assert intent(text, lang) == "report"


def test_a_figure_of_a_nightmare_tells_no_dream() -> None:
    assert intent("the lifts are a nightmare but i got through them 😂 done") == "done"


@pytest.mark.parametrize(
    ("text", "lang", "pain"),
    [
        ("ankle 2 of 10, easy one", "en", 2),
        ("back is a 4 out of 10, done", "en", 4),
        ("la rodilla un 3 de 10 hoy", "es", 3),
        # both, never a score
        ("me arden las manos, las dos", "es", None),
        # a count of things out of 10
        ("did 8 of 10 exercises, knee sore", "en", None),
        ("hice 8 de 10 cubetas", "es", None),
    ],
)
def test_a_rating_of_10_is_pain_and_both_or_a_count_is_none(
    text: str, lang: str, pain: int | None
) -> None:
    assert interpret(text, None, lang).pain == pain
