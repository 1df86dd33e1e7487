"""Editing a programme after enrolment: its schedule, a task's dose, tasks from the templates.

Each change is one transaction with its audit row, and nothing is deleted: a removed task
stays in the table with the day it left, so readiness still reads what was done with it.
A dose changed by hand is recorded as a proposal the therapist approved, exactly like a
progression they clicked: readiness reads the dose each past day had, progression counts
sessions afresh from the change, and the patient is texted the new dose before the next plan.
"""

from dataclasses import dataclass, replace
from datetime import datetime, time
from decimal import Decimal

from sqlalchemy import select

from companion import audit
from companion.capacity.dose_cap import check_home_load
from companion.capacity.records import CapacityError
from companion.extensions import db
from companion.models import (
    Patient,
    Program,
    Proposal,
    ProposalKind,
    ProposalStatus,
    Task,
    Therapist,
)
from companion.programs.dose import Dose
from companion.programs.proposals import tell_patient
from companion.programs.spanish import INSTRUCTIONS_ES
from companion.programs.templates import TEMPLATES, TaskSpec, tasks_for

THERAPIST_EDIT = "therapist_edit"


class ProgrammeError(ValueError):
    """A change that cannot be made as asked; names the field to correct. Nothing was changed."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class TaskEdit:
    """A task's new dose and instructions; a new `name` (None keeps it) and distance."""

    sets: int | None
    reps: int | None
    load_lb: Decimal | None
    duration_min: int | None
    instructions: str | None
    name: str | None = None
    distance_ft: int | None = None
    # None: unchanged (the form did not ask); "": as in English.
    name_es: str | None = None
    instructions_es: str | None = None


def current_task(patient: Patient, task_id: int) -> Task | None:
    """A task in the patient's current programme (the caller has checked the clinic)."""
    program = patient.program
    return next((t for t in program.tasks if t.id == task_id), None) if program else None


def library() -> list[tuple[str, TaskSpec]]:
    """Every home task of every industry template, keyed 'industry:n', for picking one to add
    (clinic-only tasks are not home work)."""
    return [
        (f"{t.industry}:{n}", spec)
        for t in TEMPLATES.values()
        for n, spec in enumerate(t.tasks)
        if not spec.clinic_only
    ]


def change_schedule(
    therapist: Therapist,
    patient: Patient,
    days: list[str],
    plan_time: time,
    reminder_time: time,
    now: datetime,
) -> Program:
    """Set the programme days and the times of the plan and reminder texts."""
    program = _program(patient)
    if reminder_time <= plan_time:
        raise ProgrammeError("reminder_time", "The reminder comes after the plan text.")
    program.days, program.plan_time, program.reminder_time = days, plan_time, reminder_time
    audit.record(
        therapist,
        "programme.schedule",
        now,
        patient.id,
        days=program.days,
        plan_time=plan_time.strftime("%H:%M"),
        reminder_time=reminder_time.strftime("%H:%M"),
    )
    db.session.commit()
    return program


Measures = tuple[Decimal | int | None, ...]


def _direction(before: Measures, after: Measures) -> ProposalKind:
    """Up or down by the first measure that moved, in the order progression moves them."""
    for old, new in zip(before, after, strict=True):
        if Decimal(old or 0) != Decimal(new or 0):
            up = Decimal(new or 0) > Decimal(old or 0)
            return ProposalKind.ADVANCE if up else ProposalKind.EASE
    return ProposalKind.HOLD


def edit_spanish(task: Task, edit: TaskEdit, instructions_before: str | None) -> None:
    """The Spanish name and instructions as edited; new English instructions that nobody put
    in Spanish take the glossary's Spanish, else none (the English is sent)."""
    if edit.name_es is not None:
        task.name_es = edit.name_es.strip() or None
    if edit.instructions_es is not None:
        task.instructions_es = edit.instructions_es.strip() or None
    elif task.instructions != instructions_before:
        task.instructions_es = INSTRUCTIONS_ES.get(task.instructions or "")


def edit_task(
    therapist: Therapist, patient: Patient, task: Task, edit: TaskEdit, now: datetime
) -> Task:
    """Change a task's dose, name, distance and instructions; a new dose counts as approved
    and is texted. The name and distance show in the next plan (a distance has no proposal)."""
    if not (edit.reps or edit.duration_min or edit.distance_ft):
        raise ProgrammeError("reps", "Give reps, minutes or feet.")
    name = (edit.name or "").strip() or task.name
    load = edit.load_lb or None  # 0 lb is an unloaded task
    try:
        check_home_load(patient, task, load)
    except CapacityError as error:
        raise ProgrammeError(error.field, str(error)) from None
    before, after = Dose.of_task(task), Dose(edit.reps, load, edit.duration_min)
    order = ("load_lb", "duration_min", "reps")
    kind = _direction(
        tuple(getattr(before, f) for f in order) + (task.sets,),
        tuple(getattr(after, f) for f in order) + (edit.sets,),
    )
    was = task.describe()
    instructions_before = task.instructions
    task.instructions = (edit.instructions or "").strip() or None
    task.name, task.distance_ft = name, edit.distance_ft
    edit_spanish(task, edit, instructions_before)
    if kind != ProposalKind.HOLD:
        _supersede_pending([task], now)
        task.sets = edit.sets
        after.apply_to(task)
        proposal = Proposal(
            patient_id=patient.id, task_id=task.id, kind=kind, status=ProposalStatus.APPROVED,
            current_reps=before.reps, current_load_lb=before.load_lb,
            current_duration_min=before.duration_min, proposed_reps=after.reps,
            proposed_load_lb=after.load_lb, proposed_duration_min=after.duration_min,
            reason={"rule": THERAPIST_EDIT}, created_at=now, decided_by_id=therapist.id,
            decided_at=now,
        )  # fmt: skip
        db.session.add(proposal)
        db.session.flush()
        tell_patient(proposal, now)
    audit.record(
        therapist, "programme.task.edit", now, patient.id, task_id=task.id, before=was,
        after=task.describe(), instructions=task.instructions is not None,
    )  # fmt: skip
    db.session.commit()
    return task


def add_task(therapist: Therapist, patient: Patient, key: str, now: datetime) -> Task:
    """Add a task from the template library at its starting dose, linked to the demand it trains."""
    spec = dict(library()).get(key)
    if spec is None:
        raise ProgrammeError("task", "Pick a task from the library.")
    program = _program(patient)
    [task] = tasks_for([spec], patient.job_profile)
    starts_within_cap(patient, [task], "task")
    _place(program, [task], now)
    audit.record(
        therapist, "programme.task.add", now, patient.id, task_id=task.id, task=task.describe()
    )
    db.session.commit()
    return task


def add_custom_task(
    therapist: Therapist,
    patient: Patient,
    spec: TaskSpec,
    job_demand_id: int | None,
    now: datetime,
) -> Task:
    """Add a task of the therapist's own (not in the library), training one of the job's
    demands or none; it shows in the next plan."""
    program = _program(patient)
    if not spec.name.strip():
        raise ProgrammeError("name", "Give the task a name.")
    if not (spec.reps or spec.duration_min or spec.distance_ft):
        raise ProgrammeError("name", "Give reps, minutes or feet.")
    demands = {d.id: d for d in patient.job_profile.demands} if patient.job_profile else {}
    if job_demand_id and job_demand_id not in demands:
        raise ProgrammeError("job_demand_id", "Pick one of the job's demands.")
    [task] = tasks_for([replace(spec, name=spec.name.strip(), trains=None)], None)
    task.job_demand = demands.get(job_demand_id or 0)
    starts_within_cap(patient, [task], "load_lb")
    _place(program, [task], now)
    audit.record(
        therapist, "programme.task.add", now, patient.id, task_id=task.id, task=task.describe(),
        custom=True,
    )  # fmt: skip
    db.session.commit()
    return task


def remove_task(therapist: Therapist, patient: Patient, task: Task, now: datetime) -> None:
    """Take a task out of the programme; its history (and proposals) stay."""
    if len(_program(patient).tasks) <= 1:
        raise ProgrammeError("task", "A programme needs at least one task: add another first.")
    _supersede_pending([task], now)
    task.removed_at = now
    audit.record(
        therapist, "programme.task.remove", now, patient.id, task_id=task.id, task=task.name
    )
    db.session.commit()


def apply_template(therapist: Therapist, patient: Patient, industry: str, now: datetime) -> None:
    """Replace the programme's tasks with an industry template's, at its starting doses."""
    template = TEMPLATES.get(industry)
    if template is None:
        raise ProgrammeError("industry", "Pick one of the templates.")
    program = _program(patient)
    tasks = tasks_for(template.tasks, patient.job_profile)
    starts_within_cap(patient, tasks, "industry")  # before anything is written
    current = list(program.tasks)
    _supersede_pending(current, now)
    for task in current:
        task.removed_at = now
    _place(program, tasks, now)
    audit.record(
        therapist, "programme.template", now, patient.id, industry=industry,
        removed=[t.id for t in current], added=[t.id for t in tasks],
    )  # fmt: skip
    db.session.commit()


def starts_within_cap(patient: Patient, tasks: list[Task], field: str) -> None:
    """A task first added starts inside the home-dose cap (dose_cap), as a proposal or an edit
    must: one whose starting load is above it is refused, naming the task and the reason."""
    for task in tasks:
        try:
            check_home_load(patient, task, task.load_lb)
        except CapacityError as error:
            load = Decimal(task.load_lb or 0).normalize()
            raise ProgrammeError(field, f"{task.name} starts at {load:f} lb. {error}") from None


def _program(patient: Patient) -> Program:
    if patient.program is None:
        raise ProgrammeError("programme", "The patient has no programme.")
    return patient.program


def _place(program: Program, tasks: list[Task], now: datetime) -> None:
    """Add new tasks after every task the programme ever had (positions stay unique)."""
    last = max((t.position for t in program.all_tasks), default=-1)
    for n, task in enumerate(tasks, start=last + 1):
        task.program_id, task.position, task.added_at = program.id, n, now
        db.session.add(task)
    db.session.flush()


def _supersede_pending(tasks: list[Task], now: datetime) -> None:
    """Pending proposals rest on the old dose: withdraw them."""
    if not tasks:
        return
    for proposal in db.session.scalars(
        select(Proposal).where(
            Proposal.task_id.in_([t.id for t in tasks]), Proposal.status == ProposalStatus.PROPOSED
        )
    ):
        proposal.supersede(now)
