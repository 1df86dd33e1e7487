"""Job demand profiles from the dashboard: the clinic's own list, a job described by its
demands or an industry template's, errors at the field and nothing written."""

from typing import Any

from flask.testing import FlaskClient
from sqlalchemy import func, select

from companion.extensions import db
from companion.models import AuditEvent, JobDemandProfile, Role
from companion.programs.templates import TEMPLATES
from tests.builders import make_therapist
from tests.dashboard.conftest import PASSWORD, make_clinic_with_data, post_form, sign_in


def signed_in_clinic(client: FlaskClient, role: Role = Role.THERAPIST) -> dict[str, Any]:
    mine = make_clinic_with_data("Ana", "+16175550111", "my knee is sore")
    user = mine["therapist"]
    if role != Role.THERAPIST:
        user = make_therapist(clinic=user.clinic, password=PASSWORD, role=role)
    sign_in(client, user.email)
    return mine


def job(**fields: object) -> dict[str, object]:
    """The form as a browser posts it: six demand rows, the first filled unless overridden."""
    rows: dict[str, object] = {}
    for i in range(6):
        rows |= {f"demands-{i}-name": "", f"demands-{i}-target": "", f"demands-{i}-kind": "lift",
                 f"demands-{i}-height_range": "floor_to_waist", f"demands-{i}-posture": "",
                 f"demands-{i}-unit": "lb", f"demands-{i}-frequency": "occasional"}  # fmt: skip
    rows |= {"demands-0-name": "Carry", "demands-0-target": "40", "demands-0-kind": "carry",
             "demands-0-height_range": ""}  # fmt: skip
    form = {"job_title": "Dock loader", "industry": "", "strength_level": "", "template": ""}
    return form | rows | fields


def profiles_named(title: str) -> list[JobDemandProfile]:
    query = select(JobDemandProfile).where(JobDemandProfile.job_title == title)
    return list(db.session.scalars(query))


def profile_count() -> int:
    return db.session.scalar(select(func.count()).select_from(JobDemandProfile)) or 0


def test_a_job_described_by_its_demands_is_saved_listed_audited_and_offered_at_enrolment(
    client: FlaskClient,
) -> None:
    mine = signed_in_clinic(client)
    form = job(**{"demands-1-name": "Floor-to-waist lift", "demands-1-target": "50",
                  "demands-1-frequency": "frequent"})  # fmt: skip

    response = post_form(client, "/jobs", **form)

    assert response.status_code == 302  # type: ignore[attr-defined]
    [profile] = profiles_named("Dock loader")
    assert profile.clinic_id == mine["therapist"].clinic_id
    assert profile.strength_level == "heavy" and profile.industry is None
    demands = [(d.name, float(d.target), d.unit, d.frequency) for d in profile.demands]
    assert demands == [("Carry", 40.0, "lb", "occasional"),
                       ("Floor-to-waist lift", 50.0, "lb", "frequent")]  # fmt: skip
    page = client.get("/jobs").get_data(as_text=True)
    assert "Job profile saved: Dock loader." in page and "50 lb" in page
    audited = select(AuditEvent.action).order_by(AuditEvent.id.desc()).limit(1)
    assert db.session.scalar(audited) == "job_profile.create"
    enrolment = client.get("/patients/new").get_data(as_text=True)
    assert f'value="{profile.id}"' in enrolment and "Dock loader" in enrolment


def test_a_job_from_a_template_takes_the_templates_demands(client: FlaskClient) -> None:
    signed_in_clinic(client)
    template = next(iter(TEMPLATES.values()))
    form = job(**{"demands-0-name": "", "demands-0-target": "", "template": template.industry})

    assert post_form(client, "/jobs", **form).status_code == 302  # type: ignore[attr-defined]

    [profile] = profiles_named("Dock loader")
    assert [d.name for d in profile.demands] == [d.name for d in template.demands]
    assert profile.industry == template.industry


def test_a_demand_without_its_target_is_refused_at_the_row_and_nothing_is_written(
    client: FlaskClient,
) -> None:
    signed_in_clinic(client)
    before = profile_count()

    response = post_form(client, "/jobs", **job(**{"demands-0-target": ""}))

    assert response.status_code == 422  # type: ignore[attr-defined]
    assert "Give the target." in response.get_data(as_text=True)  # type: ignore[attr-defined]
    assert profile_count() == before


def test_a_job_with_neither_demands_nor_a_template_is_refused(client: FlaskClient) -> None:
    signed_in_clinic(client)
    before = profile_count()

    response = post_form(client, "/jobs", **job(**{"demands-0-name": ""}))

    assert response.status_code == 422  # type: ignore[attr-defined]
    body = response.get_data(as_text=True)  # type: ignore[attr-defined]
    assert "Give the job&#39;s demands, or a template to take them from." in body
    assert profile_count() == before


def test_a_title_the_clinic_already_uses_is_refused_at_the_title(client: FlaskClient) -> None:
    signed_in_clinic(client)
    before = profile_count()

    response = post_form(client, "/jobs", **job(job_title="Ana job title"))

    assert response.status_code == 422  # type: ignore[attr-defined]
    body = response.get_data(as_text=True)  # type: ignore[attr-defined]
    assert "The clinic already has a job profile with this title." in body
    assert profile_count() == before


def test_a_vocational_counsellor_may_describe_a_job(client: FlaskClient) -> None:
    signed_in_clinic(client, Role.VOCATIONAL_COUNSELLOR)

    assert post_form(client, "/jobs", **job()).status_code == 302  # type: ignore[attr-defined]
    assert len(profiles_named("Dock loader")) == 1


def test_a_typed_level_the_demands_contradict_is_refused_naming_the_demand(
    client: FlaskClient,
) -> None:
    signed_in_clinic(client)
    before = profile_count()
    form = job(strength_level="light")

    response = post_form(client, "/jobs", **form)

    assert response.status_code == 422  # type: ignore[attr-defined]
    body = response.get_data(as_text=True)  # type: ignore[attr-defined]
    assert "Carry 40 lb occasionally makes this medium work, not light" in body
    assert profile_count() == before


def test_the_level_preview_derives_the_dot_level_of_the_rows_typed(client: FlaskClient) -> None:
    signed_in_clinic(client)
    query = job(**{"demands-0-frequency": "frequent"})

    preview = client.get("/jobs/level", query_string=query).get_json()

    assert preview == {"level": "heavy", "because": "Carry 40 lb frequently", "lifts": {}}
