"""The Reports page and the case manager: preview, download and release, under the role rules."""

from datetime import UTC, datetime
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from companion.extensions import db
from companion.models import AuditEvent, Patient, ReportRelease, Role
from tests.builders import make_patient, make_therapist
from tests.dashboard.conftest import PASSWORD, make_clinic_with_data, post_form, sign_in

NOW = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)  # Monday morning in Chicago
LAST_WEEK = "2026-11-23"


@pytest.fixture
def clinic(app: Flask) -> dict[str, Any]:
    """A clinic whose patient Ana has a case manager and whose patient Ben has none."""
    app.config["CLOCK"] = lambda: NOW
    data = make_clinic_with_data("Ana", "+16175550111", "my knee is sore")
    ana = data["patient"]
    ana.case_manager_name, ana.case_manager_organisation = "Dana Whitfield", "Northwind Mutual"
    ana.case_manager_email = "dana@northwind.example"
    db.session.commit()
    data["ben"] = make_patient(data["therapist"], first_name="Ben", phone="+16175550122")
    return data


def release(client: FlaskClient, patient: Patient, week: str = LAST_WEEK) -> Any:
    return post_form(client, f"/patients/{patient.id}/weekly-report/release", week=week)


def count(model: type, *where: Any) -> int:
    return db.session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def test_the_page_lists_each_patients_completed_weeks_and_who_they_go_to(
    client: FlaskClient, clinic: dict[str, Any]
) -> None:
    sign_in(client, clinic["therapist"].email)

    page = client.get("/reports").get_data(as_text=True)

    assert 'href="/reports" aria-current="page">Reports</a>' in page
    for week in ("2026-11-23", "2026-11-16", "2026-11-09", "2026-11-02"):
        assert f'data-week="{week}"' in page
    assert 'data-week="2026-11-30"' not in page  # this week is not over
    assert "Dana Whitfield, Northwind Mutual" in page
    assert "No case manager on file" in page
    assert page.count("Mark released to case manager") == 4  # Ana's four weeks, none of Ben's
    assert "8 due" in page


def test_a_double_submitted_release_is_recorded_once_and_shows_who_released_it(
    client: FlaskClient, clinic: dict[str, Any]
) -> None:
    therapist, ana = clinic["therapist"], clinic["patient"]
    sign_in(client, therapist.email)

    first, second = release(client, ana), release(client, ana)
    page = client.get("/reports").get_data(as_text=True)

    assert (first.status_code, second.status_code) == (302, 302)
    assert count(ReportRelease) == 1
    assert count(AuditEvent, AuditEvent.action == "report.release") == 1
    assert f"Released</span> by {therapist.name}" in page
    assert page.count("Mark released to case manager") == 3


def test_a_patient_without_a_case_manager_is_refused(
    client: FlaskClient, clinic: dict[str, Any]
) -> None:
    sign_in(client, clinic["therapist"].email)

    release(client, clinic["ben"])
    page = client.get("/reports").get_data(as_text=True)

    assert "Ben: No case manager on file" in page
    assert count(ReportRelease) == 0


@pytest.mark.parametrize(
    "role", [Role.PSYCHOLOGIST, Role.VOCATIONAL_COUNSELLOR, Role.CASE_MANAGER, Role.ADMIN]
)
def test_the_care_team_previews_reports_but_only_a_therapist_releases_them(
    client: FlaskClient, clinic: dict[str, Any], role: Role
) -> None:
    colleague = make_therapist(clinic=clinic["therapist"].clinic, password=PASSWORD, role=role)
    sign_in(client, colleague.email)
    ana = clinic["patient"]

    page = client.get("/reports")
    pdf = client.get(f"/patients/{ana.id}/weekly-report.pdf?week={LAST_WEEK}&inline=1")
    refused = release(client, ana)

    assert page.status_code == 200 and "Mark released" not in page.get_data(as_text=True)
    assert pdf.status_code == 200 and pdf.data.startswith(b"%PDF")
    assert pdf.headers["Content-Disposition"].startswith("inline;")
    assert refused.status_code == 403 and count(ReportRelease) == 0


def test_another_clinics_patient_is_404_and_left_off_the_page(
    client: FlaskClient, clinic: dict[str, Any]
) -> None:
    theirs = make_clinic_with_data("Zebulon", "+16125550999", "numb foot since friday")
    zeb = theirs["patient"]
    zeb.case_manager_name, zeb.case_manager_email = "Xavier Other", "x@other.example"
    db.session.commit()
    sign_in(client, clinic["therapist"].email)

    page = client.get("/reports").get_data(as_text=True)
    pdf = client.get(f"/patients/{zeb.id}/weekly-report.pdf?week={LAST_WEEK}")
    released = release(client, zeb)
    saved = post_form(client, f"/patients/{zeb.id}/case-manager", name="Me", email="me@x.example")

    assert (pdf.status_code, released.status_code, saved.status_code) == (404, 404, 404)
    assert "Zebulon" not in page and "Xavier Other" not in page
    assert count(ReportRelease) == 0 and db.session.get(Patient, zeb.id).case_manager_name == (
        "Xavier Other"
    )


def test_the_weeks_pdf_download_is_audited_with_its_week(
    client: FlaskClient, clinic: dict[str, Any]
) -> None:
    sign_in(client, clinic["therapist"].email)
    ana = clinic["patient"]

    response = client.get(f"/patients/{ana.id}/weekly-report.pdf?week=2026-11-16")
    unfinished = client.get(f"/patients/{ana.id}/weekly-report.pdf?week=2026-11-30")
    garbled = client.get(f"/patients/{ana.id}/weekly-report.pdf?week=last-week")

    assert response.status_code == 200 and response.data.startswith(b"%PDF")
    assert response.headers["Content-Disposition"] == (
        f'attachment; filename="weekly-report-{ana.id}-2026-11-16.pdf"'
    )
    assert (unfinished.status_code, garbled.status_code) == (404, 400)
    event = db.session.scalars(
        select(AuditEvent).where(AuditEvent.action == "report.weekly.download")
    ).one()
    assert (event.patient_id, event.detail) == (ana.id, {"week": "2026-11-16"})


def test_the_case_manager_is_saved_on_the_patient_page_and_audited(
    client: FlaskClient, clinic: dict[str, Any]
) -> None:
    sign_in(client, clinic["therapist"].email)
    ben = clinic["ben"]

    saved = post_form(
        client, f"/patients/{ben.id}/case-manager",
        name=" Lee Park ", organisation="Acme Freight", email="Lee.Park@Acme.example",
    )  # fmt: skip
    page = client.get(f"/patients/{ben.id}").get_data(as_text=True)

    assert saved.status_code == 302
    assert (ben.case_manager_name, ben.case_manager_email) == ("Lee Park", "lee.park@acme.example")
    assert "Weekly reports go to Lee Park (Acme Freight)" in page
    event = db.session.scalars(
        select(AuditEvent).where(AuditEvent.action == "patient.case_manager")
    ).one()
    assert event.detail == {"changed": ["name", "organisation", "email"]}


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"name": "Lee Park", "email": "not-an-address"}, "email", "Not an email address."),
        ({"name": "Lee Park"}, "email", "Give an email address: the report goes there."),
        ({"organisation": "Acme", "email": "lee@acme.example"}, "name", "Give the case manager"),
        ({"name": "L" * 121, "email": "lee@acme.example"}, "name", "Field cannot be longer"),
    ],
)
def test_a_case_manager_the_form_refuses_is_shown_at_the_field_and_not_saved(
    client: FlaskClient, clinic: dict[str, Any], fields: dict[str, str], field: str, message: str
) -> None:
    sign_in(client, clinic["therapist"].email)
    ben = clinic["ben"]

    response = post_form(client, f"/patients/{ben.id}/case-manager", **fields)
    page = response.get_data(as_text=True)
    at_field = page.split(f'id="case-manager-{field}"', 1)[1].split("</label>", 1)[0]

    assert response.status_code == 422
    assert message in at_field
    assert ben.case_manager_name is None and ben.case_manager_email is None
    assert count(AuditEvent, AuditEvent.action == "patient.case_manager") == 0
