"""The model adds possible signs but never takes certainty from a rule's sign.

A gate that made a rule-certain sign possible wherever the model, held out, gave its
category almost nothing was measured (bench/redflag_gate.py, bench/REDFLAG_MODEL.md) and not
shipped: the model's low probability on a wording it has never seen means "unseen", not
"no sign", and the signs it would have delayed include a stroke's slurred speech.
"""

from unittest.mock import patch

import pytest

from bench.redflag_gate import doubted, gate, model_alone
from companion.conversation import redflags
from companion.conversation.interpret import interpret

NOTHING = dict.fromkeys(
    ("neuro", "cauda_equina", "cardiac_resp", "fall_injury", "swelling_infection",
     "severe_pain", "mental_health"),
    0.0,
)  # fmt: skip


# Written for this test, in none of the corpora.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("my words came out all slurred at dinner", "neuro"),
        ("went down hard on the driveway ice and cracked my wrist", "fall_injury"),
        ("me fui de boca en la banqueta y me abrí la ceja", "fall_injury"),
        ("tengo el pie adormecido desde la mañana", "neuro"),
    ],
)
def test_a_rule_sign_stays_certain_whatever_the_model_gives_it(text: str, category: str) -> None:
    with patch("companion.conversation.redflag_model.probabilities", lambda blanked: NOTHING):
        assert redflags.likely_flags("x") == set()
        assert category in interpret(text).red_flags


def test_a_stroke_sign_in_words_the_model_never_saw_is_certain() -> None:
    assert interpret("my words came out all slurred at dinner").red_flags == ("neuro",)


def test_the_measured_gate_never_doubts_a_mood_sign() -> None:
    low = NOTHING | {"neuro": 0.05}
    assert doubted(low, {"neuro", "mental_health"}, tau=0.1) == {"neuro"}
    assert doubted(low, {"neuro", "mental_health"}, tau=0.05) == set()


def row(flags: list[str]) -> dict[str, object]:
    return {"expect": {"red_flags": flags}}


def test_the_gate_report_counts_delayed_signs_and_look_alikes_no_longer_certain() -> None:
    sure = NOTHING | {"neuro": 0.9}
    items = [
        (row(["neuro"]), {"neuro"}, sure),  # a true sign the model backs: kept
        (row(["fall_injury"]), {"fall_injury"}, NOTHING),  # a true sign doubted: delayed
        (row([]), {"neuro"}, NOTHING),  # a look-alike doubted: no longer certain
        (row([]), {"mental_health"}, NOTHING),  # a mood look-alike: never doubted
    ]
    assert gate(items, 0.1) == (
        "tau 0.1: true certain signs made possible 1/2 (50.0 %); look-alikes no longer certain 1/2"
    )


def test_the_model_alone_is_judged_on_signs_and_on_look_alikes_asked() -> None:
    rows = [row(["neuro"]), row(["cardiac_resp"]), row([]), row([])]
    probabilities = [
        NOTHING | {"neuro": 0.6},
        NOTHING | {"cardiac_resp": 0.2},
        NOTHING | {"severe_pain": 0.4},
        NOTHING,
    ]
    assert model_alone(rows, probabilities, 0.3) == (
        "threshold 0.3: signs 1/2 (50.0 %) [neuro 1/1, cardiac_resp 0/1]; "
        "look-alikes asked 1/2 (50.0 %)"
    )
