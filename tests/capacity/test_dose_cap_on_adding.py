"""A template task first added starts inside the home-dose cap, as a proposal or edit must:
from the library, as the therapist's own task, or with a whole template (dose_cap)."""

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from companion.extensions import db
from companion.models import AuditEvent, Patient, Task
from companion.programs.editing import ProgrammeError, add_custom_task, add_task, apply_template
from companion.programs.editing import library as task_library
from companion.programs.templates import TaskSpec
from tests.capacity.builders import START, at, demand, laborer, measured

# The construction template's floor-to-waist lift starts at 40 lb (programs/templates.py).
REFUSED = (
    "Floor-to-waist lift starts at 40 lb. Above 80 % of the latest tested safe load "
    "(45 lb, epic lift on 2026-11-02): at most 36 lb at home."
)


def library_key(industry: str, name: str) -> str:
    return next(k for k, spec in task_library() if k.startswith(industry) and spec.name == name)


def programme_of(patient: Patient) -> list[tuple[str, Decimal | None]]:
    db.session.expire_all()
    tasks = db.session.get_one(Patient, patient.id).program.tasks  # type: ignore[union-attr]
    return [(t.name, t.load_lb) for t in tasks]


def task_count() -> int:
    return db.session.scalar(select(func.count()).select_from(Task)) or 0


def audit_count() -> int:
    return db.session.scalar(select(func.count()).select_from(AuditEvent)) or 0


def test_a_library_task_starting_above_the_cap_is_refused_naming_the_task(app: object) -> None:
    patient = laborer()
    measured(patient, "Floor-to-waist lift", 45)
    before, tasks, audits = programme_of(patient), task_count(), audit_count()

    with pytest.raises(ProgrammeError) as refused:
        add_task(patient.therapist, patient, library_key("construction", "Floor-to-waist lift"),
                 at(START))  # fmt: skip

    assert (refused.value.field, str(refused.value)) == ("task", REFUSED)
    db.session.rollback()
    assert programme_of(patient) == before and task_count() == tasks and audit_count() == audits


def test_a_library_task_starting_at_or_under_the_cap_is_added(app: object) -> None:
    patient = laborer()
    measured(patient, "Floor-to-waist lift", 50)  # cap 40 lb: the 40 lb start is inside it

    task = add_task(patient.therapist, patient,
                    library_key("construction", "Floor-to-waist lift"), at(START))  # fmt: skip

    assert task.load_lb == Decimal(40) and task.job_demand is not None


def test_the_therapists_own_task_above_the_cap_is_refused_at_its_load(app: object) -> None:
    patient = laborer()
    measured(patient, "Floor-to-waist lift", 45)
    lift = demand(patient, "Floor-to-waist lift")
    spec = TaskSpec("Box lift", 3, 8, load_lb=37.5)

    with pytest.raises(ProgrammeError) as refused:
        add_custom_task(patient.therapist, patient, spec, lift.id, at(START))

    assert refused.value.field == "load_lb"
    assert str(refused.value).startswith("Box lift starts at 37.5 lb. Above 80 %")
    db.session.rollback()
    assert "Box lift" not in [name for name, _ in programme_of(patient)]


def test_a_template_whose_starting_dose_is_above_the_cap_changes_nothing(app: object) -> None:
    patient = laborer()
    measured(patient, "Floor-to-waist lift", 45)
    before, tasks = programme_of(patient), task_count()

    with pytest.raises(ProgrammeError) as refused:
        apply_template(patient.therapist, patient, "construction", at(START))

    assert (refused.value.field, str(refused.value)) == ("industry", REFUSED)
    db.session.rollback()
    assert programme_of(patient) == before and task_count() == tasks


def test_without_a_test_a_template_starts_at_its_own_doses(app: object) -> None:
    patient = laborer()

    apply_template(patient.therapist, patient, "construction", at(START))

    assert ("Floor-to-waist lift", Decimal(40)) in programme_of(patient)
