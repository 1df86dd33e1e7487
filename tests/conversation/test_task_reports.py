"""Per-task replies, in English and Spanish: each task's own row beside the day's check-in."""

from decimal import Decimal

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select

from companion.conversation.tasks_reading import PlannedTask, read_tasks
from companion.extensions import db
from companion.models import CheckIn, Completion, Language, Patient, Task, TaskReport
from tests.builders import make_patient
from tests.conversation.talk import PHONE
from tests.sms import replies

PLAN = [
    PlannedTask("Floor-to-waist lift", 3),
    PlannedTask("Carry", 3),
    PlannedTask("Ladder climb", 2),
]


def say(client: FlaskClient, body: str) -> str:
    return " | ".join(replies(client, PHONE, body))


def patient_with_three_tasks(language: Language = Language.EN) -> Patient:
    patient = make_patient(first_name="Ana", phone=PHONE, language=language)
    program = patient.program
    assert program is not None
    program.tasks[0].load_lb = Decimal(20)
    program.tasks.append(Task(position=1, name="Carry", sets=3, reps=4, load_lb=Decimal(30)))
    program.tasks.append(Task(position=2, name="Ladder climb", sets=2, duration_min=5))
    db.session.commit()
    return patient


def reported() -> dict[str, str]:
    rows = db.session.scalars(select(TaskReport).order_by(TaskReport.id)).all()
    names = {t.id: t.name for t in db.session.scalars(select(Task))}
    return {names[r.task_id]: r.completion for r in rows}


def day() -> CheckIn:
    return db.session.scalars(select(CheckIn)).one()


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("did the lifts but not the ladder", {1: "done", 3: "skipped"}),
        ("all but the ladder", {1: "done", 2: "done", 3: "skipped"}),
        ("everything except 3", {1: "done", 2: "done", 3: "skipped"}),
        ("only the lifts", {1: "done", 2: "skipped", 3: "skipped"}),
        ("only did 2 sets of the carry", {2: "partial"}),
        ("did 1 and 3", {1: "done", 3: "done"}),
        ("skipped the carry", {2: "skipped"}),
        ("1 y 2 sí, el 3 no", {1: "done", 2: "done", 3: "skipped"}),
        ("hice las levantadas pero no la escalera", {1: "done", 3: "skipped"}),
        ("todo menos la escalera", {1: "done", 2: "done", 3: "skipped"}),
        ("no hice la carga", {2: "skipped"}),
        ("hice el 1 y el 2", {1: "done", 2: "done"}),
        # each task its own word, in one clause or several, in either language or both
        ("did the carry not the ladder", {2: "done", 3: "skipped"}),
        ("lifts yes, carry no", {1: "done", 2: "skipped"}),
        ("2 y 3 sí el 1 no", {1: "skipped", 2: "done", 3: "done"}),
        ("hice las cargas pero la escalera no porque llovió", {2: "done", 3: "skipped"}),
        ("no hice la escalera pero si las cargas", {2: "done", 3: "skipped"}),
        ("did the lifts and the carry, ladder tomorrow", {1: "done", 2: "done", 3: "skipped"}),
        # Naming no task, or numbers that are scores, doses or times, says nothing per task.
        ("done, pain 3, tired 4", {}),
        ("pain 3, 5", {}),
        ("did 2 sets", {}),
        ("did it all at 5pm", {}),
        ("ya terminé, dolor 2", {}),
    ],
)
def test_a_reply_is_read_task_by_task_by_name_or_number(
    reply: str, expected: dict[int, str]
) -> None:
    said = {m.index + 1: m.completion.value for m in read_tasks(reply, PLAN)}

    assert said == expected


def test_what_was_done_and_a_tasks_own_pain_are_kept_with_it() -> None:
    [lift, carry, ladder] = read_tasks("lifts 3x8 at 25 pain 4, carry done, ladder no", PLAN)

    assert (lift.sets, lift.reps, lift.load_lb, lift.pain) == (3, 8, Decimal(25), 4)
    assert (carry.completion, carry.pain) == (Completion.DONE, None)
    assert ladder.completion == Completion.SKIPPED


def test_lifts_but_not_the_ladder_records_each_task_and_a_day_partly_done(
    client: FlaskClient,
) -> None:
    patient_with_three_tasks()

    answer = say(client, "did the lifts but not the ladder")

    assert "Pain right now" in answer
    assert reported() == {"Floor-to-waist lift": "done", "Ladder climb": "skipped"}
    assert day().completion == Completion.PARTIAL
    assert all(r.checkin_id == day().id for r in db.session.scalars(select(TaskReport)))


def test_numbered_tasks_in_spanish_are_recorded_and_answered_in_spanish(
    client: FlaskClient,
) -> None:
    patient_with_three_tasks(Language.ES)

    answer = say(client, "1 y 2 sí, el 3 no")

    assert "dolor" in answer.lower()
    assert reported() == {"Floor-to-waist lift": "done", "Carry": "done", "Ladder climb": "skipped"}
    assert day().completion == Completion.PARTIAL


def test_spanglish_task_by_task_records_each_task_and_a_day_partly_done(
    client: FlaskClient,
) -> None:
    patient_with_three_tasks()

    say(client, "did the carry pero no la escalera, no tengo donde")

    assert reported() == {"Carry": "done", "Ladder climb": "skipped"}
    assert day().completion == Completion.PARTIAL


def test_two_sets_of_the_carry_is_the_carry_partly_done_with_its_sets(
    client: FlaskClient,
) -> None:
    patient_with_three_tasks()

    say(client, "only did 2 sets of the carry")

    row = db.session.scalars(select(TaskReport)).one()
    assert (row.completion, row.sets) == ("partial", 2)
    assert day().completion == Completion.PARTIAL


def test_all_tasks_done_by_number_is_a_day_done(client: FlaskClient) -> None:
    patient_with_three_tasks(Language.ES)

    say(client, "1, 2 y 3 listos")

    assert set(reported().values()) == {"done"}
    assert day().completion == Completion.DONE


def test_a_reply_naming_no_task_adds_no_task_rows(client: FlaskClient) -> None:
    patient_with_three_tasks()

    say(client, "done, back is like a 3, tired 4")

    assert reported() == {}
    assert (day().completion, day().pain, day().fatigue) == (Completion.DONE, 3, 4)


def test_a_task_named_in_passing_is_no_task_report(client: FlaskClient) -> None:
    patient_with_three_tasks()

    say(client, "my back hurts from carrying groceries, pain 5")

    assert reported() == {}
    assert (day().completion, day().pain) == (None, 5)
