"""Home doses stay at or below the clinic-set share of the latest tested safe load."""

from decimal import Decimal

import pytest

from companion.capacity.dose_cap import home_limit
from companion.extensions import db
from companion.models import Patient, Proposal, ProposalKind, ProposalStatus, Task
from companion.programs.editing import ProgrammeError, TaskEdit, edit_task
from companion.programs.proposals import ProposalClosed, approve_proposal
from tests.capacity.builders import START, at, laborer, measured


def lift_task(patient: Patient) -> Task:
    return next(t for t in patient.program.tasks if t.name == "Floor-to-waist lift")  # type: ignore[union-attr]


def edit(patient: Patient, task: Task, load: str) -> Task:
    change = TaskEdit(task.sets, task.reps, Decimal(load), None, None)
    return edit_task(patient.therapist, patient, task, change, at(START))


def test_the_cap_is_80_percent_of_the_latest_tested_load_by_default(app: object) -> None:
    patient = laborer()
    measured(patient, "Floor-to-waist lift", 50)

    limit = home_limit(patient, lift_task(patient))

    assert limit is not None and limit[0] == Decimal("40.0")


def test_an_edit_above_the_cap_is_refused_with_the_reason(app: object) -> None:
    patient = laborer()
    measured(patient, "Floor-to-waist lift", 50)
    task = lift_task(patient)

    with pytest.raises(ProgrammeError) as refused:
        edit(patient, task, "42.5")

    assert refused.value.field == "load_lb"
    assert str(refused.value) == (
        "Above 80 % of the latest tested safe load (50 lb, epic lift on 2026-11-02): "
        "at most 40 lb at home."
    )
    db.session.refresh(task)
    assert task.load_lb == Decimal(40)  # the template's starting dose, unchanged


def test_an_edit_at_the_cap_is_accepted(app: object) -> None:
    patient = laborer()
    measured(patient, "Floor-to-waist lift", 50)

    assert edit(patient, lift_task(patient), "40").load_lb == Decimal(40)


def test_the_clinic_sets_its_own_fraction(app: object) -> None:
    patient = laborer()
    patient.clinic.home_dose_fraction = Decimal("0.60")  # type: ignore[attr-defined]
    db.session.commit()
    measured(patient, "Floor-to-waist lift", 50)

    with pytest.raises(ProgrammeError, match="Above 60 %.*at most 30 lb"):
        edit(patient, lift_task(patient), "32.5")


def test_a_proposal_above_a_newer_lower_test_cannot_be_approved(app: object) -> None:
    patient = laborer()
    task = lift_task(patient)
    proposal = Proposal(
        patient_id=patient.id, task_id=task.id, kind=ProposalKind.ADVANCE,
        status=ProposalStatus.PROPOSED, current_reps=task.reps, current_load_lb=task.load_lb,
        proposed_reps=task.reps, proposed_load_lb=Decimal("42.5"), reason={},
        created_at=at(START),
    )  # fmt: skip
    db.session.add(proposal)
    db.session.commit()
    measured(patient, "Floor-to-waist lift", 50)

    with pytest.raises(ProposalClosed, match="at most 40 lb at home"):
        approve_proposal(patient.therapist, proposal.id, at(START))
    assert db.session.get_one(Task, task.id).load_lb == Decimal(40)


def test_without_a_test_no_cap_applies(app: object) -> None:
    patient = laborer()

    assert home_limit(patient, lift_task(patient)) is None
    assert edit(patient, lift_task(patient), "45").load_lb == Decimal(45)
