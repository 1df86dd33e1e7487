"""Folding a reply to plain lower-case ASCII-ish text, fixing typos and telling its language."""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

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


def fold(text: str) -> Folded:
    """Lower-case, strip accents and apostrophes, ASCII digits; "d0ne" reads "done"."""
    chars: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        for out in _fold_char(ch):
            chars.append(out)
            origin.append(index)
    folded = re.sub(r"(?<=[a-z])0(?=[a-z])", "o", "".join(chars))
    return Folded(text, folded, tuple(origin))


# Words worth rescuing from one-thumb typos: what a reply is about and the red flags.
TYPO_VOCABULARY = tuple(
    """done finished finish complete completed skipped exercises workout stretches listo
    termine terminado hecho ejercicios fatigue tired dolor cansado cansada cansancio
    numbness tingling tingly swollen swelling unbearable excruciating breathe breath
    breathing bladder bowels fever infected suicide suicidal myself chest entumecido
    entumecida hinchado hinchada insoportable fiebre morirme tomorrow yesterday""".split()
)
# Real words one edit away from that vocabulary (from the en/es system word lists):
# "slipped" must never become "skipped", nor "pero" "peor".
REAL_NEIGHBOURS = frozenset(
    """finisher finishes finnish compete competed completa completer completes completo
    complected shipped sipped skimped skipper slipped snipped exercised exorcises
    stretched stretcher liston ermine terming termini termino termite hechor ejercicio
    fatigued fatigues tried dolora canado candado casado canada cantada casada dumbness
    jingling mingling ringling singling tangling tingeing tinging tinkling kingly singly
    tingle dwelling selling shelling smelling spelling swilling welling unbearably
    unbeatable breathed breather breathes breaths breathy wreathe breach breadth wreath
    breaching wreathing badder blander gladder ladder bowers dowels rowels towels vowels
    infested inflected injected suicida chests liebre tomorrows yesterdays""".split()
)
_WORD = re.compile(r"[a-z]+")


def _squeeze(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", word)


@lru_cache(maxsize=8192)
def _correct_word(word: str) -> str:
    if len(word) < 4 or word in REAL_NEIGHBOURS or word in TYPO_VOCABULARY:
        return word
    squeezed = _squeeze(word)  # "donee", "finisheddd"
    for known in TYPO_VOCABULARY:
        if squeezed == _squeeze(known):
            return known
    allowed = 2 if len(word) >= 9 else 1
    best = process.extractOne(word, TYPO_VOCABULARY, scorer=OSA.distance, score_cutoff=allowed)
    if best is None:
        return word
    choice = best[0]
    # Short words only get their letters swapped back ("dnoe"); a different letter
    # would too often be another real word ("gone", "none").
    if len(word) < 6 and sorted(word) != sorted(choice):
        return word
    return choice


def correct_typos(folded: Folded) -> Folded:
    """Replace misspelt vocabulary words ("finsihed", "skiped", "numbnes") by the word meant."""
    chars: list[str] = []
    origin: list[int] = []
    last = 0
    for match in _WORD.finditer(folded.text):
        chars.extend(folded.text[last : match.start()])
        origin.extend(folded.origin[last : match.start()])
        word = _correct_word(match.group())
        span = folded.origin[match.start() : match.end()]
        chars.extend(word)
        origin.extend(span[min(i, len(span) - 1)] for i in range(len(word)))
        last = match.end()
    chars.extend(folded.text[last:])
    origin.extend(folded.origin[last:])
    return Folded(folded.original, "".join(chars), tuple(origin))


_SPANISH = frozenset(
    """que de del los las el la lo y con sin hoy ayer manana pero muy mas poco estoy esta
    estan tengo tuve hice hizo termine listo lista ya todo todos nada dolor duele duelen
    cansado cansada cansancio fatiga mejor peor igual gracias ejercicios rodilla espalda
    pierna hombro mano pie cuello cadera bien mal tambien porque pude puedo cuando cual
    cuales mis mi para por un una uno dos tres cuatro cinco seis siete ocho nueve diez cero
    es son fue hay algo algunos mitad luego tarde despues ahorita claro si vale bueno hola
    buenas dias noches semana quiero necesito pecho fiebre en hacer hecho hicieron los
    solo tambien estaba sigue siento senti""".split()
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
    """"es" or "en" when the reply clearly reads as one of them, else the patient's language."""
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
