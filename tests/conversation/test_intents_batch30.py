"""Intents and scores of batch 30's kind, on new wordings: a rating out of 10 with a tag of
emphasis after it is still pain; despair with its reason ("... if I can't work") asks nothing;
a bare duration that measures a stretch gone ("drove back Sunday, 12 hrs") puts nothing off; a
fear that did not come true ("thought I'd faint but didn't") leaves the work whole; answering
"su pregunta" asks none; an old injury that "doesn't hurt anymore" gives no pain score."""

import pytest

from companion.conversation.interpret import interpret


def intent(text: str, lang: str = "en") -> str:
    return interpret(text, None, lang).intent


@pytest.mark.parametrize(
    ("text", "lang", "pain"),
    [
        ("9/10 no lie, worst its been all month", "en", 9),
        ("8/10 seriously, barely got out of the truck", "en", 8),
        ("9/10 sin mentir, peor que cuando me quebré el brazo", "es", 9),
    ],
)
def test_a_rating_out_of_10_with_a_tag_of_emphasis_is_pain(text: str, lang: str, pain: int) -> None:
    assert interpret(text, None, lang).pain == pain


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("what's the point of healing if I can't ride again", "en"),
        ("whats the point of recovering when nobody will hire me", "en"),
        ("¿para qué me recupero si no voy a poder trabajar?", "es"),
        ("de qué sirve mejorar si igual me van a correr", "es"),
    ],
)
def test_despair_with_its_reason_is_a_report_not_a_question(text: str, lang: str) -> None:
    assert intent(text, lang) == "report"


def test_the_point_of_a_task_is_still_asked() -> None:
    assert intent("what's the point of the band walks if my hip still clicks?") == "question"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("legs swollen and tight, flew home from Denver yesterday, 6 hrs", "en"),
        (
            "me falta el aire, pantorrilla hinchada, manejé desde Juárez el domingo, 10 horas",
            "es",
        ),
    ],
)
def test_a_duration_that_measures_a_stretch_gone_puts_nothing_off(text: str, lang: str) -> None:
    assert intent(text, lang) == "report"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("at the feed store. 2 hrs", "en"),
        ("en la junta, 1 hora", "es"),
        ("In a meeting. 1 hr?", "en"),
    ],
)
def test_a_bare_duration_after_being_busy_is_still_a_snooze(text: str, lang: str) -> None:
    assert intent(text, lang) == "snooze"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("got through every set, thought i was gonna pass out but didnt", "en"),
        ("terminé toda la rutina, pensé que me iba a desmayar pero no", "es"),
    ],
)
def test_a_fear_that_did_not_come_true_leaves_the_work_done(text: str, lang: str) -> None:
    assert intent(text, lang) == "done"


def test_a_share_of_the_work_beside_a_fear_is_still_partial() -> None:
    assert intent("thought id faint but didnt, only did half tho") == "partial"


@pytest.mark.parametrize(
    "text",
    [
        "hago pipí sin problema, respondiendo a su pregunta",
        "sin mareos, es lo de tu pregunta",
    ],
)
def test_the_check_in_s_question_answered_is_a_report(text: str) -> None:
    assert intent(text, "es") == "report"


@pytest.mark.parametrize(
    "text", ["tengo una pregunta sobre las sentadillas", "una pregunta, puedo cargar 20 libras"]
)
def test_a_question_of_one_s_own_is_still_a_question(text: str) -> None:
    assert intent(text, "es") == "question"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("tore my shoulder years ago, doesnt hurt anymore. finished the list", "en"),
        ("me fracturé el tobillo hace tres años, ya no me duele. hice todo", "es"),
    ],
)
def test_an_old_injury_that_no_longer_hurts_gives_no_pain_score(text: str, lang: str) -> None:
    assert interpret(text, None, lang).pain is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("tore my shoulder years ago, today it doesnt hurt", "en"),
        ("me operaron hace dos años, hoy no me duele", "es"),
        ("no me duele nada, ya terminé", "es"),
    ],
)
def test_no_pain_said_of_today_is_still_a_zero(text: str, lang: str) -> None:
    assert interpret(text, None, lang).pain == 0
