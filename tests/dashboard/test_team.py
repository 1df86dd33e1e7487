"""The clinic's team: an admin adds colleagues and ends a leaver's access at once, handing
their patients to a therapist; nobody else changes the team, and no other clinic's users."""

from typing import Any

from flask.testing import FlaskClient
from sqlalchemy import func, select

from companion.extensions import db
from companion.models import ApiToken, AuditEvent, Patient, Role, Therapist
from tests.builders import make_patient, make_therapist, make_token
from tests.dashboard.conftest import PASSWORD, make_clinic_with_data, post_form, sign_in


def clinic_with_admin(client: FlaskClient) -> dict[str, Any]:
    """Ana's clinic (her therapist treats her), a second therapist, and its admin signed in."""
    mine = make_clinic_with_data("Ana", "+16175550111", "my knee is sore")
    clinic = mine["therapist"].clinic
    mine["colleague"] = make_therapist(clinic=clinic, password=PASSWORD, name="Sam Okafor")
    mine["admin"] = make_therapist(clinic=clinic, password=PASSWORD, role=Role.ADMIN)
    sign_in(client, mine["admin"].email)
    return mine


def newcomer(**fields: str) -> dict[str, str]:
    return {"name": "Rosa Diaz", "email": "Rosa@Example.org", "role": "therapist",
            "phone": "(312) 555-0188", "password": "a-long-first-password"} | fields  # fmt: skip


def users() -> int:
    return db.session.scalar(select(func.count()).select_from(Therapist)) or 0


def test_an_admin_adds_a_colleague_who_can_then_sign_in(client: FlaskClient) -> None:
    mine = clinic_with_admin(client)

    response = post_form(client, "/team", **newcomer())

    assert response.status_code == 302  # type: ignore[attr-defined]
    rosa = db.session.scalars(select(Therapist).where(Therapist.email == "rosa@example.org")).one()
    assert (rosa.clinic_id, rosa.role, rosa.phone) == (
        mine["admin"].clinic_id, Role.THERAPIST, "+13125550188")  # fmt: skip
    assert "Rosa Diaz can sign in now." in client.get("/team").get_data(as_text=True)
    rosa_browser = sign_in(client.application.test_client(), "rosa@example.org",
                           "a-long-first-password")  # fmt: skip
    assert "Caseload" in rosa_browser.get("/").get_data(as_text=True)


def test_an_email_someone_already_uses_is_refused_at_the_email(client: FlaskClient) -> None:
    mine = clinic_with_admin(client)
    before = users()

    response = post_form(client, "/team", **newcomer(email=mine["colleague"].email.upper()))

    assert response.status_code == 422  # type: ignore[attr-defined]
    body = response.get_data(as_text=True)  # type: ignore[attr-defined]
    assert "Someone already signs in with this email." in body
    assert users() == before


def test_a_short_password_or_a_bad_email_is_refused_and_nobody_is_added(
    client: FlaskClient,
) -> None:
    clinic_with_admin(client)
    before = users()

    short = post_form(client, "/team", **newcomer(password="short"))
    bad = post_form(client, "/team", **newcomer(email="rosa-at-example"))

    assert (short.status_code, bad.status_code) == (422, 422)  # type: ignore[attr-defined]
    assert "Not an email address." in bad.get_data(as_text=True)  # type: ignore[attr-defined]
    assert users() == before


def test_letting_a_therapist_go_ends_their_access_and_hands_their_patients_over(
    client: FlaskClient,
) -> None:
    mine = clinic_with_admin(client)
    leaver, colleague = mine["therapist"], mine["colleague"]
    make_patient(leaver, first_name="Luis")
    token = make_token(leaver)
    leaver_browser = sign_in(client.application.test_client(), leaver.email)

    response = post_form(client, f"/team/{leaver.id}/let-go", successor=str(colleague.id))

    assert response.status_code == 302  # type: ignore[attr-defined]
    page = client.get("/team").get_data(as_text=True)
    assert "no longer has access; 2 patients handed over." in page
    treating = select(Patient.therapist_id).where(Patient.clinic_id == leaver.clinic_id)
    assert set(db.session.scalars(treating)) == {colleague.id}
    assert leaver_browser.get("/").status_code == 302  # their open session has ended
    api = client.get("/api/v1/patients", headers={"Authorization": f"Bearer {token}"})
    assert api.status_code == 401
    assert db.session.scalar(select(ApiToken.revoked_at).where(ApiToken.therapist_id == leaver.id))
    last = select(AuditEvent.action).order_by(AuditEvent.id.desc()).limit(1)
    assert db.session.scalar(last) == "team.let_go"
    ana_page = client.get(f"/patients/{mine['patient'].id}").get_data(as_text=True)
    assert "treated by Sam Okafor" in ana_page


def test_a_therapist_with_patients_is_not_let_go_without_someone_to_take_them(
    client: FlaskClient,
) -> None:
    mine = clinic_with_admin(client)
    leaver = mine["therapist"]

    to_nobody = post_form(client, f"/team/{leaver.id}/let-go", successor="0")
    to_an_admin = post_form(client, f"/team/{leaver.id}/let-go", successor=str(mine["admin"].id))

    for response in (to_nobody, to_an_admin):
        assert response.status_code == 422  # type: ignore[attr-defined]
        body = response.get_data(as_text=True)  # type: ignore[attr-defined]
        assert "Choose an active therapist to take over their patients." in body
    db.session.refresh(leaver)
    assert leaver.is_active


def test_an_admin_cannot_end_their_own_access(client: FlaskClient) -> None:
    mine = clinic_with_admin(client)

    response = post_form(client, f"/team/{mine['admin'].id}/let-go")

    assert response.status_code == 422  # type: ignore[attr-defined]
    db.session.refresh(mine["admin"])
    assert mine["admin"].is_active


def test_only_the_clinic_admin_changes_the_team(client: FlaskClient) -> None:
    mine = make_clinic_with_data("Ana", "+16175550111", "my knee is sore")
    colleague = make_therapist(clinic=mine["therapist"].clinic, password=PASSWORD)
    sign_in(client, mine["therapist"].email)
    before = users()

    page = client.get("/team").get_data(as_text=True)
    added = post_form(client, "/team", **newcomer())
    let_go = post_form(client, f"/team/{colleague.id}/let-go", successor=str(colleague.id))

    assert colleague.email in page and "Add a colleague" not in page
    assert (added.status_code, let_go.status_code) == (403, 403)  # type: ignore[attr-defined]
    db.session.refresh(colleague)
    assert colleague.is_active and users() == before
