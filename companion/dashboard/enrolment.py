"""Enrolment from the dashboard: the form's choices and template rows, and the enrol use case."""

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

from werkzeug.datastructures import MultiDict
from wtforms import SelectChoice

from companion.dashboard.enrol_forms import EnrolForm
from companion.dashboard.function_forms import enrolment_function, function_initial, refill_psfs
from companion.models import ConsentMethod, JobDemandProfile, Patient, Therapist
from companion.patients import enroll_patient
from companion.programs.profiles import clinic_profiles
from companion.programs.spanish import translated
from companion.programs.templates import ProgrammeTemplate, template_or_general

TASK_FIELDS = ("name", "sets", "reps", "load_lb", "duration_min", "distance_ft")
ROW_FIELDS = (*TASK_FIELDS, "name_es")


def _number(raw: str | None) -> int:
    return int(raw) if raw and raw.isdigit() else 0


def _rows(template: ProgrammeTemplate, profile: JobDemandProfile | None) -> list[dict[str, Any]]:
    demands = {d.name.lower(): d.id for d in profile.demands} if profile else {}
    return [
        {
            **{f: getattr(task, f) for f in TASK_FIELDS},
            "name_es": translated({"name": task.name})["name_es"],
            "job_demand_id": demands.get((task.trains or "").lower(), 0),
        }
        for task in template.tasks
        if not task.clinic_only  # clinic equipment: never a home task
    ]


def enrolment_form(
    therapist: Therapist, args: Mapping[str, str], load: bool = False
) -> tuple[EnrolForm, str]:
    """The form (bound to the posted data, if any) and the template it starts from.

    `job_profile_id` and `template` in `args` choose the starting rows; a profile of
    another clinic is treated as no profile. With `load`, the posted task rows give way to
    the template's and everything else typed (the patient, the schedule, consent) stays.
    """
    profiles = clinic_profiles(therapist)
    by_id = {p.id: p for p in profiles}
    profile = by_id.get(_number(args.get("job_profile_id")))
    industry = args.get("template") or (profile.industry if profile else None)
    template = template_or_general(industry)
    rows = _rows(template, profile)
    initial = {
        "job_profile_id": profile.id if profile else 0,
        "timezone": therapist.clinic.timezone,
        "tasks": rows,
        **function_initial(profile),
    }
    form = EnrolForm(data=initial)
    form.job_profile_id.choices = [SelectChoice("0", "No job profile")] + [
        SelectChoice(str(p.id), f"{p.job_title} ({p.industry or 'other'})") for p in profiles
    ]
    chosen = by_id.get(form.job_profile_id.data or 0)
    demand_choices = [SelectChoice("0", "–")] + [
        SelectChoice(str(d.id), f"{d.name} {Decimal(d.target).normalize():f} {d.unit}")
        for d in (chosen.demands if chosen else [])
    ]
    if load:
        _replace_rows(form, rows)
        refill_psfs(form.psfs_activities, chosen)
    for row in form.tasks:
        row.form.job_demand_id.choices = demand_choices
    return form, template.industry


def _replace_rows(form: EnrolForm, rows: list[dict[str, Any]]) -> None:
    """The template's rows in place of the typed ones, the spare rows blank."""
    while len(form.tasks) < min(len(rows), form.tasks.max_entries or len(rows)):
        form.tasks.append_entry()
    for n, row in enumerate(form.tasks):
        # Empty form data, not None: WTForms keeps a field's posted raw value when given none,
        # and a number field shows that raw value over its new data.
        row.form.process(MultiDict(), data=rows[n] if n < len(rows) else {})


def enrol_from_form(therapist: Therapist, form: EnrolForm, now: datetime) -> Patient:
    """Enrol the patient the form describes; raises EnrolmentError (e.g. phone taken)."""
    profile = next(
        (p for p in clinic_profiles(therapist) if p.id == form.job_profile_id.data), None
    )
    demand_ids = {d.id for d in profile.demands} if profile else set()
    tasks = [
        {
            **{f: row.form[f].data for f in ROW_FIELDS},
            "instructions": None,
            "load_lb": None if row.form.load_lb.data is None else Decimal(row.form.load_lb.data),
            "job_demand_id": row.form.job_demand_id.data
            if row.form.job_demand_id.data in demand_ids
            else None,
        }
        for row in form.tasks
        if row.form.name.data
    ]
    data = {
        "first_name": form.first_name.data,
        "last_initial": form.last_initial.data or None,
        "phone": form.phone.data,
        "timezone": form.timezone.data,
        "language": form.language.data,
        "therapist_id": None,
        "job_profile_id": profile.id if profile else None,
        "program": {
            "kind": form.kind.data,
            "days": form.days.data,
            "plan_time": form.plan_time.data,
            "reminder_time": form.reminder_time.data,
            "start_date": None,
            "end_date": None,
            "tasks": tasks,
        },
        **enrolment_function(form),
    }
    return enroll_patient(therapist, data, now, ConsentMethod(form.consent_method.data))
