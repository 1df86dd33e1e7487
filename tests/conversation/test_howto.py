"""A task's short instructions texted on request, in the patient's language (conversation/howto)."""

from flask.testing import FlaskClient
from sqlalchemy import select

from companion.extensions import db
from companion.models import Alert, Patient, Task
from companion.programs.spanish import GLOSSARY
from tests.builders import make_patient
from tests.conversation.talk import PHONE
from tests.sms import replies


def say(client: FlaskClient, body: str) -> str:
    return " | ".join(replies(client, PHONE, body))


def patient_with_tasks(language: str) -> Patient:
    patient = make_patient(first_name="Ana", phone=PHONE, language=language)
    program = patient.program
    assert program is not None
    program.tasks[0].name_es = "Levantamiento del piso a la cintura"
    program.tasks[0].instructions = GLOSSARY["Floor-to-waist lift"][1]
    program.tasks[0].instructions_es = GLOSSARY["Floor-to-waist lift"][2]
    program.tasks.append(Task(name="Tire change", reps=4, position=1))
    db.session.commit()
    return patient


def test_how_do_i_do_number_one_texts_its_instructions(client: FlaskClient) -> None:
    patient_with_tasks("en")

    answer = say(client, "how do I do #1?")

    assert answer == (
        "1) Floor-to-waist lift: Bend at hips and knees, keep the load close, no twisting."
    )


def test_como_hago_el_1_texts_the_spanish_instructions(client: FlaskClient) -> None:
    patient_with_tasks("es")

    answer = say(client, "¿cómo hago el 1?")

    assert answer == (
        "1) Levantamiento del piso a la cintura: Dobla cadera y rodillas, la carga pegada al "
        "cuerpo, sin torcerte."
    )


def test_a_task_asked_about_by_name_is_found(client: FlaskClient) -> None:
    patient_with_tasks("en")

    assert say(client, "how should I do the floor-to-waist lift?").startswith(
        "1) Floor-to-waist lift: Bend"
    )


def test_a_task_without_instructions_goes_to_the_therapist(client: FlaskClient) -> None:
    patient_with_tasks("es")

    answer = say(client, "como hago la 2")

    # In GSM-7: é stays, ú and í are spelled plainly.
    assert answer == (
        "Ana, aun no tengo instrucciones para 2) Tire change, asi que le pregunté a tu terapeuta."
    )
    [alert] = db.session.scalars(select(Alert)).all()
    assert alert.kind == "question" and alert.evidence == {"text": "como hago la 2"}


def test_a_number_beyond_the_plan_asks_which_task(client: FlaskClient) -> None:
    patient_with_tasks("en")

    assert say(client, "how do I do number 7") == (
        'Ana, you have 2 tasks today. Ask by number, like "how do I do 1?"'
    )


def test_a_dose_or_a_score_is_not_a_task_number(client: FlaskClient) -> None:
    patient_with_tasks("en")

    answer = say(client, "how do I do 3x10 at 20 lb if my back is sore")

    assert "Floor-to-waist lift:" not in answer and "you have 2 tasks" not in answer
