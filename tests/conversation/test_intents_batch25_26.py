"""Intents of batches 25 and 26's kind, on new wordings: texts asked back in plain words (English,
Spanish, Spanglish) resume them; the load for a week ahead is the therapist's call; a later time
said first is a snooze; a day cut short is partial; a thing forgotten or dropped is neither work
skipped nor a fall; a late answer tells of the day it was asked for; "done with life" is no day
done; a sign denied or of a time gone reports, and so does the scale named with any number; a
number tied to the tailbone is pain."""

import pytest

from companion.conversation.interpret import interpret


def intent(text: str, lang: str = "en") -> str:
    return interpret(text, None, lang).intent


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("back from vacation, start sending them again pls", "en"),
        ("ya regresé, empiecen a mandarme los mensajes", "es"),
        ("start mandándomelos again porfa", "es"),
        ("ya estoy de vuelta, send them again", "es"),
    ],
)
def test_the_texts_asked_back_in_plain_words_resume_them(text: str, lang: str) -> None:
    assert intent(text, lang) == "opt_in"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("how many pounds should i carry next week?", "en"),
        ("¿cuántas repeticiones debo hacer la próxima semana?", "es"),
        # a sign not had yet is asked about, nothing put off
        ("¿es normal sentir hormigueo en los dedos? todavía no me ha pasado, nomás pregunto", "es"),
    ],
)
def test_the_load_for_a_week_ahead_or_a_sign_not_had_is_a_question(text: str, lang: str) -> None:
    assert intent(text, lang) == "question"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("se me mojó la hoja de ejercicios, me la manda de nuevo?", "es"),
        ("can u send the sheet otra vez", "es"),
    ],
)
def test_the_sheet_asked_for_again_is_the_plan(text: str, lang: str) -> None:
    assert intent(text, lang) == "plan"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("later, still at the laundromat", "en"),
        ("tomorrow am please, my shift ran long", "en"),
        ("al rato, ando en misa", "es"),
        ("mañana temprano mejor, ya es de noche", "es"),
        ("doing mine tonight, kids first", "en"),
    ],
)
def test_a_later_time_said_first_or_the_work_put_to_tonight_is_a_snooze(
    text: str, lang: str
) -> None:
    assert intent(text, lang) == "snooze"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("empecé pero me llamaron del trabajo", "es"),
        ("se me torció el tobillo, lo demás lo terminé en la silla", "es"),
        ("hice algo, la verdad andaba desanimado", "es"),
        ("did something at least, legs were dead", "en"),
        ("hice las sentadillas y se me acabó el tiempo", "es"),
        ("did the walk then ran out of time", "en"),
        ("estaba haciendo las sentadillas cuando me llamó mi jefe", "es"),
        ("I was doing the ladder when my kid called", "en"),
    ],
)
def test_a_day_cut_short_is_partial(text: str, lang: str) -> None:
    assert intent(text, lang) == "partial"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("no way tonight, working a double", "en"),
        ("no way hoy, tengo turno doble", "es"),
        ("no pude salir ni hacer la rutina", "es"),
    ],
)
def test_no_way_today_or_nothing_managed_is_a_day_skipped(text: str, lang: str) -> None:
    assert intent(text, lang) == "skipped"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("forgot my water bottle at the gym but did all of it", "en"),
        ("se me olvidó la botella de agua pero hice todo", "es"),
        # why no answer came makes yesterday the day asked about
        ("no le contesté porque andaba sin señal, ayer terminé todo", "es"),
        ("sorry didnt answer, no signal. did them all yesterday", "en"),
    ],
)
def test_a_thing_forgotten_or_a_late_answer_leaves_the_work_done(text: str, lang: str) -> None:
    assert intent(text, lang) == "done"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("im done with life honestly", "en"),
        ("my hand shakes when i grip, never did that before", "en"),
        ("orino bien, nada raro", "es"),
        ("had numbness in my toes years ago, not now", "en"),
        ("on a scale from 0 to 10 its a 14, no joke", "en"),
        ("del uno al diez, esto es un 30", "es"),
    ],
)
def test_the_body_or_mind_told_is_a_report_not_a_day_done_or_put_off(text: str, lang: str) -> None:
    assert intent(text, lang) == "report"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("no, nothing like that", "en"),
        ("se me cayó el cel en el baño, por eso no respondí", "es"),
        ("me duele el alma ver a mi mamá así", "es"),
    ],
)
def test_signs_denied_a_phone_dropped_or_a_heart_sore_in_words_are_other(
    text: str, lang: str
) -> None:
    assert intent(text, lang) == "other"


@pytest.mark.parametrize(
    ("text", "lang", "pain"),
    [("tailbone is at a 5 today", "en", 5), ("me caí de sentón, la rabadilla en 7", "es", 7)],
)
def test_a_number_tied_to_the_tailbone_is_pain(text: str, lang: str, pain: int) -> None:
    assert interpret(text, None, lang).pain == pain
