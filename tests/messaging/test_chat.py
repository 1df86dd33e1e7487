"""`flask chat PHONE`: a console conversation as a patient, through the signed inbound webhook."""

from flask import Flask
from sqlalchemy import func, select

from companion.extensions import db
from companion.models import CheckIn, Direction, Message, PatientStatus
from companion.texts import render
from tests.builders import make_clinic, make_patient, make_therapist


def inbound_rows() -> list[Message]:
    return list(db.session.scalars(select(Message).where(Message.direction == Direction.INBOUND)))


def test_help_then_stop_prints_both_answers_and_leaves_the_patient_stopped(app: Flask) -> None:
    clinic = make_clinic(name="Lakeside Rehab")
    patient = make_patient(make_therapist(clinic), phone="+13125550142")

    result = app.test_cli_runner().invoke(args=["chat", "+13125550142"], input="HELP\nSTOP\n")

    assert result.exit_code == 0, result.output
    help_text = render("help", "en", clinic="Lakeside Rehab", phone="(312) 555-0100")
    assert f"app> {help_text}" in result.output
    assert f"app> {render('opted_out', 'en')}" in result.output
    db.session.expire_all()
    assert patient.status == PatientStatus.STOPPED


def test_an_ordinary_text_is_answered_and_recorded_as_a_check_in(app: Flask) -> None:
    make_patient(phone="+13125550142")

    result = app.test_cli_runner().invoke(args=["chat", "+13125550142"], input="done, pain 3\n")

    assert result.exit_code == 0, result.output
    assert result.output.count("app> ") >= 1 and "[no reply]" not in result.output
    assert db.session.scalar(select(func.count()).select_from(CheckIn)) == 1


def test_each_line_is_a_new_text_with_its_own_message_sid(app: Flask) -> None:
    make_patient(phone="+13125550142")

    result = app.test_cli_runner().invoke(args=["chat", "+13125550142"], input="HELP\n\nHELP\n")

    assert result.exit_code == 0, result.output
    rows = inbound_rows()
    assert [r.body for r in rows] == ["HELP", "HELP"]  # the blank line sent nothing
    assert len({r.provider_sid for r in rows}) == 2
    assert result.output.count("app> ") == 2


def test_signatures_validate_behind_a_public_base_url(app: Flask) -> None:
    make_patient(phone="+13125550142")
    app.config["PUBLIC_BASE_URL"] = "https://sms.example.org"

    result = app.test_cli_runner().invoke(args=["chat", "+13125550142"], input="HELP\n")

    assert result.exit_code == 0 and "HTTP 403" not in result.output
    assert len(inbound_rows()) == 1


def test_an_unknown_number_is_told_it_is_not_enrolled(app: Flask) -> None:
    result = app.test_cli_runner().invoke(args=["chat", "+13125559999"], input="HELP\n")

    assert f"app> {render('unknown_number', 'en')}" in result.output


def test_without_a_token_while_validation_is_on_it_says_how_to_set_one_and_exits_1(
    app: Flask,
) -> None:
    app.config["TWILIO_AUTH_TOKEN"] = None

    result = app.test_cli_runner().invoke(args=["chat", "+13125550142"], input="HELP\n")

    assert result.exit_code == 1
    assert "export TWILIO_AUTH_TOKEN=" in result.output
    assert inbound_rows() == []


def test_a_number_not_in_e164_form_is_refused(app: Flask) -> None:
    result = app.test_cli_runner().invoke(args=["chat", "312-555-0142"], input="HELP\n")

    assert result.exit_code == 2 and "E.164" in result.output
    assert inbound_rows() == []
