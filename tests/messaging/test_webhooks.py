"""The webhooks: signatures checked (fail closed), inbound stored once, keywords first."""

from datetime import UTC, datetime

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from companion import create_app
from companion.extensions import db
from companion.models import ConsentEvent, ConsentKind, Message, MessageStatus, PatientStatus
from messaging.converse import converse_due
from messaging.outbox import enqueue
from tests.builders import make_patient
from tests.conftest import base_config
from tests.sms import inbound_form, signed_post, text

NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)


def rows(model: type = Message) -> int:
    return db.session.scalar(select(func.count()).select_from(model)) or 0


def status_form(sid: str = "SM" + "a" * 32, status: str = "delivered") -> dict[str, str]:
    return {
        "AccountSid": "AC" + "0" * 32,
        "MessageSid": sid,
        "MessageStatus": status,
        "To": "+13125550142",
        "From": "+13125550100",
    }


FORMS = {"/sms/inbound": inbound_form("+13125550142", "done pain 3"), "/sms/status": status_form()}


@pytest.mark.parametrize("path", FORMS)
@pytest.mark.parametrize(
    "tamper",
    ["body_changed", "parameter_dropped", "header_missing", "wrong_token", "other_url"],
)
def test_an_invalid_signature_is_403_and_writes_nothing(
    client: FlaskClient, path: str, tamper: str
) -> None:
    form = dict(FORMS[path])
    signature_form = dict(form)
    if tamper == "body_changed":
        key = "Body" if "Body" in form else "MessageStatus"
        form[key] = form[key][:-1] + "X"
    if tamper == "parameter_dropped":
        form.pop("To")
    kwargs: dict = {"token": "not-the-token"} if tamper == "wrong_token" else {}
    if tamper == "other_url":
        kwargs["signed_url"] = "https://evil.example.org" + path
    from twilio.request_validator import RequestValidator

    from tests.conftest import TWILIO_TOKEN

    signature = RequestValidator(kwargs.get("token", TWILIO_TOKEN)).compute_signature(
        kwargs.get("signed_url", "http://localhost" + path), signature_form
    )
    headers = {} if tamper == "header_missing" else {"X-Twilio-Signature": signature}

    response = client.post(path, data=form, headers=headers)

    assert response.status_code == 403
    assert rows() == 0


@pytest.mark.parametrize(
    "body", ["  done pain 3  ", "done 💪🏽 dolor 2", "x" * 1600, "línea uno\nlínea dos"]
)
def test_a_valid_signature_over_any_body_is_accepted_untrimmed(
    client: FlaskClient, body: str
) -> None:
    make_patient(phone="+13125550142")

    response = signed_post(client, "/sms/inbound", inbound_form("+13125550142", body))

    assert response.status_code == 200
    assert db.session.scalar(select(Message.body).where(Message.direction == "inbound")) == body


def test_behind_a_proxy_the_public_base_url_is_what_is_validated(database_url: str) -> None:
    app = create_app({**base_config(database_url), "PUBLIC_BASE_URL": "https://sms.example.org"})
    with app.app_context():
        client = app.test_client()
        form = inbound_form("+13125550142", "hola")

        response = signed_post(
            client,
            "/sms/inbound",
            form,
            signed_url="https://sms.example.org/sms/inbound",
            base_url="http://10.0.0.5:8000",
        )

        assert response.status_code == 200
        db.session.remove()
        db.engine.dispose()


def test_forwarded_headers_from_a_client_do_not_change_the_validated_url(
    client: FlaskClient,
) -> None:
    form = inbound_form("+13125550142", "hola")

    response = signed_post(
        client,
        "/sms/inbound",
        form,
        signed_url="https://sms.example.org/sms/inbound",
        base_url="http://10.0.0.5:8000",
        headers={"X-Forwarded-Host": "sms.example.org", "X-Forwarded-Proto": "https"},
    )

    assert response.status_code == 403
    assert rows() == 0


def test_behind_a_trusted_proxy_its_forwarded_url_is_what_is_validated(
    database_url: str,
) -> None:
    app = create_app({**base_config(database_url), "TRUSTED_PROXIES": 1})
    with app.app_context():
        form = inbound_form("+13125550142", "hola")

        response = signed_post(
            app.test_client(),
            "/sms/inbound",
            form,
            signed_url="https://sms.example.org/sms/inbound",
            base_url="http://10.0.0.5:8000",
            headers={"X-Forwarded-Host": "sms.example.org", "X-Forwarded-Proto": "https"},
        )

        assert response.status_code == 200
        db.session.remove()
        db.engine.dispose()


def test_without_an_auth_token_every_webhook_is_refused(database_url: str) -> None:
    app = create_app({**base_config(database_url), "TWILIO_AUTH_TOKEN": None})
    with app.app_context():
        for path, form in FORMS.items():
            assert signed_post(app.test_client(), path, form).status_code == 403
        assert rows() == 0
        db.session.remove()
        db.engine.dispose()


def test_the_same_message_sid_twice_is_stored_once_and_answered_the_same(
    client: FlaskClient,
) -> None:
    make_patient(phone="+13125550142")
    form = inbound_form("+13125550142", "done pain 3 fatigue 4")

    first = signed_post(client, "/sms/inbound", form)
    converse_due(NOW)
    second = signed_post(client, "/sms/inbound", form)
    converse_due(NOW)

    assert first.status_code == second.status_code == 200
    assert first.data == second.data
    assert rows() == 2  # the inbound text and the one reply
    from companion.models import CheckIn

    assert rows(CheckIn) == 1


@pytest.mark.parametrize(
    "word",
    [
        "STOP",
        "stop",
        " Stop ",
        "STOPALL",
        "UNSUBSCRIBE",
        "CANCEL",
        "END",
        "QUIT",
        "REVOKE",
        "OPTOUT",
        "PARAR",
        "please stop texting me",
    ],
)
def test_an_opt_out_stops_everything_at_once_with_one_confirmation(
    client: FlaskClient, word: str
) -> None:
    patient = make_patient(phone="+13125550142")
    enqueue(
        phone=patient.phone,
        body="Hi Ana, today: ...",
        dedupe_key="plan:x",
        now=NOW,
        patient_id=patient.id,
    )
    db.session.commit()

    answer = text(client, patient.phone, word)

    assert answer.data.count(b"<Message>") == 1
    db.session.expire_all()
    assert patient.status == PatientStatus.STOPPED
    assert [e.kind for e in patient.consent_events] == [ConsentKind.GRANTED, ConsentKind.REVOKED]
    queued = db.session.scalar(select(Message).where(Message.dedupe_key == "plan:x"))
    assert queued is not None and queued.status == MessageStatus.CANCELLED


def test_start_resumes_texts_and_appends_a_grant(client: FlaskClient) -> None:
    patient = make_patient(phone="+13125550142")
    text(client, patient.phone, "STOP")

    answer = text(client, patient.phone, "START")

    db.session.expire_all()
    assert patient.status == PatientStatus.ACTIVE
    assert b"START" not in answer.data and b"<Message>" in answer.data
    kinds = db.session.scalars(select(ConsentEvent.kind).order_by(ConsentEvent.id)).all()
    assert kinds == [ConsentKind.GRANTED, ConsentKind.REVOKED, ConsentKind.GRANTED]


def test_plain_spanish_stop_and_resume_by_their_structure_revoke_and_grant_consent(
    client: FlaskClient,
) -> None:
    patient = make_patient(phone="+13125550142")

    text(client, patient.phone, "suspendan los recordatorios, ya no los necesito")
    db.session.expire_all()
    assert patient.status == PatientStatus.STOPPED

    text(client, patient.phone, "ya me pueden volver a mandar los recordatorios")
    db.session.expire_all()
    assert patient.status == PatientStatus.ACTIVE
    kinds = db.session.scalars(select(ConsentEvent.kind).order_by(ConsentEvent.id)).all()
    assert kinds == [ConsentKind.GRANTED, ConsentKind.REVOKED, ConsentKind.GRANTED]


def test_a_leading_stop_then_the_body_keeps_the_patient_texted(client: FlaskClient) -> None:
    patient = make_patient(phone="+13125550142")

    text(client, patient.phone, "stop, my shoulder is killing me")

    db.session.expire_all()
    assert patient.status == PatientStatus.ACTIVE
    assert [e.kind for e in patient.consent_events] == [ConsentKind.GRANTED]


@pytest.mark.parametrize("word", ["HELP", "info", "AYUDA"])
def test_help_answers_with_clinic_contact_rates_and_how_to_stop(
    client: FlaskClient, word: str
) -> None:
    patient = make_patient(phone="+13125550142")

    answer = text(client, patient.phone, word).data.decode()

    assert patient.clinic.name in answer and "(312) 555-0100" in answer
    assert "STOP" in answer
    assert "rates may apply" in answer or "tarifas" in answer


def test_a_stopped_patient_gets_no_answer_to_ordinary_texts(client: FlaskClient) -> None:
    patient = make_patient(phone="+13125550142")
    text(client, patient.phone, "STOP")

    answer = text(client, patient.phone, "done")

    assert b"<Message>" not in answer.data


def test_a_status_callback_without_a_message_sid_is_400(app: Flask, client: FlaskClient) -> None:
    form = status_form()
    del form["MessageSid"]

    assert signed_post(client, "/sms/status", form).status_code == 400
