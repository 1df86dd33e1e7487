"""Dashboard test helpers: signing in through the real form, and reading the CSRF token."""

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import pytest
from flask import Flask, current_app
from flask.testing import FlaskClient
from werkzeug.routing import Rule

from companion.extensions import db
from companion.models import (
    Alert,
    CareNote,
    DemandFrequency,
    Direction,
    JobDemand,
    JobDemandProfile,
    Message,
    MessageStatus,
    Patient,
    Severity,
    StrengthLevel,
    Therapist,
)
from tests.builders import make_clinic, make_patient, make_therapist, make_token
from tests.dashboard.browser import close_chromium, load_demo_clinic, serve, signed_in_page

if TYPE_CHECKING:
    from playwright.sync_api import Page

PASSWORD = "correct-horse-battery"
TOKEN = re.compile(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"')


def csrf_token(client: FlaskClient, path: str = "/login") -> str:
    """The CSRF token of the client's session, read from a page as a browser would."""
    match = TOKEN.search(client.get(path).get_data(as_text=True))
    assert match, f"no CSRF token on {path}"
    return match.group(1)


def sign_in(client: FlaskClient, email: str, password: str = PASSWORD) -> FlaskClient:
    response = client.post(
        "/login",
        data={"email": email, "password": password, "csrf_token": csrf_token(client)},
    )
    assert response.status_code == 302, response.get_data(as_text=True)
    return client


def post_form(client: FlaskClient, path: str, **data: object) -> object:
    """POST a form with the session's CSRF token, as the dashboard's own forms do."""
    return client.post(path, data={**data, "csrf_token": csrf_token(client, "/password")})


@pytest.fixture(scope="module", autouse=True)
def one_chromium_per_module() -> Iterator[None]:
    """The Chromium a module's browser tests share (browser.chromium) ends with the module."""
    yield
    close_chromium()


@pytest.fixture
def therapist(app: Flask) -> Therapist:
    return make_therapist(password=PASSWORD)


@pytest.fixture
def signed_in(client: FlaskClient, therapist: Therapist) -> FlaskClient:
    return sign_in(client, therapist.email)


@pytest.fixture
def live_server(app: Flask) -> Iterator[str]:
    """The app on the test database, served on a free loopback port."""
    with serve(app) as url:
        yield url


@pytest.fixture
def demo_clinic(app: Flask) -> Patient:
    """The demo clinic, plus an urgent red flag and a high pain alert; the urgent patient."""
    return load_demo_clinic(app)


@pytest.fixture
def page(live_server: str, demo_clinic: Patient) -> Iterator["Page"]:
    """Chromium signed in as the demo therapist, on the caseload."""
    with signed_in_page(live_server) as page:
        yield page


NOT_IDS = {"static"}  # endpoints whose URL argument is a file name, not a record id
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


def routes_with_ids(app: Flask) -> list[tuple[Rule, str]]:
    """Every (rule, method) whose URL takes an argument: new routes join the sweep by themselves."""
    return sorted(
        (
            (rule, method)
            for rule in app.url_map.iter_rules()
            if rule.arguments and rule.endpoint not in NOT_IDS
            for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"})
        ),
        key=lambda pair: (pair[0].rule, pair[1]),
    )


def state_changing_routes(app: Flask) -> list[tuple[Rule, str]]:
    return sorted(
        (
            (rule, method)
            for rule in app.url_map.iter_rules()
            for method in sorted((rule.methods or set()) - SAFE_METHODS)
        ),
        key=lambda pair: (pair[0].rule, pair[1]),
    )


def fill(rule: Rule, ids: dict[str, int]) -> str:
    """The rule's URL with each argument replaced by the id given for it."""
    missing = set(rule.arguments) - set(ids)
    assert not missing, f"{rule.rule} takes {sorted(missing)}: give the sweep an id for it"
    return re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", lambda m: str(ids[m.group(1)]), rule.rule)


def make_clinic_with_data(first_name: str, phone: str, words: str) -> dict[str, Any]:
    """A clinic with a therapist, a patient on a job profile, an alert, a note and texts."""
    therapist = make_therapist(clinic=make_clinic(f"{first_name} Clinic"), password=PASSWORD)
    profile = JobDemandProfile(
        clinic_id=therapist.clinic_id,
        job_title=f"{first_name} job title",
        industry="warehouse",
        strength_level=StrengthLevel.HEAVY,
        demands=[JobDemand(name="Floor-to-waist lift", target=Decimal(50), unit="lb",
                           frequency=DemandFrequency.OCCASIONAL)],
    )  # fmt: skip
    db.session.add(profile)
    db.session.commit()
    patient = make_patient(
        therapist, first_name=first_name, phone=phone, last_initial="Q", job_profile_id=profile.id
    )
    alert = Alert(
        patient_id=patient.id, kind="red_flag:neuro", severity=Severity.URGENT,
        evidence={"category": "neuro", "words": "numb", "text": words},
    )  # fmt: skip
    note = CareNote(
        patient_id=patient.id, author_id=therapist.id, author_role=therapist.role,
        body=f"note about {first_name}: {words}", include_in_report=True,
    )  # fmt: skip
    text = Message(
        direction=Direction.INBOUND, status=MessageStatus.HANDLED, phone=phone,
        patient_id=patient.id, body=words,
    )  # fmt: skip
    db.session.add_all([alert, note, text])
    db.session.commit()
    ids = {
        "patient_id": patient.id,
        "alert_id": alert.id,
        "note_id": note.id,
        "task_id": patient.program.tasks[0].id,
        "member_id": therapist.id,
        "profile_id": profile.id,
    }
    if "proposal_id" in route_arguments():
        ids["proposal_id"] = make_proposal(patient)
    return {
        "therapist": therapist,
        "patient": patient,
        "alert": alert,
        "note": note,
        "profile": profile,
        "token": make_token(therapist),
        "ids": ids,
        "secrets": [first_name, phone, phone[2:], words, therapist.name, therapist.email,
                    f"{first_name} Clinic", f"{first_name} job title"],
    }  # fmt: skip


def route_arguments() -> set[str]:
    return {name for rule in current_app.url_map.iter_rules() for name in rule.arguments}


def make_proposal(patient: Patient) -> int:
    """A pending progression proposal for the patient's first task (routes that take one)."""
    from companion.models.progression import Proposal, ProposalKind

    proposal = Proposal(
        patient_id=patient.id, task_id=patient.program.tasks[0].id, kind=ProposalKind.ADVANCE,
        current_reps=10, proposed_reps=12, reason={},
    )  # fmt: skip
    db.session.add(proposal)
    db.session.commit()
    return proposal.id
