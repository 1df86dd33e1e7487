"""The clinic's alert thresholds page: values in force beside the defaults, only the changed
ones kept as the clinic's, errors at the field, audited; the care team reads it only."""

from flask.testing import FlaskClient
from sqlalchemy import select

from companion.extensions import db
from companion.models import AuditEvent, Clinic, Role
from tests.builders import make_therapist
from tests.dashboard.conftest import PASSWORD, make_clinic_with_data, post_form, sign_in

USUAL = {"urgent_pain": 8, "session_pain": 5, "baseline_rise": 2, "high_fatigue": 8,
         "silent_watch": 2, "silent_high": 4, "adherence_floor": 50}  # fmt: skip


def clinic_signed_in(client: FlaskClient, role: Role = Role.THERAPIST) -> Clinic:
    therapist = make_clinic_with_data("Ana", "+16175550111", "my knee is sore")["therapist"]
    if role != Role.THERAPIST:
        therapist = make_therapist(clinic=therapist.clinic, password=PASSWORD, role=role)
    sign_in(client, therapist.email)
    return therapist.clinic


def test_saving_keeps_only_what_differs_from_the_defaults_and_is_audited(
    client: FlaskClient,
) -> None:
    clinic = clinic_signed_in(client)

    response = post_form(client, "/settings/alerts", **USUAL | {"urgent_pain": 7,
                                                                "adherence_floor": 60})  # fmt: skip

    assert response.status_code == 302  # type: ignore[attr-defined]
    db.session.refresh(clinic)
    assert clinic.alert_thresholds == {"urgent_pain": 7, "adherence_floor": 0.6}
    page = client.get("/settings/alerts").get_data(as_text=True)
    assert "Alert thresholds saved." in page
    assert 'name="urgent_pain" required size="4" type="number" value="7"' in page
    assert 'value="60"' in page and "default 50" in page
    action = db.session.scalar(select(AuditEvent.action).order_by(AuditEvent.id.desc()).limit(1))
    assert action == "clinic.alert_thresholds"


def test_an_urgent_limit_not_above_the_session_limit_is_refused_at_the_field(
    client: FlaskClient,
) -> None:
    clinic = clinic_signed_in(client)

    response = post_form(client, "/settings/alerts", **USUAL | {"urgent_pain": 5})

    assert response.status_code == 422  # type: ignore[attr-defined]
    body = response.get_data(as_text=True)  # type: ignore[attr-defined]
    assert "Make it above the session pain limit." in body
    db.session.refresh(clinic)
    assert clinic.alert_thresholds == {}


def test_a_missing_value_is_refused_and_nothing_changes(client: FlaskClient) -> None:
    clinic = clinic_signed_in(client)

    response = post_form(client, "/settings/alerts", **USUAL | {"silent_high": ""})

    assert response.status_code == 422  # type: ignore[attr-defined]
    db.session.refresh(clinic)
    assert clinic.alert_thresholds == {}


def test_the_care_team_reads_the_thresholds_without_a_save_button(client: FlaskClient) -> None:
    clinic_signed_in(client, Role.CASE_MANAGER)

    page = client.get("/settings/alerts").get_data(as_text=True)

    assert 'value="8"' in page and "disabled" in page
    assert "Save thresholds" not in page
    assert post_form(client, "/settings/alerts", **USUAL).status_code == 403  # type: ignore[attr-defined]
