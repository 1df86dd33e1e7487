"""Editing a programme from the dashboard: forms, errors by field, clinic isolation, audit."""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from companion.extensions import db
from companion.models import AuditEvent, Patient, Proposal, ProposalKind, ProposalStatus, Task
from tests.dashboard.conftest import make_clinic_with_data, post_form, sign_in
from tests.programs.builders import report

# Tuesday evening in Chicago, already Wednesday in UTC.
NOW = datetime(2026, 11, 25, 1, 30, tzinfo=UTC)
TODAY = date(2026, 11, 24)


def signed_in_clinic(client: FlaskClient) -> dict[str, Any]:
    mine = make_clinic_with_data("Ana", "+16175550111", "my knee is sore")
    sign_in(client, mine["therapist"].email)
    return mine


def lifting(patient: Patient, load: int = 20) -> Task:
    """Make the patient's first task a loaded lift that trains their job's lift demand."""
    task = patient.program.tasks[0]
    task.load_lb, task.job_demand_id = Decimal(load), patient.job_profile.demands[0].id  # type: ignore[union-attr]
    db.session.commit()
    return task


def actions(patient: Patient) -> list[str]:
    query = select(AuditEvent.action).where(AuditEvent.patient_id == patient.id)
    return list(db.session.scalars(query.order_by(AuditEvent.id)))


def dose(**values: object) -> dict[str, object]:
    return {"name": "Floor-to-waist lift", "sets": 3, "reps": 10, "load_lb": "", "duration_min": "",
            "instructions": "", **values}  # fmt: skip


def test_the_edit_page_shows_schedule_and_tasks_and_its_view_is_audited(
    client: FlaskClient,
) -> None:
    patient = signed_in_clinic(client)["patient"]

    body = client.get(f"/patients/{patient.id}/programme").get_data(as_text=True)

    for shown in ("Save schedule", "Save Floor-to-waist lift", "Add task", "Replace tasks",
                  "Warehouse: Wall push", 'value="08:00"', 'value="18:00"'):  # fmt: skip
        assert shown in body, shown
    assert "Sled push" not in body  # needs the clinic's sled: never home work
    assert "Remove Floor-to-waist lift" not in body, "the only task cannot be removed"
    assert actions(patient)[-1] == "patient.view.programme"
    patient_page = client.get(f"/patients/{patient.id}").get_data(as_text=True)
    assert f'href="/patients/{patient.id}/programme"' in patient_page


def test_a_changed_load_shows_as_home_training_never_as_tested_readiness(
    app: Flask, client: FlaskClient
) -> None:
    app.config["CLOCK"] = lambda: NOW
    patient = signed_in_clinic(client)["patient"]
    task = lifting(patient, 20)
    report(patient, TODAY - timedelta(days=3), pain=3)  # at 20 lb
    post_form(client, f"/patients/{patient.id}/tasks/{task.id}", **dose(load_lb="25"))
    db.session.execute(  # ...as if that change had been made two days ago
        Proposal.__table__.update().values(  # type: ignore[attr-defined]
            decided_at=NOW - timedelta(days=2), created_at=NOW - timedelta(days=2)
        )
    )
    db.session.commit()
    report(patient, TODAY - timedelta(days=1), pain=3)  # at 25 lb

    response = post_form(client, f"/patients/{patient.id}/tasks/{task.id}", **dose(load_lb="27.5"))

    assert response.status_code == 302  # type: ignore[attr-defined]
    body = client.get(response.location).get_data(as_text=True)  # type: ignore[attr-defined]
    for shown in ("Task saved.", "Floor-to-waist lift 3x10 @ 27.5 lb", "25 lb dosed at home",
                  "home dose 27.5 lb", "No overall readiness figure",
                  "not tested: floor-to-waist lift"):  # fmt: skip
        assert shown in body, shown
    assert "Return-to-work readiness" not in body and "projected" not in body
    caseload = client.get("/").get_data(as_text=True)
    assert "not tested: floor-to-waist lift" in caseload and "RTW" not in caseload
    changes = db.session.execute(select(Proposal.kind, Proposal.status).order_by(Proposal.id))
    assert [tuple(c) for c in changes] == [
        (ProposalKind.ADVANCE, ProposalStatus.SUPERSEDED),  # the rule's, on the old dose
        (ProposalKind.ADVANCE, ProposalStatus.APPROVED),
        (ProposalKind.ADVANCE, ProposalStatus.APPROVED),
    ]
    assert actions(patient).count("programme.task.edit") == 2


def test_an_invalid_dose_is_shown_by_its_field_and_nothing_is_written(
    client: FlaskClient,
) -> None:
    patient = signed_in_clinic(client)["patient"]
    task = lifting(patient, 20)

    out_of_range = post_form(client, f"/patients/{patient.id}/tasks/{task.id}",
                             **dose(reps="0", load_lb="30"))  # fmt: skip
    no_reps = post_form(client, f"/patients/{patient.id}/tasks/{task.id}",
                        **dose(reps="", load_lb="30"))  # fmt: skip

    assert out_of_range.status_code == no_reps.status_code == 422  # type: ignore[attr-defined]
    page = out_of_range.get_data(as_text=True)  # type: ignore[attr-defined]
    assert "<span>Reps</span>" in page.split("Number must be between 1 and 200.")[0][-400:]
    assert 'value="30"' in page, "what was typed is kept"
    assert "Give reps, minutes or feet." in no_reps.get_data(as_text=True)  # type: ignore[attr-defined]
    assert db.session.get_one(Task, task.id).describe() == "Floor-to-waist lift 3x10 @ 20 lb"
    assert set(db.session.scalars(select(Proposal.status))) == {ProposalStatus.PROPOSED}
    assert "programme.task.edit" not in actions(patient)


def test_the_schedule_is_changed_from_its_form_and_a_bad_one_is_refused(
    client: FlaskClient,
) -> None:
    patient = signed_in_clinic(client)["patient"]
    path = f"/patients/{patient.id}/programme"

    no_days = post_form(client, path, plan_time="08:00", reminder_time="18:00")
    backwards = post_form(client, path, days=["mon"], plan_time="18:00", reminder_time="08:00")
    saved = post_form(client, path, days=["mon", "thu"], plan_time="07:30", reminder_time="19:00")

    assert "Pick at least one day." in no_days.get_data(as_text=True)  # type: ignore[attr-defined]
    assert "The reminder comes after the plan text." in backwards.get_data(as_text=True)  # type: ignore[attr-defined]
    assert (no_days.status_code, backwards.status_code, saved.status_code) == (422, 422, 302)  # type: ignore[attr-defined]
    program = db.session.get_one(Patient, patient.id).program
    assert (program.days, program.plan_time.strftime("%H:%M")) == (["mon", "thu"], "07:30")
    assert actions(patient).count("programme.schedule") == 1


def test_tasks_are_added_from_the_library_removed_and_replaced_by_a_template(
    client: FlaskClient,
) -> None:
    patient = signed_in_clinic(client)["patient"]
    first = patient.program.tasks[0].id

    post_form(client, f"/patients/{patient.id}/tasks", task="health care:3")
    post_form(client, f"/patients/{patient.id}/tasks/{first}/remove")
    page = client.get(f"/patients/{patient.id}").get_data(as_text=True)
    [walk] = db.session.get_one(Patient, patient.id).program.tasks
    last = post_form(client, f"/patients/{patient.id}/tasks/{walk.id}/remove")
    post_form(client, f"/patients/{patient.id}/programme/template", industry="manufacturing")

    assert "Brisk walk 20 min" in page and "Floor-to-waist lift 3x10" not in page
    assert last.status_code == 422  # type: ignore[attr-defined]
    assert "A programme needs at least one task" in last.get_data(as_text=True)  # type: ignore[attr-defined]
    program = db.session.get_one(Patient, patient.id).program
    assert [t.name for t in program.tasks] == [
        "Waist-to-shoulder lift", "Standing work simulation", "Overhead reach",
    ]  # fmt: skip
    assert len(program.all_tasks) == 5, "removed tasks stay for their history"
    changes = [a for a in actions(patient) if a.startswith("programme.")]
    assert changes == ["programme.task.add", "programme.task.remove", "programme.template"]


def test_another_clinics_task_under_my_own_patient_is_404(client: FlaskClient) -> None:
    theirs = make_clinic_with_data("Zebulon", "+16125550999", "numb foot since friday")
    mine = signed_in_clinic(client)
    their_task = theirs["patient"].program.tasks[0]
    mine_id = mine["patient"].id

    edit = post_form(client, f"/patients/{mine_id}/tasks/{their_task.id}", **dose(load_lb="90"))
    remove = post_form(client, f"/patients/{mine_id}/tasks/{their_task.id}/remove")

    assert (edit.status_code, remove.status_code) == (404, 404)  # type: ignore[attr-defined]
    task = db.session.get_one(Task, their_task.id)
    assert (task.load_lb, task.removed_at) == (None, None)
    assert set(db.session.scalars(select(Proposal.status))) == {ProposalStatus.PROPOSED}


def test_a_template_starting_above_the_home_dose_cap_is_refused_at_its_field(
    client: FlaskClient,
) -> None:
    from tests.builders import make_therapist
    from tests.capacity.builders import laborer, measured

    patient = laborer(therapist=make_therapist(password="correct-horse-battery"))
    measured(patient, "Floor-to-waist lift", 45)  # cap 36 lb; the template starts at 40 lb
    sign_in(client, patient.therapist.email)
    before = [t.id for t in patient.program.tasks]  # type: ignore[union-attr]

    response = post_form(client, f"/patients/{patient.id}/programme/template",
                         industry="construction")  # fmt: skip
    library = post_form(client, f"/patients/{patient.id}/tasks", task="construction:0")

    for refused in (response, library):
        assert refused.status_code == 422  # type: ignore[attr-defined]
        page = refused.get_data(as_text=True)  # type: ignore[attr-defined]
        assert (
            '<span class="error">Floor-to-waist lift starts at 40 lb. Above 80 % of the latest '
            "tested safe load (45 lb, epic lift on 2026-11-02): at most 36 lb at home."
        ) in page
    db.session.expire_all()
    assert [t.id for t in db.session.get_one(Patient, patient.id).program.tasks] == before
