"""The red-flag signs, kept as data (data/signs/*.txt), compiled: one pattern per category.

Each category's file lists its signs per language, one a line: a phrase (words apart by
spaces, `a|b` either word, `*` up to five words), a regular expression where a phrase cannot
say it, or two parts near each other in a sentence. `{NAME}` is a shared word class of
words.txt. Whether a sign found is denied, possible or certain is redflag_grade.py's.
"""

import re
from collections.abc import Iterable
from pathlib import Path

from companion.conversation import words

SIGNS = Path(__file__).with_name("data") / "signs"
# Order matters only for overlaps: saddle numbness is cauda equina, not neuro; skin cut
# again in secret is self-harm, not an injury.
CATEGORIES = (
    "cauda_equina",
    "neuro",
    "cardiac_resp",
    "mental_health",
    "fall_injury",
    "swelling_infection",
    "severe_pain",
)
NOT = r"\b(?:not|no|isnt|arent|wasnt|werent|dont|doesnt|didnt|never|without|ni|sin|nada|zero)\b"
_ANY_WORDS = r"(?:\w+,?\s+){0,5}?"  # (not negation-guarded: a phrase may hold "never")
_ENTRY = re.compile(r"(re|phrase|define (\w+)|(near|either) (\d+)):\s?(.*)")
_NAME = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


def phrase_pattern(phrase: str) -> str:
    """A phrase as a pattern: words apart by spaces, `a|b` either word, `*` up to five words."""
    parts = []
    for word in phrase.split():
        if word == "*":
            parts.append(_ANY_WORDS)
        else:
            parts.append(rf"(?:{'|'.join(re.escape(w) for w in word.split('|'))})\s+")
    return r"\b" + "".join(parts).removesuffix(r"\s+") + r"\b"


def near(first: str, second: str, gap: int = 40) -> str:
    """`first`, then `second` at most `gap` characters on in one sentence, not negated between."""
    return rf"\b(?:{first})\b(?:(?!{NOT})[^.!?;]){{0,{gap}}}?\b(?:{second})\b"


def together(one: str, other: str, gap: int = 40) -> str:
    """`one` and `other` near each other in either order."""
    return f"{near(one, other, gap)}|{near(other, one, gap)}"


def rule(*patterns: str) -> re.Pattern[str]:
    """One pattern for a category; no word skipped between its parts may negate it."""
    return re.compile(unnegated(either(patterns)))


def unnegated(pattern: str) -> str:
    """The pattern with no negating word among the words it skips."""
    gap = r"(?:\w+\s+)"  # "chest isnt tight": "isnt" may not be skipped over
    return pattern.replace(gap, rf"(?:(?!{NOT})\w+\s+)")


def either(patterns: Iterable[str]) -> str:
    """The patterns as one, matching exactly what `(?:p1)|(?:p2)|...` matches.

    Nearly every sign opens with `\\b`, and a run of them shares one: at a position inside
    a word the shared `\\b` fails once, where each alternative failed on its own (the rules'
    matching in 45 % less time; the same matches, tests/conversation/test_redflag_signs.py).
    """
    runs: list[tuple[bool, list[str]]] = []
    for alternative in (a for p in patterns for a in alternatives(p)):
        at_word = alternative.startswith(r"\b")
        body = alternative.removeprefix(r"\b") if at_word else alternative
        if runs and runs[-1][0] == at_word:
            runs[-1][1].append(body)
        else:
            runs.append((at_word, [body]))
    joined = ["|".join(f"(?:{body})" for body in bodies) for _, bodies in runs]
    return "|".join(
        rf"\b(?:{one})" if at_word else one for (at_word, _), one in zip(runs, joined, strict=True)
    )


def alternatives(pattern: str) -> list[str]:
    """The pattern's top-level alternatives, in order: `a|(?:b|c)|[|]` gives a, (?:b|c), [|]."""
    found, depth, start, in_set, escaped = [], 0, 0, False, False
    for i, char in enumerate(pattern):
        if escaped or char == "\\":
            escaped = not escaped
        elif in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            found.append(pattern[start:i])
            start = i + 1
    return [*found, pattern[start:]]


def _entries(path: Path) -> list[tuple[str, list[str]]]:
    """A file's entries, each as its head and its parts, continuation lines joined."""
    found: list[tuple[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("    "):
            found[-1][1][-1] += line.strip()
        elif line.startswith("  with:"):
            found[-1][1].append(line.removeprefix("  with:").strip())
        elif line and line[0] not in "#[":
            entry = _ENTRY.fullmatch(line)
            if entry is None:
                raise ValueError(
                    f"{path.name}: a sign line must open with re:, phrase:, near N:, "
                    f"either N: or define NAME: ({line[:40]!r})"
                )
            found.append((line, [entry.group(5)]))
    return found


def _expand(text: str, names: dict[str, str]) -> str:
    return _NAME.sub(lambda m: _expand(names[m.group(1)], names), text)


def _load(path: Path, names: dict[str, str]) -> list[str]:
    """The file's signs as patterns; its word classes join `names`."""
    patterns = []
    for head, parts in _entries(path):
        entry = _ENTRY.fullmatch(head)
        if entry is None:  # (checked as the file was read)
            continue
        if entry.group(2):
            names[entry.group(2)] = parts[0]
        elif entry.group(1) == "phrase":
            patterns.append(phrase_pattern(parts[0]))
        elif entry.group(1) == "re":
            patterns.append(_expand(parts[0], names))
        else:
            join = near if entry.group(3) == "near" else together
            first, second = (_expand(p, names) for p in parts)
            patterns.append(join(first, second, int(entry.group(4))))
    return patterns


WORDS = {"BODY": words.BODY, "PASS_WATER_ES": words.PASS_WATER_ES}
WORDS |= {"SOILED_ES": words.SOILED_ES, "WATER_ES": words.WATER_ES}
_load(SIGNS / "words.txt", WORDS)
# Figures of speech and harmless look-alikes, blanked out before matching.
FIGURES = re.compile(either(_load(SIGNS / "figures.txt", WORDS)))
RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (category, rule(*_load(SIGNS / f"{category}.txt", WORDS))) for category in CATEGORIES
)


def word_class(name: str) -> str:
    """A shared word class (words.txt) as a pattern: LIMB, GROIN."""
    return _expand(WORDS[name], WORDS)
