"""Folding and typo correction: the quick ways for common replies read as the full ones."""

import pytest

from companion.conversation.lexicon import Folded, _correct_word, _fold_char, correct_typos, fold


@pytest.mark.parametrize(
    "text",
    ["DONE", "d0ne, Pain 3/10", "I don't know", "`ok` 'fine'", "TAB\tand\x00nul ~!@#", ""],
)
def test_an_ascii_reply_folds_as_character_by_character(text: str) -> None:
    pairs = [(out, index) for index, ch in enumerate(text) for out in _fold_char(ch)]
    by_character = fold("".join(out for out, _ in pairs))
    assert fold(text) == Folded(text, by_character.text, tuple(index for _, index in pairs))


def test_a_reply_with_no_typo_comes_back_as_it_was() -> None:
    folded = fold("knee sore, pain 3, did all of it")
    assert correct_typos(folded) is folded


def test_a_typo_put_right_keeps_the_patients_own_words() -> None:
    corrected = correct_typos(fold("all dome, finsihed early"))
    assert corrected.text == "all done, finished early"
    assert corrected.source(4, 8) == "dome"
    assert corrected.source(10, 18) == "finsihed"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("fnshd", "finished"), ("prt", "part"), ("hlf", "half"), ("donee", "done"), ("ddi", "did")],
)
def test_typos_find_the_word_meant(typed: str, meant: str) -> None:
    assert _correct_word(typed) == meant


def test_real_words_nearby_stay_themselves() -> None:
    assert (_correct_word("slipped"), _correct_word("incomplete")) == ("slipped", "incomplete")
