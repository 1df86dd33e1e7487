"""What no value a client sends may carry into the database: the one rule the API's schemas
and the dashboard's forms both apply, so a hostile value is a 4xx naming its field, never a
500 from the database driver."""

import re
from decimal import Decimal
from typing import Any

from companion.urls import MAX_ID

# Every control character but the tab and line breaks a person types (NUL above all, which
# PostgreSQL refuses), and unpaired UTF-16 surrogates, which psycopg and sqlite3 cannot even
# encode.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
CONTROL = "Must not contain control characters."
SURROGATE = "Must be valid text (it holds an unpaired UTF-16 surrogate)."
# PostgreSQL's integer: ids and every whole number we store fit in it.
LARGEST = MAX_ID
TOO_LARGE = f"Must be between -{LARGEST} and {LARGEST}."
NOT_FINITE = "Must be a finite number."


def text_problem(text: str) -> str | None:
    """Why `text` cannot be stored as a person's words, or None if it can."""
    if _SURROGATE.search(text):
        return SURROGATE
    if _CONTROL.search(text):
        return CONTROL
    return None


def value_problem(value: Any) -> str | None:
    """Why a form or JSON value cannot be stored, or None: text as above, whole numbers within
    the integer column's range, decimals finite (Decimal NaN makes comparisons raise)."""
    if isinstance(value, str):
        return text_problem(value)
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return TOO_LARGE if abs(value) > LARGEST else None
    if isinstance(value, Decimal):
        return None if value.is_finite() else NOT_FINITE
    if isinstance(value, list | tuple):
        return next((p for p in map(value_problem, value) if p), None)
    return None
