"""What the reader makes of a reply's red flags, for the tests of each blind batch's kinds."""

from companion.conversation.interpret import interpret


def certain(text: str, lang: str = "en") -> tuple[str, ...]:
    """The categories the reader is sure of (red_flags)."""
    return interpret(text, None, lang).red_flags


def possible(text: str, lang: str = "en") -> tuple[str, ...]:
    """The categories it would ask the patient about first (possible_flags)."""
    return interpret(text, None, lang).possible_flags
