"""Red-flag signs are data: a file per category, English and Spanish, read by one loader."""

import json
import re
from pathlib import Path

import pytest

from companion.conversation.interpret import interpret
from companion.conversation.lexicon import fold
from companion.conversation.redflag_signs import (
    CATEGORIES,
    RULES,
    SIGNS,
    WORDS,
    _load,
    alternatives,
    either,
    phrase_pattern,
    unnegated,
    word_class,
)

CORPORA = Path(__file__).parents[1] / "data"


def test_every_category_has_a_sign_file_with_english_and_spanish_sections() -> None:
    for category in CATEGORIES:
        text = (SIGNS / f"{category}.txt").read_text(encoding="utf-8")
        assert "[en]" in text and "[es]" in text, category
    assert [category for category, _ in RULES] == list(CATEGORIES)


def test_every_word_class_named_in_a_sign_file_is_defined() -> None:
    for path in Path(SIGNS).glob("*.txt"):
        lines = path.read_text(encoding="utf-8").splitlines()
        signs = "\n".join(line for line in lines if not line.startswith("#"))
        for name in re.findall(r"\{([A-Z][A-Z0-9_]*)\}", signs):
            assert name in WORDS, (path.name, name)


def test_a_phrase_reads_words_either_word_and_up_to_five_between() -> None:
    pattern = re.compile(phrase_pattern("cant feel my * toes|fingers"))
    assert pattern.search("i cant feel my left big toes")
    assert pattern.search("cant feel my fingers")
    assert not pattern.search("cant feel my knee")


def test_a_line_of_unknown_kind_is_refused_with_the_file_named(tmp_path: Path) -> None:
    (tmp_path / "neuro.txt").write_text("[en]\nnumbness in my toes\n", encoding="utf-8")
    with pytest.raises(ValueError, match="neuro.txt"):
        _load(tmp_path / "neuro.txt", dict(WORDS))


def test_alternatives_split_only_at_the_top_level() -> None:
    assert alternatives(r"\ba|(?:b|c)|[|]x|\|y") == [r"\ba", "(?:b|c)", "[|]x", r"\|y"]
    assert alternatives(r"[\]|]z|w") == [r"[\]|]z", "w"]


def test_one_pattern_of_many_matches_exactly_what_the_plain_alternation_matches() -> None:
    # Signs at a word start share one \b; the others keep their place in the order.
    patterns = [r"\bpins|\bpin", "xx", r"\bneedles\b", r"(?<=a)b", r"\bno\b"]
    plain = re.compile("|".join(f"(?:{p})" for p in patterns))
    shared = re.compile(either(patterns))
    for text in ["pins and needles", "pin xxab no", "snow no pinsx", "ab needlesx needles"]:
        assert [m.span() for m in shared.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_every_sign_file_compiled_as_one_finds_the_same_signs_in_the_corpora() -> None:
    texts = [
        fold(json.loads(line)["text"]).text
        for path in sorted(CORPORA.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()[::3]
        if line.strip()
    ]
    for category, compiled in RULES:
        signs = _load(SIGNS / f"{category}.txt", dict(WORDS))
        plain = re.compile(unnegated("|".join(f"(?:{p})" for p in signs)))
        for text in texts:
            assert [m.span() for m in compiled.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ], (category, text)


def test_a_shared_word_class_reads_as_a_pattern() -> None:
    assert re.fullmatch(word_class("LIMB"), "thumb")
    assert re.fullmatch(word_class("GROIN"), "where you sit")


@pytest.mark.parametrize(("text", "category"), [
    ("i cant even feel my thumb this morning", "neuro"),
    ("numb right where i sit on the bike seat", "cauda_equina"),
    ("the urine wont come out no matter what", "cauda_equina"),
    ("me esta costando aguantar la pipi", "cauda_equina"),
    ("me orine sin darme cuenta en la noche", "cauda_equina"),
    ("hope i just dont wake up tomorrow", "mental_health"),
    ("no tiene sentido levantarme ya", "mental_health"),
    ("se me cayo the toolbox on my foot", "fall_injury"),
    ("me pegue con la puerta y creo que esta roto el dedo", "fall_injury"),
    ("me estuvo doliendo como nunca en la noche", "severe_pain"),
])  # fmt: skip
def test_a_sign_told_in_everyday_words_is_read(text: str, category: str) -> None:
    assert category in interpret(text).red_flags
