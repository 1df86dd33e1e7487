"""Intents and scores of batch 28's kind, on new wordings: work done beside a sign told after it
is done; a task named skipped alone is a day skipped; a visit missed or another day's skip is no
skip of today's work; the formal "recuérdeme" snoozes; the texts asked back on resume them; a
"done" with life, despair and a soiled "pantalón" report; a verb after "puedo" names no task; a
past in progress opens no question; "no pude por el dolor" skips; "now what" asks; another day's
number is no score of today, a rating out of 10 takes the pain told before it, and "chest pain,
none" denies a sign, it scores no zero."""

import pytest

from companion.conversation.interpret import interpret


def intent(text: str, lang: str = "en") -> str:
    return interpret(text, None, lang).intent


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a bare "haven't" denies the likeness, it skips nothing
        ("finished the squats but my hands buzz like ive been on a jackhammer, and i havent", "en"),
        # Spanglish breath missing is no task missing
        ("hice los carries pero me falta el air y el pecho apretado", "es"),
        # a visit missed is not the home work
        ("truck broke down, cant get to PT tomorrow, did my home exercises tho", "en"),
        ("cant get to the clinic mañana, pero hice los ejercicios", "es"),
        # another day's skip, turned from with "but", is not today's
        ("yesterday i couldnt but today i did everything", "en"),
        ("anoche no pude pero hoy sí acabé todo", "es"),
    ],
)
def test_work_done_beside_a_sign_a_visit_or_another_day_is_done(text: str, lang: str) -> None:
    assert intent(text, lang) == "done"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("my knee locked up on the stairs. did not do the exercises", "en"),
        # one task named skipped, nothing said done
        ("twisted my ankle on the dock, skipped the stretching", "en"),
        ("me torcí el tobillo en el muelle, skipped the walking hoy", "es"),
        # "being done" ends a life, not the work
        ("been thinking about stepping in front of a truck and being done. skipped today", "en"),
        # the pain the reason, said first
        ("no pude por el dolor de espalda, está muy fuerte", "es"),
    ],
)
def test_a_denied_did_or_a_task_skipped_alone_is_skipped(text: str, lang: str) -> None:
    assert intent(text, lang) == "skipped"


@pytest.mark.parametrize(
    "text",
    [
        "recuérdeme en un rato, acabo de comer",
        "recuérdenmelo más tarde porfa, ando cansado del turno",
    ],
)
def test_the_formal_remind_me_is_a_snooze(text: str) -> None:
    assert intent(text, "es") == "snooze"


@pytest.mark.parametrize(
    ("text", "lang"),
    [("i would like my reminders back, please", "en"), ("i'd like the texts back porfa", "es")],
)
def test_the_texts_liked_back_resume_them(text: str, lang: str) -> None:
    assert intent(text, lang) == "opt_in"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("im done. not my exercises, done with everything. i feel hopeless", "en"),
        ("sorry for the silence, i really cant keep doing this", "en"),
        ("ya no puedo seguir así, perdón por no contestar", "es"),
        ("ya no aguanto, para qué sigo intentando así", "es"),
        # the clothes soiled, no work done ("pantalón" as well as "pantalones")
        ("se me salió la orina, me hice en el pantalón camino a la casa", "es"),
        # a verb after "puedo" is a body that cannot, no task told
        ("la pierna izquierda no la puedo levantar bien", "es"),
        ("me caí de la escalera del camión, ahorita no puedo ni caminar", "es"),
    ],
)
def test_despair_a_soiled_pantalon_or_a_body_that_cannot_reports(text: str, lang: str) -> None:
    assert intent(text, lang) == "report"


def test_a_past_in_progress_opens_no_question() -> None:
    text = "cuando estaba jalando el carrito sentí un jalón en el hombro y ya no pude seguir"
    assert intent(text, "es") == "partial"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("the nurse asked about numbness down there, i told her no. now what", "en"),
        ("la enfermera me preguntó si tenía hormigueo, le dije que no a todo. y ahora qué", "es"),
    ],
)
def test_now_what_asks_the_therapist(text: str, lang: str) -> None:
    assert intent(text, lang) == "question"


@pytest.mark.parametrize(
    ("text", "lang", "pain"),
    [("4. ayer fue un 7", "es", 4), ("2, last night was an 8 though", "en", 2)],
)
def test_another_days_number_is_no_score_of_today(text: str, lang: str, pain: int) -> None:
    reading = interpret(text, "pain", lang)
    assert (reading.pain, reading.fatigue) == (pain, None)


@pytest.mark.parametrize(
    ("text", "lang", "pain"),
    [
        ("shoulders sore from the rows. all done, 3/10", "en", 3),
        ("me duelen los brazos de las cargas. todo listo, 5/10", "es", 5),
        ("worst ever? no. maybe a 6. did it all", "en", 6),
    ],
)
def test_a_rating_takes_the_pain_told_before_it(text: str, lang: str, pain: int) -> None:
    assert interpret(text, None, lang).pain == pain


def test_chest_pain_none_denies_a_sign_and_scores_no_zero() -> None:
    assert interpret("doc said to watch for chest pain, none so far. did my walk").pain is None
