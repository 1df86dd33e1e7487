"""Red flags: warning signs a therapist must see, each graded certain or possible.

Plain denials and figures of speech are no sign; a sign whose context says it has passed,
is someone else's, hypothetical, a screening answer or an unsure denial is possible (the
conversation asks the patient); the rest is certain. The signs are patterns per category
kept as data, per category and language (data/signs/*.txt, compiled by redflag_signs.py).
"""

import re
from typing import NamedTuple

from companion.conversation.lexicon import Folded
from companion.conversation.redflag_grade import (
    CERTAIN,
    CLAUSE_END,
    DENIED,
    OTHERS,
    POSSIBLE,
    grade,
)
from companion.conversation.redflag_model import likely_flags
from companion.conversation.redflag_others import HURT_NOBODY
from companion.conversation.redflag_signs import FIGURES, RULES, word_class

# "I hurt myself lifting" is an injury; "I hurt myself" alone or "want to hurt
# myself" is read as self-harm, because missing that costs more than a false alarm.
_HURT_MYSELF = re.compile(
    r"\b(?:hurt|harm|hurting|harming|injured|cut|cutting)\s+myself\b"
    r"(?P<activity>\s+(?:lifting|doing|on(?!\s+purpose)|at|during|while|when|with\s+the|playing|working|"
    r"exercising|in\s+the|carrying|moving|pushing|pulling|bending|squatting|again\s+(?:at|on|while|with|\w+ing)|\w+ing)\b)?"
)
# "my husband says i'm gonna hurt myself doing these": an injury foretold at the work, no sign
_FORETOLD = re.compile(r"\b(?:gonna|going\s+to|might|will|could)\s+$")
_INTENT_TO = re.compile(
    r"\b(?:want|wanna|wanted|going\s+to|gonna|thinking\s+(?:about|of)|thoughts\s+(?:of|about)|"
    r"urge\s+to|might|feel\s+like|tempted\s+to)\s+$"
)


class Signs(NamedTuple):
    """The categories a reply shows, each with the patient's words: sure, or to ask about."""

    certain: dict[str, str]
    possible: dict[str, str]
    # possible only as someone else's, long ago, a thing's, or the model's: not a report
    others: frozenset[str] = frozenset()


def read_red_flags(folded: Folded) -> Signs:
    """Each red-flag category the reply shows, graded certain or possible.

    The rules read first and grade each sign by its context. The model then reads the
    reply with every sign the rules judged denied or uncertain blanked out: a category it
    sees that the rules did not find certain is possible, never certain on the model's word;
    a reply that says something missed or hurt nobody denies the injury it might guess.
    """
    certain, possible, others, blanked = _read_signs(folded)
    whole = folded.source(0, len(folded.text)).strip()
    for category in likely_flags(blanked):
        if category == "fall_injury" and HURT_NOBODY.search(blanked):
            continue
        if category not in certain and category not in possible:
            possible[category] = whole
            others.add(category)  # the model reads signs, not whether the reply reports
    possible = {c: w for c, w in possible.items() if c not in certain}
    return Signs(
        dict(sorted(certain.items())),
        dict(sorted(possible.items())),
        frozenset(others & set(possible)),
    )


def unsaid_blanked(folded: Folded) -> str:
    """The folded reply with figures of speech and denied or uncertain signs blanked out."""
    return _read_signs(folded)[3]


# What an injury brings with it: "ankle swole up huge after i rolled it", "knee puffy since i
# twisted it" are an injury and a swelling, so a wide injury match does not swallow them.
_COMES_WITH = {"fall_injury": ("swelling_infection", "severe_pain")}
# "no siento la pierna y me hice pipi": a limb not felt inside a wider bladder match is neuro.
# ("entre las piernas está dormido": the saddle, between the legs, is no limb)
_LIMB_INSIDE = re.compile(
    r"(?<!entre\slas\s)(?<!between\smy\s)(?<!between\sthe\s)\b(?:legs?|foot|feet|arms?|hands?|piernas?|pies?|brazos?|manos?)\b"
)


def _read_signs(folded: Folded) -> tuple[dict[str, str], dict[str, str], set[str], str]:
    text = FIGURES.sub(lambda m: " " * len(m.group()), folded.text)
    evidence: dict[str, dict[str, list[str]]] = {CERTAIN: {}, POSSIBLE: {}, OTHERS: {}}
    taken: list[tuple[str, int, int]] = []
    unsaid: list[tuple[int, int]] = []
    breaks = [0] + [m.end() for m in CLAUSE_END.finditer(text)]

    def keep(category: str, start: int, end: int) -> None:
        graded = grade(text, start, end, category, breaks)
        if graded != CERTAIN:
            unsaid.append((start, end))
        if graded == DENIED:
            return
        words = folded.source(start, end)
        if words not in evidence[graded].setdefault(category, []):
            evidence[graded][category].append(words)
        taken.append((category, start, end))

    for match in _HURT_MYSELF.finditer(text):
        intent = _INTENT_TO.search(text, 0, match.start())
        injury = match.group("activity") and not intent
        if match.group("activity") and _FORETOLD.search(text, 0, match.start()):
            continue
        keep("fall_injury" if injury else "mental_health", match.start(), match.end())
    for category, pattern in RULES:
        for match in pattern.finditer(text):
            limb = category == "neuro" and _LIMB_INSIDE.search(text, match.start(), match.end())
            if any(
                s <= match.start()
                and match.end() <= e
                and category not in _COMES_WITH.get(c, ())
                and not (limb and c == "cauda_equina")
                for c, s, e in taken
            ):
                continue  # already read as a more specific sign
            keep(category, match.start(), match.end())
    certain = evidence[CERTAIN]
    if certain.get("cauda_equina") and only_saddle_numbness(text, certain.get("neuro", [])):
        certain.pop("neuro", None)  # "groin went numb, still numb": one sign, said twice
    for start, end in unsaid:
        text = text[:start] + " " * (end - start) + text[end:]
    found = {
        level: {category: "; ".join(words) for category, words in sorted(by.items()) if words}
        for level, by in evidence.items()
    }
    return (
        found[CERTAIN],
        found[POSSIBLE] | found[OTHERS],
        set(found[OTHERS]) - set(found[POSSIBLE]),
        text,
    )


_BARE_NUMBNESS = re.compile(r"(?:numb\w*|tingl\w*|entumecid\w*|adormecid\w*|dormid\w*)")
_LIMB_WORD = re.compile(rf"\b{word_class('LIMB')}\b")
_GROIN_WORDS = re.compile(rf"\b{word_class('GROIN')}\b")


def only_saddle_numbness(text: str, neuro_words: list[str]) -> bool:
    """Whether neuro signs are bare "numb"s of a reply whose only numb place is the saddle."""
    return all(_BARE_NUMBNESS.fullmatch(w.lower()) for w in neuro_words) and not _LIMB_WORD.search(
        _GROIN_WORDS.sub(" ", text)
    )
