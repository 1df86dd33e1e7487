"""The job side of the API: templates, job demand profiles, a programme from a template."""

from flask.testing import FlaskClient
from sqlalchemy import func, select

from companion.extensions import db
from companion.models import JobDemandProfile, Patient, Role, Task
from tests.builders import make_patient, make_therapist, make_token


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_the_templates_cover_each_industry_with_demands_and_the_tasks_that_train_them(
    client: FlaskClient,
) -> None:
    token = make_token(make_therapist())

    items = client.get("/api/v1/templates", headers=auth(token)).get_json()["items"]

    industries = {t["industry"] for t in items}
    assert {"warehouse", "construction", "manufacturing", "health care",
            "transport and delivery", "office"} <= industries  # fmt: skip
    warehouse = next(t for t in items if t["industry"] == "warehouse")
    demands = {d["name"] for d in warehouse["demands"]}
    assert warehouse["strength_level"] == "heavy" and "Floor-to-waist lift" in demands
    assert all(t["trains"] in demands for t in warehouse["tasks"] if t["trains"])


def test_a_job_profile_from_a_template_takes_its_demands_and_only_the_clinic_sees_it(
    client: FlaskClient,
) -> None:
    mine, theirs = make_token(make_therapist()), make_token(make_therapist())
    body = {"job_title": "Picker, night shift", "strength_level": "heavy", "template": "warehouse"}

    created = client.post("/api/v1/job-profiles", headers=auth(mine), json=body)

    assert created.status_code == 201
    profile = created.get_json()
    assert profile["industry"] == "warehouse"
    assert [(d["name"], d["target"], d["unit"]) for d in profile["demands"]][0] == (
        "Floor-to-waist lift", 50.0, "lb",
    )  # fmt: skip
    listed = client.get("/api/v1/job-profiles", headers=auth(mine)).get_json()["items"]
    assert [p["id"] for p in listed] == [profile["id"]]
    assert client.get("/api/v1/job-profiles", headers=auth(theirs)).get_json() == {"items": []}


def test_a_job_profile_with_its_own_demands_is_checked_field_by_field(
    client: FlaskClient,
) -> None:
    token = make_token(make_therapist())
    demand = {
        "name": "Overhead reach", "kind": "position", "posture": "reach_overhead", "target": 20,
        "unit": "min", "frequency": "frequent",
    }  # fmt: skip
    good = {"job_title": "Painter", "demands": [demand]}

    first = client.post("/api/v1/job-profiles", headers=auth(token), json=good)
    again = client.post("/api/v1/job-profiles", headers=auth(token), json=good)
    empty = client.post(
        "/api/v1/job-profiles", headers=auth(token),
        json={"job_title": "Roofer", "strength_level": "heavy"},
    )  # fmt: skip
    bad_unit = client.post(
        "/api/v1/job-profiles", headers=auth(token),
        json={**good, "job_title": "Glazier", "demands": [{**demand, "unit": "kg"}]},
    )  # fmt: skip

    assert first.status_code == 201
    assert (again.status_code, again.get_json()) == (
        422, {"errors": {"job_title": ["The clinic already has a job profile with this title."]}},
    )  # fmt: skip
    no_demands = client.post(
        "/api/v1/job-profiles", headers=auth(token),
        json={"job_title": "Clerk", "strength_level": "light", "template": "general"},
    )  # fmt: skip
    assert empty.status_code == 422 and "demands" in empty.get_json()["errors"]
    assert no_demands.status_code == 422 and "demands" in no_demands.get_json()["errors"]
    assert bad_unit.status_code == 422 and "unit" in bad_unit.get_json()["errors"]["demands"]["0"]
    assert db.session.scalar(select(func.count()).select_from(JobDemandProfile)) == 1


def test_a_programme_restarts_from_a_template_linked_to_the_patients_job(
    client: FlaskClient,
) -> None:
    therapist = make_therapist()
    token = make_token(therapist)
    body = {"job_title": "Picker", "strength_level": "heavy", "template": "warehouse"}
    profile_id = client.post("/api/v1/job-profiles", headers=auth(token), json=body).get_json()[
        "id"
    ]
    patient = make_patient(therapist, job_profile_id=profile_id)
    old = [t.id for t in patient.program.tasks]

    answer = client.post(
        f"/api/v1/patients/{patient.id}/programme/template", headers=auth(token),
        json={"industry": "warehouse"},
    )  # fmt: skip

    assert answer.status_code == 200
    tasks = answer.get_json()["program"]["tasks"]
    # The sled push needs the clinic's sled: it is never texted as home work.
    assert [t["name"] for t in tasks] == ["Floor-to-waist lift", "Carry", "Wall push"]
    assert all(t["job_demand_id"] for t in tasks)
    assert all(db.session.get(Task, task_id).removed_at is not None for task_id in old)


def test_only_the_patients_own_therapists_clinic_and_role_may_restart_a_programme(
    client: FlaskClient,
) -> None:
    patient = make_patient()
    stranger = make_token(make_therapist())
    manager = make_token(make_therapist(clinic=patient.therapist.clinic, role=Role.CASE_MANAGER))
    path = f"/api/v1/patients/{patient.id}/programme/template"

    other_clinic = client.post(path, headers=auth(stranger), json={"industry": "office"})
    case_manager = client.post(path, headers=auth(manager), json={"industry": "office"})
    unknown = client.post(
        path, headers=auth(make_token(patient.therapist)), json={"industry": "circus"}
    )

    assert (other_clinic.status_code, case_manager.status_code) == (404, 403)
    assert unknown.status_code == 422 and "industry" in unknown.get_json()["errors"]
    assert [t.name for t in patient.program.tasks] == ["Floor-to-waist lift"]


def test_control_characters_in_free_text_are_refused_naming_the_field(
    client: FlaskClient,
) -> None:
    token = make_token(make_therapist())
    demand = {"name": "Lift\x00", "target": 20, "unit": "lb", "frequency": "frequent"}

    answer = client.post(
        "/api/v1/job-profiles", headers=auth(token),
        json={"job_title": "Mover\x07", "strength_level": "heavy", "demands": [demand]},
    )  # fmt: skip

    assert answer.status_code == 422
    assert answer.get_json()["errors"] == {
        "job_title": ["Must not contain control characters."],
        "demands": {"0": {"name": ["Must not contain control characters."]}},
    }
    assert db.session.scalar(select(func.count()).select_from(JobDemandProfile)) == 0


def test_the_strength_level_is_derived_and_a_typed_level_that_disagrees_is_refused(
    client: FlaskClient,
) -> None:
    token = make_token(make_therapist())
    carry = {
        "name": "Carry", "kind": "carry", "target": 40, "unit": "lb", "frequency": "frequent",
        "carry_distance_ft": 100,
    }  # fmt: skip

    typed = client.post(
        "/api/v1/job-profiles", headers=auth(token),
        json={"job_title": "Courier", "strength_level": "medium", "demands": [carry]},
    )  # fmt: skip
    derived = client.post(
        "/api/v1/job-profiles", headers=auth(token),
        json={"job_title": "Courier", "demands": [carry]},
    )  # fmt: skip

    assert typed.status_code == 422
    assert typed.get_json()["errors"]["strength_level"] == [
        "Carry 40 lb frequently makes this heavy work, not medium (DOT strength levels)."
    ]
    assert derived.status_code == 201
    assert derived.get_json()["strength_level"] == "heavy"
    assert derived.get_json()["derived_strength_level"]["because"] == "Carry 40 lb frequently"


def test_a_lift_with_its_geometry_shows_the_niosh_limit_and_index(client: FlaskClient) -> None:
    token = make_token(make_therapist())
    lift = {
        "name": "Package to inspection table", "kind": "lift", "height_range": "waist_to_shoulder",
        "target": 15, "unit": "lb", "frequency": "frequent",
        "niosh": {"h_origin": 10, "v_origin": 22, "h_destination": 20, "v_destination": 59,
                  "lifts_per_min": 1, "duration": "moderate", "coupling": "fair"},
    }  # fmt: skip

    created = client.post(
        "/api/v1/job-profiles",
        headers=auth(token),
        json={"job_title": "Inspector", "demands": [lift]},
    )

    assert created.status_code == 201, created.get_json()
    assert created.get_json()["demands"][0]["lifting_equation"] == {
        "rwl_lb": 15.3, "lifting_index": 0.98,
    }  # fmt: skip


def test_a_template_starting_above_the_home_dose_cap_is_a_422_naming_the_field(
    client: FlaskClient,
) -> None:
    from tests.capacity.builders import laborer, measured

    patient = laborer()
    measured(patient, "Floor-to-waist lift", 45)  # cap 36 lb; the template starts at 40 lb
    before = [t.id for t in patient.program.tasks]

    answer = client.post(
        f"/api/v1/patients/{patient.id}/programme/template",
        headers=auth(make_token(patient.therapist)), json={"industry": "construction"},
    )  # fmt: skip

    assert answer.status_code == 422
    assert answer.get_json()["errors"] == {"industry": [
        "Floor-to-waist lift starts at 40 lb. Above 80 % of the latest tested safe load "
        "(45 lb, epic lift on 2026-11-02): at most 36 lb at home."
    ]}  # fmt: skip
    db.session.expire_all()
    assert [t.id for t in db.session.get_one(Patient, patient.id).program.tasks] == before
