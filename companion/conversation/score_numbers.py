"""Numbers in a folded reply: number words as digits, and the values and ranges a score may be.

Used by the score reading (conversation.scores) and the questionnaire items
(conversation.item_scores); which scale a number belongs to is not told here."""

import math
import re
from functools import lru_cache

from text_to_num import text2num

from companion.conversation.words import PAIN, UNITS

# Articles, not numbers; and English "once" is not Spanish eleven.
_ARTICLES = frozenset({"un", "una"})
_NOT_THE_NUMBER_ONE = re.compile(
    r"\b(?:no|the|this|that|which|each|every|any|some|last|first|next|other|another|only|same|new"
    r"|hard|easy|tough|big|little|good|bad|right|left|wrong)\s+$"
)
# "one more day", "one of these days": a count of things, not a score.
_ONE_OF_THINGS = re.compile(r"\s+(?:more|of|day|time|thing|way|bit|at\s+a\s+time|by\s+one)\b")
# "le ponen a uno la anestesia", "uno no sabe": Spanish "uno" as the pronoun "one".
_UNO_THE_PRONOUN_BEFORE = re.compile(r"\ba\s+$")
_UNO_THE_PRONOUN_AFTER = re.compile(
    r"\s+(?:la|el|los|las|le|les|lo|se|no|nunca|ya|siempre|tiene|puede|sabe|debe|anda|quisiera)\b"
)


@lru_cache(maxsize=4096)
def _number_word(word: str, language: str) -> int | None:
    try:
        return int(text2num(word, language))
    except Exception:  # text2num raises ValueError, and its binding may raise others
        return None


def _is_plural_number(word: str, languages: tuple[str, str]) -> bool:
    stems = (word[:-1], word[:-2]) if word.endswith("s") else ()
    return any(_number_word(stem, lang) is not None for stem in stems for lang in languages)


def spell_out_numbers(text: str, language: str) -> str:
    """Number words as digits ("like a five" -> "like a 5"), in both languages."""
    languages = (language, "es" if language == "en" else "en")

    def replace(match: re.Match[str]) -> str:
        word = match.group()
        if len(word) < 2 or word in _ARTICLES or (word == "once" and language == "en"):
            return word
        if word == "one" and (
            _NOT_THE_NUMBER_ONE.search(text, 0, match.start())
            or _ONE_OF_THINGS.match(text, match.end())
        ):
            return word
        if word == "uno" and (
            _UNO_THE_PRONOUN_BEFORE.search(text, 0, match.start())
            or _UNO_THE_PRONOUN_AFTER.match(text, match.end())
        ):
            return word
        values = [_number_word(word, lang) for lang in languages]
        value = next((v for v in values if v is not None), None)
        if value is None or _is_plural_number(word, languages):
            return word  # "which ones", "unos cuantos": plurals count nothing here
        return str(value)

    spelt = re.sub(r"[a-z]+", replace, text)
    # "p2", "5pm", "2x10": letters and digits apart, so labels and units are words.
    return re.sub(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])", " ", spelt)


# "8 of 10 exercises", "2 de 10 cubetas": a count of things, not a rating out of 10
COUNTED = (
    r"exercises?|ejercicios?|tasks?|tareas?|things|cosas|moves|stretches|items|of\s+(?:them|the|my)"
    r"|de\s+(?:los|las|mis)|(?:\w+\s+)?(?:boxes|buckets|loads|bags|trips|cajas|cubetas|cargas|bolsas|viajes)"
)
NUMBER = r"(?:\d{1,7}(?:[.,]\d+)?|[.,]\d+)"
VALUE = re.compile(
    rf"""(?:between|btwn|entre)\s+(?P<lo>{NUMBER})\s*(?:and|y|&|-)\s*(?P<hi>{NUMBER})
    |(?P<of10>{NUMBER})\s*(?:/|out\s+of|outta|of|sobre|de)\s*10\b(?![.,]?\d)(?!\s*(?:{COUNTED})\b)
    |(?P<a>{NUMBER})\s*(?:-|–|—|~|(?:to|or)\s+an?(?=\s)|to|or|o|a|,?\s*(?:or\s+)?(?:maybe|possibly|tal\s+vez|quizas?))
        \s*(?P<b>{NUMBER})(?:\s*(?:/|out\s+of)\s*10\b)?
    |(?P<frac>{NUMBER})\s*/\s*(?P<den>{NUMBER})
    |(?P<neg>(?:^|(?<=[\s=:(]))-)?(?P<n>{NUMBER})(?P<half>\s+(?:and\s+a\s+half|y\s+medio|y\s+media))?
    """,
    re.VERBOSE,
)
# ("3 painful sets", "3 unbearable sets": the pain word describes the sets counted)
UNIT_AFTER = re.compile(
    rf"^\s*(?:%|°|º|:\d|(?:(?!p\b)(?:{PAIN})\s+)?(?:{UNITS})\b|(?:of|de|/)\s*\d)"
)


def value_of(match: re.Match[str]) -> float:
    """The number a match stands for: a range's higher end; NaN for a date or a fraction."""

    def num(group: str) -> float:
        return float(match.group(group).replace(",", "."))

    if match.group("lo") is not None:
        return max(num("lo"), num("hi"))
    if match.group("of10") is not None:
        return num("of10")
    if match.group("a") is not None:
        return max(num("a"), num("b"))
    if match.group("frac") is not None:
        low, high = num("frac"), num("den")
        # "3/4" reads as "3 or 4"; "3/15" is a date and "1/2" half of something.
        return high if high == low + 1 and low >= 2 else math.nan
    value = num("n") + (0.5 if match.group("half") else 0)
    return -value if match.group("neg") else value
