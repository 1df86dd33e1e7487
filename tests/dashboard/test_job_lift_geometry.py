"""A lift's NIOSH geometry entered on the job analysis form: saved with the demand, its
recommended weight limit and lifting index shown, field-named errors, nothing half-written.

The figures are the Applications Manual's Example 4, "Package Inspection" (NIOSH 94-110,
pp. 44-46, Figure 14): 15 lb, origin H 10 in, V 22 in; destination H 20 in, V 59 in; 1 lift a
minute over 1-2 hours; fair coupling; control at the destination -> RWL 15.3 lb, LI 0.98
(the worksheet's 15.2 lb and 1.0 from rounded multipliers; tests/capacity/test_niosh.py).
"""

from flask.testing import FlaskClient

from companion.extensions import db
from companion.models import JobDemandProfile
from tests.dashboard.conftest import post_form
from tests.dashboard.test_jobs import job, profile_count, profiles_named, signed_in_clinic

PACKAGE = {
    "demands-0-name": "Package to inspection table", "demands-0-kind": "lift",
    "demands-0-height_range": "waist_to_shoulder", "demands-0-target": "15",
    "demands-0-frequency": "frequent",
    "demands-0-h_origin": "10", "demands-0-v_origin": "22", "demands-0-h_destination": "20",
    "demands-0-v_destination": "59", "demands-0-asymmetry": "0", "demands-0-lifts_per_min": "1",
    "demands-0-duration": "moderate", "demands-0-coupling": "fair",
    "demands-0-control_at_destination": "y",
}  # fmt: skip
EXAMPLE_4 = "NIOSH RWL 15.3 lb, LI 0.98"


def test_a_lift_with_its_geometry_is_saved_and_shows_its_limit_and_index(
    client: FlaskClient,
) -> None:
    signed_in_clinic(client)

    response = post_form(client, "/jobs", **job(**PACKAGE))

    assert response.status_code == 302  # type: ignore[attr-defined]
    [profile] = profiles_named("Dock loader")
    assert profile.demands[0].niosh == {
        "h_origin": 10.0, "v_origin": 22.0, "h_destination": 20.0, "v_destination": 59.0,
        "asymmetry": 0.0, "lifts_per_min": 1.0, "duration": "moderate", "coupling": "fair",
        "control_at_destination": True,
    }  # fmt: skip
    assert EXAMPLE_4 in client.get("/jobs").get_data(as_text=True)
    edit = client.get(f"/jobs/{profile.id}/edit").get_data(as_text=True)
    assert (
        EXAMPLE_4 in edit
        and 'name="demands-0-v_destination" step="any" type="number" value="59.0"' in edit
    )


def test_the_preview_shows_a_lifts_limit_and_index_once_its_geometry_is_complete(
    client: FlaskClient,
) -> None:
    signed_in_clinic(client)
    complete = job(**PACKAGE)
    begun = job(**PACKAGE | {"demands-0-coupling": ""})

    typed = client.get("/jobs/level", query_string=complete).get_json()
    half = client.get("/jobs/level", query_string=begun).get_json()

    assert typed["lifts"] == {"0": EXAMPLE_4}
    assert half["lifts"] == {}


def test_a_begun_geometry_names_each_missing_input_and_nothing_is_written(
    client: FlaskClient,
) -> None:
    signed_in_clinic(client)
    before = profile_count()
    form = job(**PACKAGE | {"demands-0-v_destination": "", "demands-0-coupling": ""})

    response = post_form(client, "/jobs", **form)

    assert response.status_code == 422  # type: ignore[attr-defined]
    body = response.get_data(as_text=True)  # type: ignore[attr-defined]
    assert 'aria-label="V destination, in 1" id="demands-0-v_destination"' in body
    assert "Give V at the destination." in body and "Give the coupling." in body
    assert profile_count() == before


def test_geometry_out_of_range_or_on_a_carry_is_refused_at_its_field(client: FlaskClient) -> None:
    signed_in_clinic(client)
    before = profile_count()

    far = post_form(client, "/jobs", **job(**PACKAGE | {"demands-0-h_origin": "90"}))
    carry = post_form(client, "/jobs", **job(**{"demands-0-h_origin": "10"}))

    assert far.status_code == carry.status_code == 422  # type: ignore[attr-defined]
    assert "Number must be between 0 and 80." in far.get_data(as_text=True)  # type: ignore[attr-defined]
    assert "The lifting equation is for a lift." in carry.get_data(as_text=True)  # type: ignore[attr-defined]
    assert profile_count() == before


def test_geometry_cleared_on_the_edit_form_is_removed(client: FlaskClient) -> None:
    signed_in_clinic(client)
    post_form(client, "/jobs", **job(**PACKAGE))
    [profile] = profiles_named("Dock loader")
    demand = profile.demands[0]
    cleared = {k: "" for k in PACKAGE if k.split("-")[2] in (
        "h_origin", "v_origin", "h_destination", "v_destination", "asymmetry", "lifts_per_min",
        "duration", "coupling")}  # fmt: skip
    kept = {k: v for k, v in PACKAGE.items() if k not in cleared}
    edited = {"job_title": "Dock loader", "industry": "", "strength_level": "",
              "demands-0-id": str(demand.id), "demands-0-unit": "lb", "demands-0-posture": "",
              **kept, **cleared}  # fmt: skip

    response = post_form(client, f"/jobs/{profile.id}", **edited)

    assert response.status_code == 302  # type: ignore[attr-defined]
    db.session.expire_all()
    assert db.session.get_one(JobDemandProfile, profile.id).demands[0].niosh is None
