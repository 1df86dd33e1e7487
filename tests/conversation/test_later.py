"""A session put off (later.py): a later time told with a shift at work, the texting asked for
tomorrow; and "or not yet?" asks whether it is too soon, nothing put off."""

import pytest

from companion.conversation.interpret import interpret


@pytest.mark.parametrize(
    "text",
    [
        "later, on my shift rn",
        "al rato, ando en el turno",
        "luego, estoy de turno hasta las 5",
    ],
)
def test_later_with_a_shift_at_work_is_a_snooze(text: str) -> None:
    assert interpret(text).intent == "snooze"


def test_a_score_later_on_a_shift_is_no_snooze() -> None:
    assert interpret("pain 6 later on my shift").intent == "report"


@pytest.mark.parametrize(
    "text",
    ["can you text me tomorrow at 7 instead", "mejor mándame el mensaje mañana", "message me tmrw"],
)
def test_the_texting_asked_for_tomorrow_is_a_snooze(text: str) -> None:
    assert interpret(text).intent == "snooze"


@pytest.mark.parametrize(
    "text",
    ["can i go back to the ladder or not yet?", "¿ya puedo cargar bultos o todavía no?"],
)
def test_or_not_yet_asks_whether_it_is_too_soon(text: str) -> None:
    assert interpret(text).intent == "question"


@pytest.mark.parametrize("text", ["not yet", "todavía no", "haven't done them yet"])
def test_not_yet_told_puts_the_session_off(text: str) -> None:
    assert interpret(text).intent == "snooze"
