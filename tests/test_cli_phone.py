"""`companion create-therapist --phone`: the mobile urgent alerts text, verified and in E.164."""

from flask import Flask
from sqlalchemy import func, select

from companion.extensions import db
from companion.models import Therapist
from tests.builders import make_patient

COMMON = ["companion", "create-therapist", "--email", "pat@example.org", "--name", "Pat Lee",
          "--clinic", "North Clinic", "--password", "long-enough-pw"]  # fmt: skip


def test_create_therapist_stores_the_mobile_in_e164(app: Flask) -> None:
    result = app.test_cli_runner().invoke(args=[*COMMON, "--phone", "(312) 555-0177"])

    assert result.exit_code == 0, result.output
    therapist = db.session.get_one(Therapist, int(result.output))
    assert therapist.phone == "+13125550177"


def test_create_therapist_refuses_a_bad_mobile_or_a_patients_and_creates_nobody(
    app: Flask,
) -> None:
    make_patient(phone="+13125550178")
    runner = app.test_cli_runner()

    bad = runner.invoke(args=[*COMMON, "--phone", "555-01"])
    taken = runner.invoke(args=[*COMMON, "--phone", "312.555.0178"])

    assert bad.exit_code == taken.exit_code == 2
    assert "a US mobile number such as (312) 555-0142" in bad.output
    assert "a patient is enrolled with this number" in taken.output
    assert (
        db.session.scalar(select(func.count(Therapist.id)).where(Therapist.name == "Pat Lee")) == 0
    )
