"""The red-flag model: it catches wordings the rules miss and leaves look-alikes alone."""

from unittest.mock import patch

import pytest

from companion.conversation import redflag_model, redflags
from companion.conversation.interpret import interpret
from companion.conversation.lexicon import fold
from companion.conversation.redflag_model import likely_flags, probabilities
from companion.conversation.redflags import unsaid_blanked


def rules_alone(text: str) -> tuple[str, ...]:
    with patch.object(redflags, "likely_flags", lambda blanked: set()):
        return interpret(text).red_flags


# Written for these tests, in none of the training files; the rules know none of them.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("my fingertips went dull and thick since the carries", "neuro"),
        ("toes feel like theyre stuffed with cotton balls", "neuro"),
        ("like breathing with a pillow over my face on the stairs", "cardiac_resp"),
    ],
)
def test_the_model_catches_wordings_the_rules_miss_as_possible_signs(
    text: str, category: str
) -> None:
    assert rules_alone(text) == ()
    reading = interpret(text)
    assert (reading.red_flags, category in reading.possible_flags) == ((), True)


@pytest.mark.parametrize(
    "text",
    [
        "chest day at the gym, all done",
        "my legs are dead after the squats lol",
        "i'd kill for a pizza after that workout",
        "no numbness at all today",
        "no tingling, no weakness, pain 2",
        "didnt fall, just sore",
        "the swelling is gone, pain 1",
        "rolled down the windows on the drive",
        "heart was pumping on the bike, normal",
        "that set almost killed me haha, done",
        "worst traffic ever, did everything",
        "no chest pain, no shortness of breath",
        "ya no tengo hinchazón, dolor 2",
        "me muero de hambre, ya terminé",
    ],
)
def test_look_alikes_are_never_certain(text: str) -> None:
    assert interpret(text).red_flags == ()


def test_the_model_reads_the_reply_with_denied_signs_blanked_out() -> None:
    blanked = unsaid_blanked(fold("no numbness or tingling, pain 2"))
    assert "numb" not in blanked and "tingl" not in blanked and "pain 2" in blanked


def test_the_model_alone_never_makes_a_sign_certain() -> None:
    # The rules found fainting; whatever the model adds is only possible.
    fainted = "whole room spun and i ended up on the kitchen floor"
    # The rules judged the buzzing a phone's: what is left is no sign to read.
    phone = "my phone kept buzzing in my hand"

    assert rules_alone(fainted) == interpret(fainted).red_flags == ("cardiac_resp",)
    assert interpret(phone).red_flags == ()


def test_the_model_gives_a_probability_for_every_category() -> None:
    assert set(probabilities("")) == {
        "neuro",
        "cauda_equina",
        "cardiac_resp",
        "fall_injury",
        "swelling_infection",
        "severe_pain",
        "mental_health",
    }
    assert likely_flags("") == set()


def test_a_category_with_a_threshold_of_its_own_is_read_at_it() -> None:
    # Mental health has its own threshold (a possible mood sign sends the crisis line).
    blanked = unsaid_blanked(fold("feeling kind of off today"))
    everything = redflag_model._model()._replace(threshold=0.0, thresholds={})
    own = everything._replace(thresholds={"mental_health": 1.01})
    with patch.object(redflag_model, "_model", lambda: everything):
        assert "mental_health" in likely_flags(blanked)
    with patch.object(redflag_model, "_model", lambda: own):
        assert "mental_health" not in likely_flags(blanked)
        assert "neuro" in likely_flags(blanked)


@pytest.mark.parametrize(
    ("text", "expecting", "lang"),
    [
        ("dolor 4", "pain", "es"),
        ("dolor 6", None, "es"),
        ("pain 6", None, "en"),
        ("pain 4", "pain", "en"),
        ("9 honestly", "pain", "en"),
        ("what was #4 again?", None, "en"),
        ("I skipped yesterday", None, "en"),
        ("almost nothing really", None, "en"),
    ],
)
def test_the_commonest_check_ins_are_not_asked_about(
    text: str, expecting: str | None, lang: str
) -> None:
    # Bare score reports make most real traffic; a question back on each would bury the
    # real ones (the threshold's floor in bench/redflag_model.py).
    reading = interpret(text, expecting, lang)
    assert (reading.red_flags, reading.possible_flags) == ((), ())


@pytest.mark.parametrize(
    "blanked",
    ["", "no numbness, not tingling at all and no fever", "ok ok ok ok done", "dolor 4 sin fiebre"],
)
def test_the_model_scores_the_features_it_knows_in_their_order(blanked: str) -> None:
    rows = redflag_model._model().rows
    known = [rows[gram] for gram in redflag_model.features(blanked) if gram in rows]
    assert redflag_model._known_rows(blanked, rows) == known
