"""Fuzzing the reply interpreter: any text never raises and scores stay within 0-10."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.conversation.interpret import INTENTS, interpret

CATEGORIES = {
    "neuro", "cauda_equina", "cardiac_resp", "fall_injury", "swelling_infection", "severe_pain",
    "mental_health",
}  # fmt: skip
# Pieces patients really send, and pieces that break naive parsers.
FRAGMENTS = [
    "10/10", "-1", "d0ne", "pain", "dolor", "fatigue", "cansancio", "tired", "knee is at a", "P2F4",
    "5-6", "2.5", "2,5", "between", "entre", " y ", " and ", "of", "/", "-", ".", ",", "?", "¿",
    "!", "no", "not", "sin", "numb", "kill myself", "lol", "jaja", "STOP", "ﬁnished",
    "✅", "👍", "😂", "💀", "🏋️‍♀️", "\u200d", "١٠", "٥", "٣/١٠", "５", "１０／１０", "½",
    "שלום", "مرحبا", "\u202e", "\u200f",
    " ", "\n", "\t", "99999999999999999999", "0", "eleven", "once", "un", "one of", "x", "pm", "%",
    "tried", "all dome", "fnshd", "o", "but it went away", "went down", "chest", "pee", "knee",
    "shoulder felt off, prob a", "from a", "to a", "yesterday", "everything but", "some",
]  # fmt: skip
replies = st.one_of(
    st.text(max_size=1600),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=120).map(
        lambda parts: " ".join(parts)[:1600]
    ),
)


@settings(
    max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(
    text=replies,
    expecting=st.sampled_from([None, "pain", "fatigue"]),
    lang=st.sampled_from(["en", "es"]),
)
def test_any_text_reads_without_raising_and_scores_stay_in_range(
    text: str, expecting: str | None, lang: str
) -> None:
    reading = interpret(text, expecting, lang)
    assert reading.intent in INTENTS
    assert reading.pain is None or 0 <= reading.pain <= 10
    assert reading.fatigue is None or 0 <= reading.fatigue <= 10
    assert reading.trend in (None, "better", "same", "worse")
    assert list(reading.red_flags) == sorted(set(reading.red_flags))
    assert list(reading.possible_flags) == sorted(set(reading.possible_flags))
    assert set(reading.red_flags) | set(reading.possible_flags) <= CATEGORIES
    assert not set(reading.red_flags) & set(reading.possible_flags)
    assert set(reading.evidence) == set(reading.red_flags) | set(reading.possible_flags)
    assert reading.language in ("en", "es")
    assert set(reading.as_contract()) == {
        "intent",
        "pain",
        "fatigue",
        "trend",
        "red_flags",
        "possible_flags",
        "language",
    }
