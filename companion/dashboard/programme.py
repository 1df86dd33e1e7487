"""Editing a patient's programme: schedule, doses, tasks from the template library, templates."""

from collections.abc import Callable
from typing import Any

from flask import abort, flash, redirect, render_template, url_for
from flask_wtf import FlaskForm

from companion.dashboard import bp
from companion.dashboard.forms import (
    AddTaskForm,
    CustomTaskForm,
    DoseForm,
    ScheduleForm,
    TemplateForm,
    attach_error,
)
from companion.extensions import db
from companion.models import Patient, Task, Therapist
from companion.patients import patient_for, view_patient
from companion.programs.editing import (
    ProgrammeError,
    TaskEdit,
    add_custom_task,
    add_task,
    apply_template,
    change_schedule,
    current_task,
    edit_task,
    library,
    remove_task,
)
from companion.programs.templates import TEMPLATES, TaskSpec
from companion.security import current_therapist
from messaging.db import utcnow

Change = Callable[[Therapist, Patient, Task | None], None]


def _page(patient_id: int, status: int = 200, **bound: Any) -> Any:
    """The edit page, with any form that failed still holding what was typed and its errors."""
    patient = view_patient(current_therapist(), patient_id, utcnow(), "programme")
    if patient is None or patient.program is None:
        abort(404)
    program = patient.program
    doses = {t.id: DoseForm(formdata=None, obj=t) for t in program.tasks}
    doses.update(bound.pop("doses", {}))
    add = bound.get("add") or AddTaskForm(formdata=None)
    add.task.choices = [
        (key, f"{key.split(':')[0].title()}: {spec.name}") for key, spec in library()
    ]
    template = bound.get("template") or TemplateForm(formdata=None)
    template.industry.choices = [(t.industry, t.title) for t in TEMPLATES.values()]
    schedule = bound.get("schedule") or ScheduleForm(formdata=None, obj=program)
    custom = bound.get("custom") or CustomTaskForm(formdata=None)
    demands = patient.job_profile.demands if patient.job_profile else []
    custom.job_demand_id.choices = [(0, "–")] + [(d.id, d.name) for d in demands]
    return render_template(
        "dashboard/programme.html", patient=patient, program=program, schedule=schedule,
        doses=doses, add=add, template=template, custom=custom,
        removable=len(program.tasks) > 1,
    ), status  # fmt: skip


def _submit(
    patient_id: int, form: FlaskForm, change: Change, saved: str, slot: str, task_id: int = 0
) -> Any:
    """Validate, make the change in the clinic's own patient, or show the page with the errors."""
    therapist = current_therapist()
    patient = patient_for(therapist, patient_id)
    task = current_task(patient, task_id) if patient and task_id else None
    if patient is None or (task_id and task is None):
        abort(404)
    if form.validate():
        try:
            change(therapist, patient, task)
        except ProgrammeError as error:
            db.session.rollback()
            attach_error(form, error.field, str(error))
        else:
            flash(saved)
            page = url_for("dashboard.show_patient", patient_id=patient_id)
            return redirect(f"{page}#programme")
    bound = {"doses": {task_id: form}} if slot == "doses" else {slot: form}
    return _page(patient_id, 422, **bound)


@bp.get("/patients/<id:patient_id>/programme")
def edit_programme(patient_id: int) -> Any:
    """Show the programme's schedule and tasks for editing."""
    return _page(patient_id)


@bp.post("/patients/<id:patient_id>/programme")
def save_schedule(patient_id: int) -> Any:
    """Change the programme days and the plan and reminder times."""
    form = ScheduleForm()

    def change(therapist: Therapist, patient: Patient, _: Task | None) -> None:
        data = form.data
        change_schedule(
            therapist, patient, data["days"], data["plan_time"], data["reminder_time"], utcnow()
        )

    return _submit(patient_id, form, change, "Schedule saved.", "schedule")


@bp.post("/patients/<id:patient_id>/tasks/<id:task_id>")
def save_task(patient_id: int, task_id: int) -> Any:
    """Change a task's dose and instructions; a new dose is texted to the patient."""
    form = DoseForm()

    def change(therapist: Therapist, patient: Patient, task: Task | None) -> None:
        edit = TaskEdit(**{f: form.data[f] for f in TaskEdit.__dataclass_fields__})
        assert task is not None  # _submit answered 404 otherwise
        edit_task(therapist, patient, task, edit, utcnow())

    return _submit(patient_id, form, change, "Task saved.", "doses", task_id)


@bp.post("/patients/<id:patient_id>/tasks/<id:task_id>/remove")
def drop_task(patient_id: int, task_id: int) -> Any:
    """Take a task out of the programme (its history stays)."""

    def change(therapist: Therapist, patient: Patient, task: Task | None) -> None:
        assert task is not None  # _submit answered 404 otherwise
        remove_task(therapist, patient, task, utcnow())

    return _submit(patient_id, AddTaskForm(), change, "Task removed.", "add", task_id)


@bp.post("/patients/<id:patient_id>/tasks")
def append_task(patient_id: int) -> Any:
    """Add a task from the industry template library at its starting dose."""
    form = AddTaskForm()

    def change(therapist: Therapist, patient: Patient, _: Task | None) -> None:
        add_task(therapist, patient, form.task.data or "", utcnow())

    return _submit(patient_id, form, change, "Task added.", "add")


@bp.post("/patients/<id:patient_id>/tasks/custom")
def append_custom_task(patient_id: int) -> Any:
    """Add a task of the therapist's own, with its dose; it shows in the next plan."""
    form = CustomTaskForm()

    def change(therapist: Therapist, patient: Patient, _: Task | None) -> None:
        data = form.data
        spec = TaskSpec(
            name=data["name"], sets=data["sets"], reps=data["reps"],
            load_lb=None if data["load_lb"] is None else float(data["load_lb"]),
            duration_min=data["duration_min"], distance_ft=data["distance_ft"],
            instructions=(data["instructions"] or "").strip() or None,
        )  # fmt: skip
        add_custom_task(therapist, patient, spec, data["job_demand_id"] or None, utcnow())

    return _submit(patient_id, form, change, "Task added.", "custom")


@bp.post("/patients/<id:patient_id>/programme/template")
def use_template(patient_id: int) -> Any:
    """Replace the programme's tasks with an industry template's."""
    form = TemplateForm()

    def change(therapist: Therapist, patient: Patient, _: Task | None) -> None:
        apply_template(therapist, patient, form.industry.data or "", utcnow())

    return _submit(patient_id, form, change, "Template applied.", "template")
