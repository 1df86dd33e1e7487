"""A dream told: what happened in it happened to nobody awake ("had a dream i fell off the
tractor", "soñé que me caía de la escalera"), so it reports no sign and no work."""

import re

_DREAM = re.compile(
    r"\b(?:(?:had|have|having)\s+(?:a|this|the\s+same)\s+(?:\w+\s+)?(?:dream|nightmare)s?|dreamt|dreamed"
    # ("the exercises are a nightmare" is a figure of speech, no dream told)
    r"|i\s+dream|in\s+(?:my|a|the)\s+(?:dream|nightmare)|(?:tuve|tengo)\s+(?:un|una|el\s+mismo"
    r"|la\s+misma)\s+(?:sueno|pesadilla)|sone|sonaba|en\s+(?:mi|el|un)\s+(?:sueno|pesadilla))"
    r"\b[^,.!?;\n]*"
)


def dreamt_spans(text: str) -> list[tuple[int, int]]:
    """Where the reply tells a dream, each to the end of its clause."""
    return [m.span() for m in _DREAM.finditer(text)]


def awake(text: str) -> str:
    """The reply with its dreams blanked out, the rest where it was."""
    for start, end in dreamt_spans(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def only_dreamt(text: str, evidence: str) -> bool:
    """Whether a sign's words are found in the reply only inside a dream it tells."""
    return evidence in text and evidence not in awake(text)
