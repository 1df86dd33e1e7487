"""Task names per language: every template task and every typed task reaches a Spanish-speaking
patient in Spanish (companion/programs/spanish.py and the texts that name tasks)."""

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select

from companion.extensions import db
from companion.models import Message, Patient, Proposal, ProposalKind
from companion.planning import plan_due
from companion.programs.proposals import tell_patient
from companion.programs.spanish import GLOSSARY, translated
from companion.programs.templates import TEMPLATES, build_tasks
from messaging.segments import encoding
from tests.builders import make_therapist, make_token, patient_payload

TUESDAY_8AM = datetime(2026, 11, 24, 14, 0, tzinfo=UTC)  # 08:00 in Chicago
ENROLLED = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)


def enrol(
    client: FlaskClient, tasks: list[dict[str, Any]], language: str = "es", token: str = ""
) -> Patient:
    token = token or make_token(make_therapist())
    body = patient_payload(language=language)
    body["program"] = {**body["program"], "days": ["tue"], "tasks": tasks}
    response = client.post(
        "/api/v1/patients", json=body, headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 201, response.get_json()
    patient = db.session.get(Patient, response.get_json()["id"])
    assert patient is not None
    patient.programs[0].start_date = ENROLLED.date()
    db.session.commit()
    return patient


def plan_of(patient: Patient) -> str:
    plan_due(TUESDAY_8AM)
    return db.session.scalars(
        select(Message.body).where(Message.patient_id == patient.id, Message.purpose == "plan")
    ).one()


def test_every_template_task_has_a_spanish_name_and_instructions_in_both_languages() -> None:
    for template in TEMPLATES.values():
        for task in build_tasks(template, None):
            assert task.name_es and task.name_es != task.name, task.name
            assert task.instructions and task.instructions_es, task.name


def test_the_spanish_names_use_the_trades_words() -> None:
    names = {english: spanish for english, (spanish, _, _) in GLOSSARY.items()}

    assert names["Floor-to-waist lift"] == "Levantamiento del piso a la cintura"
    assert names["Sled push"] == "Empujar el trineo"
    assert names["Carry"].startswith("Cargar")


def test_a_typed_spanish_name_wins_and_an_empty_one_means_english() -> None:
    assert translated({"name": "Carry", "name_es": "Cargar cubetas"})["name_es"] == "Cargar cubetas"
    assert translated({"name": "Tire change", "name_es": " "})["name_es"] is None


def test_a_spanish_patients_plan_names_template_and_typed_tasks_in_spanish(
    client: FlaskClient,
) -> None:
    patient = enrol(
        client,
        [
            {"name": "Floor-to-waist lift", "sets": 3, "reps": 10, "load_lb": 20},
            {"name": "Bucket carry", "name_es": "Cargar la cubeta", "reps": 4, "load_lb": 25},
            {"name": "Sled push", "sets": 3, "reps": 5},
        ],
    )

    body = plan_of(patient)

    assert body == (
        "Hola Ana, hoy: 1) Levantamiento del piso a la cintura 3x10 @ 20 lb "
        "2) Cargar la cubeta x4 @ 25 lb 3) Empujar el trineo 3x5. Responde LISTO, ALGO o NO."
    )


def test_a_typed_task_without_a_spanish_name_keeps_its_english_name(client: FlaskClient) -> None:
    patient = enrol(client, [{"name": "Tire change", "reps": 4}])

    assert "1) Tire change x4" in plan_of(patient)


def test_an_english_patient_reads_the_english_names(client: FlaskClient) -> None:
    patient = enrol(client, [{"name": "Sled push", "sets": 3, "reps": 5}], language="en")

    assert "1) Sled push 3x5" in plan_of(patient)


def test_the_api_shows_both_names_and_the_instructions_of_a_known_task(
    client: FlaskClient,
) -> None:
    token = make_token(make_therapist())
    patient = enrol(client, [{"name": "Carry", "reps": 4, "distance_ft": 50}], token=token)

    response = client.get(
        f"/api/v1/patients/{patient.id}", headers={"Authorization": f"Bearer {token}"}
    )

    [task] = response.get_json()["program"]["tasks"]
    assert (task["name"], task["name_es"]) == ("Carry", "Cargar caminando")
    assert (task["instructions"], task["instructions_es"]) == GLOSSARY["Carry"][1:]


def test_an_approved_dose_is_told_with_the_spanish_name(client: FlaskClient) -> None:
    patient = enrol(client, [{"name": "Sled push", "sets": 3, "reps": 5, "load_lb": 40}])
    [task] = patient.program.tasks if patient.program else []
    proposal = Proposal(
        patient_id=patient.id, task_id=task.id, kind=ProposalKind.ADVANCE, current_reps=5,
        current_load_lb=Decimal(40), proposed_reps=5, proposed_load_lb=Decimal(45), reason={},
    )  # fmt: skip
    db.session.add(proposal)
    db.session.commit()

    tell_patient(proposal, TUESDAY_8AM)

    body = db.session.scalars(select(Message.body).where(Message.purpose == "progression")).one()
    assert "Empujar el trineo 3x5 @ 45 lb" in body
    assert encoding(body) == "GSM-7"


@pytest.mark.parametrize("english", sorted(GLOSSARY))
def test_each_spanish_name_and_instruction_texts_in_gsm7(english: str) -> None:
    from companion.texts import render

    spanish, _, instructions = GLOSSARY[english]

    assert encoding(render("howto", "es", task=f"1) {spanish}", instructions=instructions)) == (
        "GSM-7"
    )


def test_new_english_instructions_nobody_translated_drop_the_old_spanish(
    client: FlaskClient,
) -> None:
    from companion.programs.editing import TaskEdit, edit_task

    patient = enrol(client, [{"name": "Carry", "reps": 4, "distance_ft": 50}])
    [task] = patient.program.tasks if patient.program else []
    therapist = make_therapist(patient.clinic)
    assert task.instructions_es == GLOSSARY["Carry"][2]

    edit = TaskEdit(sets=None, reps=4, load_lb=None, duration_min=None, instructions="Use a box.")
    edit_task(therapist, patient, task, edit, TUESDAY_8AM)

    assert (task.instructions, task.instructions_es) == ("Use a box.", None)
    assert task.instructions_in("es") == "Use a box."  # the English rather than a stale Spanish
