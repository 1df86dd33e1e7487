"""A questionnaire item's rating (PSFS 0-10, FABQ 0-6), read by the score reading.

The numbers are found as conversation.score_numbers finds a pain or fatigue score: digits, number
words in either language ("like a six", "seis"), "6/10", ranges and decimals ("6-7",
"6, maybe 7", "5.5"), units left alone ("25 lb", "100%"). Which end of a range, and which
way a decimal rounds, is the cautious one for the scale: higher for pain or fear-avoidance
(CONTRACT.md, reply interpretation), lower for function (PSFS: over-reading ability is the
risk). The words for a scale's anchors ("casi nada", "like before") are the caller's, most
specific first.
"""

import math
import re

from companion.conversation.score_numbers import NUMBER, UNIT_AFTER, spell_out_numbers

_ITEM_NUMBER = re.compile(
    rf"(?P<lo>{NUMBER})(?:\s*(?:-|–|to|or|o|a|,?\s*(?:or\s+)?(?:maybe|tal\s+vez|quizas?))"
    rf"\s*(?P<hi>{NUMBER}))?"
)
_OF = r"\s*(?:/|out\s+of|outta|sobre|de|of)\s*"


def read_item_rating(
    folded: str,
    top: int,
    *,
    higher_is_cautious: bool,
    words: list[tuple[int, str]] | tuple[()] = (),
) -> int | None:
    """A 0-`top` whole number in a folded reply to one questionnaire item; None when there
    is none, or when any number given is out of range (the item is asked again)."""
    text = spell_out_numbers(folded, "en")
    of_top = re.compile(rf"{_OF}{top}\b")
    values: list[float] = []
    at = 0
    while (match := _ITEM_NUMBER.search(text, at)) is not None:
        at = match.end()
        right = text[at : at + 20]
        if UNIT_AFTER.search(right) and not of_top.match(right):
            continue  # "100%", "25 lb": not a rating
        values += [float(match.group(g).replace(",", ".")) for g in ("lo", "hi") if match.group(g)]
        if (scale := of_top.match(right)) is not None:
            at += scale.end()  # "6/10": the 10 names the scale
    if values:
        if any(not 0 <= v <= top for v in values):
            return None
        pick = max(values) if higher_is_cautious else min(values)
        return math.ceil(pick) if higher_is_cautious else math.floor(pick)
    for value, pattern in words:
        if re.search(rf"(?<![a-z0-9])(?:{pattern})(?![a-z0-9])", text):  # "100%" too
            return value
    return None
