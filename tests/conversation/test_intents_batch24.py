"""Intents of batch 24's kind, on new wordings: a rough number of minutes asked for and the
reminder asked for later (Spanglish "reminder") are a snooze; a Spanglish "today no" of its own
is a day skipped ("today no pain" tells how it went); help asked with the texts named is help;
what one "got" today asks for the plan."""

import pytest

from companion.conversation.interpret import interpret


def intent(text: str, lang: str = "en") -> str:
    return interpret(text, None, lang).intent


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("gimme about 20 mins, still at the shop", "en"),
        ("dame como 20 minutos, ando en la tienda", "es"),
        ("mándame los reminders en la noche porfa", "es"),
        ("send me the reminders later pls", "en"),
    ],
)
def test_a_rough_wait_or_the_reminder_asked_for_later_is_a_snooze(text: str, lang: str) -> None:
    assert intent(text, lang) == "snooze"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("today no, my truck broke down", "en"),
        ("today no. tengo que llevar a mi suegra al doctor", "es"),
    ],
)
def test_a_today_no_of_its_own_is_a_day_skipped(text: str, lang: str) -> None:
    assert intent(text, lang) == "skipped"


def test_today_no_pain_tells_how_the_day_went_and_skips_nothing() -> None:
    assert intent("today no pain at all, did everything") == "done"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("i need some help with these messages, dont get it", "en"),
        ("necesito ayuda con los mensajes, no sé qué poner", "es"),
    ],
)
def test_help_asked_with_the_texts_named_is_help(text: str, lang: str) -> None:
    assert intent(text, lang) == "help"


@pytest.mark.parametrize(("text", "lang"), [("what i got today?", "en"), ("whats i got hoy", "es")])
def test_what_one_got_today_asks_for_the_plan(text: str, lang: str) -> None:
    assert intent(text, lang) == "plan"
