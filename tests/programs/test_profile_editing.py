"""Correcting a job demand profile (companion.programs.profiles.edit_profile)."""

from decimal import Decimal

import pytest
from flask import Flask
from sqlalchemy import select

from companion.extensions import db
from companion.models import AuditEvent, JobDemandProfile
from companion.programs.editing import ProgrammeError
from companion.programs.profiles import edit_profile
from tests.capacity.builders import measured
from tests.programs.builders import MONDAY, at, job_patient


def rows(profile: JobDemandProfile, **changes: object) -> dict[str, object]:
    demands = [
        {"id": d.id, "name": d.name, "target": d.target, "unit": d.unit, "frequency": d.frequency}
        for d in profile.demands
    ]
    level = profile.strength_level.value
    return {"job_title": profile.job_title, "industry": profile.industry,
            "strength_level": level, "demands": demands, **changes}  # fmt: skip


def test_a_demand_is_changed_one_added_and_one_dropped_training_nothing(app: Flask) -> None:
    patient = job_patient()
    profile, task = patient.job_profile, patient.program.tasks[0]
    lift = profile.demands[0]
    new = {"id": None, "name": "Carry", "target": 40, "unit": "lb", "frequency": "frequent"}

    edit_profile(patient.therapist, profile, rows(profile, demands=[new]), at(MONDAY, 20))

    db.session.expire_all()
    assert [(d.name, d.target) for d in profile.demands] == [("Carry", Decimal(40))]
    assert task.job_demand_id is None  # it trained the dropped lift
    audit = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "job_profile.edit"))
    assert [e.detail for e in audit] == [
        {"job_profile_id": profile.id, "kept": [], "added": [profile.demands[0].id],
         "removed": [lift.id]}
    ]  # fmt: skip


def test_a_target_changed_keeps_the_tasks_that_train_it(app: Flask) -> None:
    patient = job_patient(target=50)
    profile = patient.job_profile
    data = rows(profile)
    data["demands"][0]["target"] = 80  # type: ignore[index]

    edit_profile(patient.therapist, profile, data, at(MONDAY, 20))

    db.session.expire_all()
    assert profile.demands[0].target == Decimal(80)
    assert patient.program.tasks[0].job_demand_id == profile.demands[0].id


def test_a_title_the_clinic_uses_or_no_demand_at_all_is_refused(app: Flask) -> None:
    patient = job_patient()
    other = job_patient(therapist=patient.therapist).job_profile
    profile = patient.job_profile

    for changes, field in (
        ({"job_title": other.job_title}, "job_title"),
        ({"demands": []}, "demands"),
    ):
        with pytest.raises(ProgrammeError) as refused:
            edit_profile(patient.therapist, profile, rows(profile, **changes), at(MONDAY, 20))
        assert refused.value.field == field
    db.session.rollback()
    assert len(profile.demands) == 1


def test_an_edit_whose_stated_level_its_demands_contradict_is_refused_naming_the_demand(
    app: Flask,
) -> None:
    patient = job_patient()
    profile = patient.job_profile
    carry = {"id": None, "name": "Carry", "target": 60, "unit": "lb", "frequency": "frequent"}

    with pytest.raises(ProgrammeError, match="Carry 60 lb frequently makes this very heavy"):
        edit_profile(
            patient.therapist, profile,
            rows(profile, demands=[carry], strength_level="heavy"), at(MONDAY, 20),
        )  # fmt: skip


def test_a_demand_with_clinic_tests_on_record_cannot_be_removed(app: Flask) -> None:
    patient = job_patient()
    profile = patient.job_profile
    lift = profile.demands[0]
    measured(patient, lift.name, 30)
    carry = {"id": None, "name": "Carry", "target": 40, "unit": "lb", "frequency": "frequent"}

    with pytest.raises(ProgrammeError, match=f"{lift.name} has clinic tests on record"):
        edit_profile(patient.therapist, profile, rows(profile, demands=[carry]), at(MONDAY, 20))
