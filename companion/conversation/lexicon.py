"""Folding a reply to plain lower-case ASCII-ish text, fixing typos and telling its language."""

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial

from rapidfuzz import process
from rapidfuzz.distance import OSA


@dataclass(frozen=True)
class Folded:
    """A reply folded for matching, remembering where each folded character came from."""

    original: str
    text: str
    origin: tuple[int, ...]

    def source(self, start: int, end: int) -> str:
        """The patient's own words behind folded[start:end], for the therapist to read."""
        if start >= end or not self.origin:
            return ""
        return self.original[self.origin[start] : self.origin[end - 1] + 1].strip()


# Apostrophes are dropped so "don't", "don’t" and "dont" read the same.
_APOSTROPHES = frozenset("'’‘`´ʼ")
_SPECIAL = {"½": ".5", "⁄": "/", "…": "."}


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _APOSTROPHES:
        return ""
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    digit = unicodedata.decimal(ch, None)  # full-width and Arabic-Indic digits too
    if digit is not None:
        return str(digit)
    decomposed = unicodedata.normalize("NFKD", ch)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


_ZERO_FOR_O = re.compile(r"(?<=[a-z])0(?=[a-z])")


def fold(text: str) -> Folded:
    """Lower-case, strip accents and apostrophes, ASCII digits; "d0ne" reads "done"."""
    if text.isascii() and not _APOSTROPHES.intersection(text):
        # Most replies: each ASCII character folds to itself lower-cased, in its own place.
        folded = _ZERO_FOR_O.sub("o", text.lower())
        return Folded(text, folded, tuple(range(len(text))))
    chars: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        for out in _fold_char(ch):
            chars.append(out)
            origin.append(index)
    folded = _ZERO_FOR_O.sub("o", "".join(chars))
    return Folded(text, folded, tuple(origin))


# Words worth rescuing from one-thumb typos: what a reply is about and the red flags.
TYPO_VOCABULARY = tuple(
    """done finished finish complete completed skipped exercises workout stretches listo pain
    termine terminado hecho ejercicios fatigue tired dolor cansado cansada cansancio
    numbness tingling tingly swollen swelling unbearable excruciating breathe breath
    breathing bladder bowels fever infected suicide suicidal myself chest entumecido
    entumecida hinchado hinchada insoportable fiebre morirme tomorrow yesterday did didnt
    half""".split()
)
# Real words the corrector would otherwise change (every one found in the en/es
# system word lists): "slipped" never becomes "skipped", nor "incomplete" "complete".
REAL_WORDS_NEARBY = frozenset(
    """ahecho badder bladders blander bleaching bowell bowers breach breaching breadth
    breasting breathed breather breathers breathes breathier breaths breathy broaching
    calasancio canada canado canastada candado cantada casada casado cheat chests compacted
    compelled compete competed complected completa completar completas completely completer
    completes completest completo complexes comported composted determinado determine dine
    dolora dolzor dome donne dowelling dowels dumbness dwelling dwellings ejercicio ermine
    excruciatingly exercise exercised exorcised exorcises exorcisms exorcists exorcizes
    fatigued fatigues fevers finagling finchada finchado finisher finishers finishes finnish
    furnished gansada germinador gladder guinchada guinchado hechor hermanado hiebre hincada
    hincadas hincado hincados
    hinchazon incomplete incomportable infested inflected inflicted injected insobornable
    inspected insupportable jewelling jingling kingly ladder liebre liston mingling
    preaching refinished ringling rowelling rowels schelling scratches screeches selling
    sheathing shelling shingling shipped singling singly sipped skimped skipper skippered
    slipped smelling snipped sone soportable spelling spellings stretched stretcher stretchers
    stretchier stretchiest suicida suicides swellings swilling swivelling tangling
    terminacho terminador terminadora terminajo terminals terminate terminator terming
    termini termino terminote termite tingeing tinging tingle tinglings tinkling tinseling
    tires tomorrows towelling towels tried twingeing twinkling unbearably unbeatable
    unbreakable uncompleted unfinished unreadable vowels welling workouts wreath wreathe
    wreathing yesterdays""".split()
)
_WORD = re.compile(r"[a-z]+")


def _squeeze(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", word)


def _first_by(key: Callable[[str], str], vocabulary: tuple[str, ...]) -> dict[str, str]:
    """The first vocabulary word of each key, so a typo's key finds it at once."""
    found: dict[str, str] = {}
    for known in vocabulary:
        found.setdefault(key(known), known)
    return found


_BY_SQUEEZED = _first_by(_squeeze, TYPO_VOCABULARY)
# Only long words, "half" and "part" are still told apart by their consonants alone.
_BY_CONSONANTS = _first_by(
    lambda known: _squeeze(re.sub(r"[aeiouy]", "", known)),
    tuple(k for k in TYPO_VOCABULARY + ("part",) if len(k) > 5 or k in ("half", "part")),
)


@lru_cache(maxsize=8192)
def _correct_word(word: str) -> str:
    """The vocabulary word a typo stands for, or the word itself."""
    if word in REAL_WORDS_NEARBY or word in TYPO_VOCABULARY:
        return word
    squeezed = _squeeze(word)  # "donee", "finisheddd"
    # vowels left out: "fnshd", "cmpltd", "skppd", "prt"
    if not re.search(r"[aeiouy]", word) and squeezed in _BY_CONSONANTS:
        return _BY_CONSONANTS[squeezed]
    if len(word) < 4:  # only letters swapped back: "ddi" is "did"
        return next((k for k in TYPO_VOCABULARY if sorted(k) == sorted(word)), word)
    if squeezed in _BY_SQUEEZED:
        return _BY_SQUEEZED[squeezed]
    allowed = 2 if len(word) >= 9 else 1
    best = process.extractOne(word, TYPO_VOCABULARY, scorer=OSA.distance, score_cutoff=allowed)
    if best is None:
        return word
    choice = best[0]
    # Short words only get letters swapped back ("dnoe") or a key's neighbour put
    # right ("donw"); any other letter would too often make another word ("gone").
    if len(word) < 6 and sorted(word) != sorted(choice) and not _slipped_key(word, choice):
        return word
    return choice


_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _slipped_key(typed: str, meant: str) -> bool:
    """One letter replaced by its left or right neighbour on a QWERTY keyboard."""
    if len(typed) != len(meant):
        return False
    wrong = [(a, b) for a, b in zip(typed, meant, strict=True) if a != b]
    return len(wrong) == 1 and any(
        abs(row.find(wrong[0][0]) - row.find(wrong[0][1])) == 1
        for row in _KEYBOARD_ROWS
        if wrong[0][0] in row and wrong[0][1] in row
    )


# Real words that are typos only in context: "tried 7" is "tired 7", "all dome" is
# "all done", "sipped today" is "skipped today". Each names the word it stands for.
_IN_CONTEXT = (
    (
        "tired",
        re.compile(
            r"\b(?:tried|tires|tiered|tyred|tird)(?=\s*\d+(?:[.,]\d+)?(?:\s*/\s*10)?\s*(?:$|[,.;!?]"
            r"|(?:pain|p|and|but|lol|tho|af|asf|today|rn)\b))|\b(?:tried|tires)(?=\s+(?:af|asf)\b)"
        ),
    ),
    (
        "done",
        re.compile(
            r"(?:^\W*(?:(?:all|im|were|its|it|got\s+(?:it|em|them)|ok|okay)\s+)?|\ball\s+)"
            r"(?:dome|dine|dune|dun|dunn|dunne|donne)\b(?=\W*(?:$|[,.!]|\s+(?:with|w|wit|for|already"
            r"|pain|tired|today)\b))"
        ),
    ),
    ("pain", re.compile(r"\bpaint(?=\s*\d)")),
    ("complete", re.compile(r"^\W*compete(?=\W*$|\s+(?:all|everything|them|it|em)\b)")),
    ("skipped", re.compile(r"\bsipped(?=\s+(?:today|todays|tonight|them|em)\b|\W*$)")),
    # Spanish written by its sound, the silent h dropped and c written s: "ise todo oy", "la
    # mita nomas" (English "ice" is left alone: an ice pack is no session)
    ("hice", re.compile(r"\b(?:ise|hise|hize|ize)\b")),
    (
        "hoy",
        re.compile(
            r"\boy\b(?=\s*(?:$|[,.!?]|(?:no|si|tampoco|me|ya|tambien)\b))|(?<=\btodo\s)oy\b"
        ),
    ),
    ("mitad", re.compile(r"(?<=\bla\s)mita\b")),
)


def _rewrite(folded: Folded, pattern: re.Pattern[str], replace: Callable[[str], str]) -> Folded:
    """Replace each match, keeping the map back to the patient's own characters."""
    chars: list[str] = []
    origin: list[int] = []
    last = 0
    for match in pattern.finditer(folded.text):
        word = replace(match.group())
        if word == match.group():
            continue  # most words are no typo: left as they are, with their own origins
        chars.extend(folded.text[last : match.start()])
        origin.extend(folded.origin[last : match.start()])
        span = folded.origin[match.start() : match.end()] or (0,)
        chars.extend(word)
        origin.extend(span[min(i, len(span) - 1)] for i in range(len(word)))
        last = match.end()
    if not chars and last == 0:  # nothing replaced
        return folded
    chars.extend(folded.text[last:])
    origin.extend(folded.origin[last:])
    return Folded(folded.original, "".join(chars), tuple(origin))


def _last_word(typed: str, meant: str) -> str:
    """`typed` with its last word replaced by `meant` ("all dome" -> "all done")."""
    return re.sub(r"[a-z]+$", meant, typed)


def correct_typos(folded: Folded) -> Folded:
    """Replace misspelt vocabulary words ("finsihed", "skiped", "numbnes") by the word meant."""
    folded = _rewrite(folded, _WORD, _correct_word)
    for meant, pattern in _IN_CONTEXT:
        folded = _rewrite(folded, pattern, partial(_last_word, meant=meant))
    return folded


_SPANISH = frozenset(
    """que de del los las el la lo y con sin hoy ayer manana pero muy mas poco estoy esta
    estan tengo tuve hice hizo termine listo lista ya todo todos nada dolor duele duelen
    cansado cansada cansancio fatiga mejor peor igual gracias ejercicios rodilla espalda
    pierna hombro mano pie cuello cadera bien mal tambien porque pude puedo cuando cual
    cuales mis mi para por un una uno dos tres cuatro cinco seis siete ocho nueve diez cero
    es son fue hay algo algunos mitad luego tarde despues ahorita claro si vale bueno hola
    buenas dias noches semana quiero necesito pecho fiebre en hacer hecho hicieron solo
    estaba sigue siento senti""".split()
)
_ENGLISH = frozenset(
    """the i im my is it its was did didnt done finished today yesterday tomorrow and with
    but very pretty pain tired fatigue hurts hurt knee back leg shoulder hip feel feeling
    felt better worse same thanks thank you of to in on at for just all some most half not
    dont cant couldnt get got do does what how when can should will have had this that
    them they one two three four five six seven eight nine ten zero okay yes yeah yep nope
    sorry later please exercises workout sets reps good bad hi hello so too much little
    bit about like am are""".split()
)


def detect_language(folded: Folded, default: str) -> str:
    """Spanish or English when the reply clearly reads as one, else the patient's language."""
    words = _WORD.findall(folded.text)
    spanish = sum(word in _SPANISH for word in words)
    english = sum(word in _ENGLISH for word in words)
    if re.search(r"[ñ¿¡áéíóú]", folded.original.lower()):
        spanish += 1
    if spanish > english:
        return "es"
    if english > spanish:
        return "en"
    return default
