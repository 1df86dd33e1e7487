"""Every text: two segments at most with worst-case values, and no health or claim details."""

import re
import string

import pytest

from companion.texts import TEMPLATES, plan_text, render
from messaging.segments import encoding, gsm_safe, segment_count

WORST = {
    "name": "María-Guadalupe Xochiquetzal Hernández",
    "clinic": "Centro de Rehabilitación Laboral del Noroeste y Medicina Ocupacional",
    "phone": "+13125550100",
    "count": 11,
    "tasks": "x",
    "pain": 10,
    "fatigue": 10,
    "value": "worse than yesterday",
    "scores": "pain 10, fatigue 10, worse than yesterday",
    "initials": "M.X.",
    "completion": "hecho en parte",
    "time": "12:45 pm",
    "task": "12) " + "Levantamiento del piso a la cintura con caja de herramientas y pala " * 2,
    "instructions": "Dobla cadera y rodillas, la carga pegada al cuerpo, sin torcerte. " * 5,
}
CASES = [(key, lang) for key, variants in TEMPLATES.items() for lang in variants]


def fields_of(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize(("key", "language"), CASES)
def test_every_template_fits_two_gsm7_segments_with_worst_case_values(
    key: str, language: str
) -> None:
    values = {f: WORST[f] for f in fields_of(TEMPLATES[key][language])}

    body = render(key, language, **values)

    assert encoding(body) == "GSM-7", body
    assert segment_count(body) <= 2, body


# Words that would disclose a condition, an employer or a claim in a patient's text.
FORBIDDEN = re.compile(
    r"\b(diagnos\w*|(?<!re-)injur\w*|lesi[oó]n|hernia\w*|fractur\w*|sprain|strain|surgery|cirug[ií]a|"
    r"disc|disco|sciatica|tendon\w*|claim|reclamo|employer|empleador|workers'? comp\w*|"
    r"insur\w*|seguro|case number|surname|last_name|apellido)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize(("key", "language"), CASES)
def test_no_template_carries_a_diagnosis_employer_claim_or_surname(key: str, language: str) -> None:
    template = TEMPLATES[key][language]

    assert not FORBIDDEN.search(template), template
    assert fields_of(template) <= set(WORST), "only first name, clinic and numbers go in texts"


def test_a_long_plan_is_cut_to_two_segments_with_a_pointer_to_plan() -> None:
    tasks = [f"Floor-to-waist lift number {n} 3x10 @ 25 lb" for n in range(12)]

    body = plan_text(WORST["name"], "es", tasks, ask_trend=True)

    assert segment_count(gsm_safe(body)) <= 2
    assert "PLAN" in body and "1) Floor-to-waist lift number 0" in body


def test_gsm_safe_spelling_keeps_the_letters_gsm7_has() -> None:
    assert (
        gsm_safe("María, ¿cómo está tu niño? ¡Sí! Ünïcodé")
        == "Maria, ¿como esta tu niño? ¡Si! Ünicodé"
    )


def test_gsm_safe_spells_typographic_punctuation_out_in_full() -> None:
    assert gsm_safe("Wait… “slow” – it’s fine") == 'Wait... "slow" - it\'s fine'
