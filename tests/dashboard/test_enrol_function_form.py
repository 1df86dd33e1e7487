"""The enrol form's progression model and PSFS activities, as the server sees them."""

import re
from decimal import Decimal

from flask.testing import FlaskClient
from sqlalchemy import func, select

from companion.extensions import db
from companion.models import (
    DemandFrequency,
    JobDemand,
    JobDemandProfile,
    Patient,
    ProgressionModel,
    StrengthLevel,
    Therapist,
)
from tests.dashboard.conftest import post_form, sign_in
from tests.dashboard.test_enrol_form import enrolment


def patients() -> int:
    return db.session.scalar(select(func.count(Patient.id))) or 0


def warehouse_job(therapist: Therapist) -> JobDemandProfile:
    def demand(name: str, critical: bool) -> JobDemand:
        return JobDemand(
            name=name, target=Decimal(40), unit="lb", frequency=DemandFrequency.OCCASIONAL,
            critical=critical,
        )  # fmt: skip

    profile = JobDemandProfile(
        clinic_id=therapist.clinic_id, job_title="Picker", industry="warehouse",
        strength_level=StrengthLevel.HEAVY,
        demands=[demand("Floor-to-waist lift", True), demand("Sweeping", False),
                 demand("Carry 40 lb", True), demand("Ladder climb", True)],
    )  # fmt: skip
    db.session.add(profile)
    db.session.commit()
    return profile


def test_no_progression_or_psfs_field_is_required_by_the_browser(
    client: FlaskClient, therapist: Therapist
) -> None:
    sign_in(client, therapist.email)
    page = client.get("/patients/new").get_data(as_text=True)

    inputs = re.findall(r'<(?:input|select)[^>]*name="(?:progression-|psfs_activities)[^>]*>', page)

    assert len(inputs) == 4 + 5
    assert not [tag for tag in inputs if "required" in tag]


def test_the_psfs_activities_start_as_the_jobs_critical_demands(
    client: FlaskClient, therapist: Therapist
) -> None:
    job = warehouse_job(therapist)
    sign_in(client, therapist.email)

    page = client.get(f"/patients/new?job_profile_id={job.id}").get_data(as_text=True)

    values = re.findall(r'<input[^>]*name="psfs_activities-\d"[^>]*value="([^"]*)"', page)
    assert values == ["Floor-to-waist lift", "Carry 40 lb", "Ladder climb", "", ""]


def test_graded_activity_and_three_activities_are_enrolled(
    client: FlaskClient, therapist: Therapist
) -> None:
    sign_in(client, therapist.email)
    form = enrolment(
        **{"progression-model": "graded_activity", "progression-pain_ceiling": "6",
           "progression-quota_interval_days": "5", "psfs_activities-0": "Lifting boxes",
           "psfs_activities-1": "", "psfs_activities-2": "Climbing the ladder",
           "psfs_activities-3": " ", "psfs_activities-4": "Driving"}
    )  # fmt: skip

    response = post_form(client, "/patients/new", **form)

    assert response.status_code == 302  # type: ignore[attr-defined]
    rosa = db.session.scalars(select(Patient)).one()
    assert (rosa.progression_model, rosa.pain_ceiling, rosa.quota_interval_days) == (
        ProgressionModel.GRADED_ACTIVITY,
        6,
        5,
    )
    assert rosa.psfs_activities == ["Lifting boxes", "Climbing the ladder", "Driving"]


def test_a_form_without_the_new_fields_enrols_pain_monitored_with_the_default_activities(
    client: FlaskClient, therapist: Therapist
) -> None:
    sign_in(client, therapist.email)

    response = post_form(client, "/patients/new", **enrolment())

    assert response.status_code == 302  # type: ignore[attr-defined]
    rosa = db.session.scalars(select(Patient)).one()
    assert (rosa.progression_model, rosa.pain_ceiling, rosa.psfs_activities) == (
        ProgressionModel.PAIN_MONITORED,
        None,
        None,
    )


def test_graded_activity_without_an_agreed_ceiling_is_refused_at_the_ceiling(
    client: FlaskClient, therapist: Therapist
) -> None:
    sign_in(client, therapist.email)

    form = enrolment(**{"progression-model": "graded_activity", "progression-pain_ceiling": ""})

    response = post_form(client, "/patients/new", **form)

    assert response.status_code == 422  # type: ignore[attr-defined]
    page = response.get_data(as_text=True)  # type: ignore[attr-defined]
    assert re.search(
        r'name="progression-pain_ceiling"[^>]*>\s*<span class="error">Agreed pain ceiling: '
        r"graded activity needs",
        page,
    )
    assert patients() == 0


def test_two_psfs_activities_are_refused_at_the_activities_and_a_bad_ceiling_named(
    client: FlaskClient, therapist: Therapist
) -> None:
    sign_in(client, therapist.email)
    form = enrolment(
        **{"psfs_activities-0": "Lifting", "psfs_activities-1": "Carrying",
           "progression-model": "graded_activity", "progression-pain_ceiling": "12"}
    )  # fmt: skip

    response = post_form(client, "/patients/new", **form)

    assert response.status_code == 422  # type: ignore[attr-defined]
    page = response.get_data(as_text=True)  # type: ignore[attr-defined]
    assert re.search(r'<fieldset class="psfs">.*PSFS activities: give 3 to 5', page, re.S)
    assert "Agreed pain ceiling: a whole number 1-10." in page
    assert 'value="Carrying"' in page  # what was typed stays
    assert patients() == 0


def test_a_pain_monitored_patient_needs_no_ceiling_and_keeps_none_of_one_typed(
    client: FlaskClient, therapist: Therapist
) -> None:
    sign_in(client, therapist.email)
    form = enrolment(
        **{
            "progression-model": "pain_monitored",
            "progression-pain_ceiling": "7",
            "progression-quota_interval_days": "",
        }
    )

    response = post_form(client, "/patients/new", **form)

    assert response.status_code == 302  # type: ignore[attr-defined]
    assert db.session.scalars(select(Patient)).one().pain_ceiling is None
