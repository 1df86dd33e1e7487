"""The mobile urgent alerts text, set on the Team page: the admin for anyone, each user for
themselves; verified, never a patient's, audited without the number."""

from flask.testing import FlaskClient
from sqlalchemy import select

from companion.extensions import db
from companion.models import AuditEvent, Therapist
from tests.dashboard.conftest import PASSWORD, post_form, sign_in
from tests.dashboard.test_team import clinic_with_admin


def mobile_of(member: Therapist) -> str | None:
    db.session.expire_all()
    return db.session.get_one(Therapist, member.id).phone


def test_the_admin_sets_a_colleagues_mobile_in_e164_and_it_is_audited(
    client: FlaskClient,
) -> None:
    colleague = clinic_with_admin(client)["colleague"]

    response = post_form(client, f"/team/{colleague.id}/mobile", phone="(312) 555-0177")

    assert response.status_code == 302  # type: ignore[attr-defined]
    assert mobile_of(colleague) == "+13125550177"
    [row] = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "team.mobile"))
    assert row.detail == {"member_id": colleague.id, "set": True}


def test_a_user_sets_their_own_mobile_but_not_a_colleagues(client: FlaskClient) -> None:
    mine = clinic_with_admin(client)
    own = sign_in(client.application.test_client(), mine["colleague"].email, PASSWORD)

    mine_saved = post_form(own, f"/team/{mine['colleague'].id}/mobile", phone="312 555 0177")
    other = post_form(own, f"/team/{mine['therapist'].id}/mobile", phone="312 555 0179")

    assert (mine_saved.status_code, other.status_code) == (302, 403)  # type: ignore[attr-defined]
    assert mobile_of(mine["colleague"]) == "+13125550177"
    assert mobile_of(mine["therapist"]) is None


def test_a_bad_mobile_or_a_patients_is_refused_at_the_field_and_blank_clears(
    client: FlaskClient,
) -> None:
    mine = clinic_with_admin(client)
    colleague = mine["colleague"]
    path = f"/team/{colleague.id}/mobile"
    post_form(client, path, phone="(312) 555-0177")

    bad = post_form(client, path, phone="555-01")
    patients = post_form(client, path, phone=mine["patient"].phone)
    assert mobile_of(colleague) == "+13125550177"
    cleared = post_form(client, path, phone="")

    assert (bad.status_code, patients.status_code, cleared.status_code) == (422, 422, 302)  # type: ignore[attr-defined]
    assert "a US mobile number such as (312) 555-0142" in bad.get_data(as_text=True)  # type: ignore[attr-defined]
    assert "A patient is enrolled with this number." in patients.get_data(as_text=True)  # type: ignore[attr-defined]
    assert mobile_of(colleague) is None


def test_a_colleague_is_not_added_with_a_patients_number(client: FlaskClient) -> None:
    mine = clinic_with_admin(client)
    form = {"name": "Rosa Diaz", "email": "rosa@example.org", "role": "therapist",
            "phone": mine["patient"].phone, "password": "a-long-first-password"}  # fmt: skip

    response = post_form(client, "/team", **form)

    assert response.status_code == 422  # type: ignore[attr-defined]
    assert "A patient is enrolled with this number." in response.get_data(as_text=True)  # type: ignore[attr-defined]
    assert db.session.scalar(select(Therapist).where(Therapist.name == "Rosa Diaz")) is None
