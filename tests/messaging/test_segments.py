"""Segment counting: GSM-7 160/153 septets, UCS-2 70/67 code units, nothing split in two."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from messaging.segments import encoding, segment_count


def test_plain_english_plan_is_gsm7() -> None:
    assert encoding("Hi Ana, today: 1) Floor-to-waist lift 3x10 @ 20 lb. Reply DONE") == "GSM-7"


@pytest.mark.parametrize("text", ["más tarde", "Sí", "ç", "👍", "“quoted”", "día"])
def test_one_character_outside_gsm7_makes_the_whole_text_ucs2(text: str) -> None:
    assert encoding("Hola " + text) == "UCS-2"


@pytest.mark.parametrize("text", ["Mañana", "¿Qué tal?", "¡Listo!", "Über", "€5 [ok] {x} ~ ^ | \\"])
def test_gsm7_covers_its_accents_and_extension_table(text: str) -> None:
    assert encoding(text) == "GSM-7"


@pytest.mark.parametrize(
    ("length", "segments"), [(0, 1), (1, 1), (160, 1), (161, 2), (306, 2), (307, 3), (459, 3)]
)
def test_gsm7_fits_160_alone_and_153_per_part(length: int, segments: int) -> None:
    assert segment_count("a" * length) == segments


def test_gsm7_extension_characters_cost_two_septets() -> None:
    assert segment_count("€" * 80) == 1
    assert segment_count("€" * 81) == 2


def test_an_escape_sequence_is_never_split_across_parts() -> None:
    # 306 septets would fill two parts exactly, but the € cannot straddle them.
    assert segment_count("a" * 152 + "€" + "a" * 152) == 3


@pytest.mark.parametrize(
    ("length", "segments"), [(1, 1), (70, 1), (71, 2), (134, 2), (135, 3), (201, 3), (202, 4)]
)
def test_ucs2_fits_70_alone_and_67_per_part(length: int, segments: int) -> None:
    assert segment_count("á" * length) == segments


def test_an_emoji_counts_as_two_code_units() -> None:
    assert segment_count("👍" * 35) == 1
    assert segment_count("👍" * 36) == 2


def test_a_surrogate_pair_is_never_split_across_parts() -> None:
    # 134 code units would fill two parts exactly, but the emoji cannot straddle them.
    assert segment_count("á" * 66 + "👍" + "á" * 66) == 3


@given(st.text(alphabet="abcdefghij XYZ.,", max_size=1600))
def test_single_septet_text_costs_ceil_of_153_once_past_160(text: str) -> None:
    expected = 1 if len(text) <= 160 else math.ceil(len(text) / 153)
    assert segment_count(text) == expected
