"""Words that look like scores and are not, on new wordings: Spanish "uno" as the pronoun
"one", "one more" of a count, a joint's noise said not to hurt; "nomás" after a number."""

import pytest

from companion.conversation.interpret import interpret


@pytest.mark.parametrize(("text", "pain"), [
    ("uno se cansa con tanto ejercicio, dolor 3", 3),
    ("a uno le duele todo despues del turno", None),
    ("como cuando a uno le ponen una vacuna", None),
    ("cant handle this ache one more week", None),
    ("my shoulder clicks when i press but it doesnt hurt", None),
    ("el tobillo me truena al caminar, no duele", None),
    ("no me duele, ya los hice", 0),
    ("pain 4, one more set to go", 4),
])  # fmt: skip
def test_uno_the_pronoun_one_more_and_a_painless_joint_noise_give_no_pain_score(
    text: str, pain: int | None
) -> None:
    assert interpret(text, None, "es").pain == pain


@pytest.mark.parametrize(("text", "pain"), [("tres nomas", 3), ("seis namas hoy", 6), ("uno", 1)])
def test_a_number_with_nomas_answers_the_pain_question(text: str, pain: int) -> None:
    assert interpret(text, "pain", "es").pain == pain
