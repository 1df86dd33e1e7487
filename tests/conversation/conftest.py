"""The patients the conversation tests text as: Ana in English, Rosa in Spanish, on the
shared test phone (a module that needs them otherwise defines its own)."""

import pytest
from flask import Flask

from companion.models import Patient
from tests.builders import make_patient
from tests.conversation.talk import PHONE


@pytest.fixture
def ana(app: Flask) -> Patient:
    return make_patient(first_name="Ana", phone=PHONE)


@pytest.fixture
def rosa(app: Flask) -> Patient:
    return make_patient(first_name="Rosa", phone=PHONE, language="es")
