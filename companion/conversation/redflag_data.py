"""Signs kept as data (data/signs.json): plain phrases per category and language, as patterns."""

import json
import re
from pathlib import Path

from companion.conversation.redflag_words import rule

SIGNS = Path(__file__).with_name("data") / "signs.json"
_ANY_WORDS = r"(?:\w+,?\s+){0,5}?"  # (not negation-guarded: a phrase may hold "never")


def phrase_pattern(phrase: str) -> str:
    """A phrase as a pattern: words apart by spaces, `a|b` either word, `*` up to five words."""
    parts = []
    for word in phrase.split():
        if word == "*":
            parts.append(_ANY_WORDS)
        else:
            parts.append(rf"(?:{'|'.join(re.escape(w) for w in word.split('|'))})\s+")
    return r"\b" + "".join(parts).removesuffix(r"\s+") + r"\b"


def load_signs(path: Path = SIGNS) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """One pattern per category with phrases, both languages together."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    found = []
    for category, languages in raw.items():
        if category.startswith("_"):
            continue
        phrases = [p for language in languages.values() for p in language]
        if phrases:
            found.append((category, rule(*(phrase_pattern(p) for p in phrases))))
    return tuple(found)
