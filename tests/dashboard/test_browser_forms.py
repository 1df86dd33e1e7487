"""Enrolling and editing in a real browser: Debian's Chromium fills and submits the forms, the
browser's own validation included, against a live server on the demo clinic.

Screenshots at desk width (1366 px) land in test-artifacts/screenshots/.
"""

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pytest
from flask import Flask
from sqlalchemy import select

from companion.demo import load_demo
from companion.extensions import db
from companion.models import AuditEvent, JobDemand, JobDemandProfile, Message, Patient, Task
from companion.monitoring.redflags import record_red_flags
from companion.planning import plan_due
from tests.dashboard.browser import NOW, SCREENSHOTS, needs_chromium, serve, signed_in_page

if TYPE_CHECKING:
    from playwright.sync_api import Locator, Page

pytestmark = needs_chromium
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri"]


@pytest.fixture
def server(app: Flask) -> Iterator[str]:
    """The demo clinic on the test database, served on a free loopback port, on NOW's clock."""
    app.config["CLOCK"] = lambda: NOW
    load_demo(NOW)
    with serve(app) as url:
        yield url


@pytest.fixture
def desk(server: str) -> Iterator["Page"]:
    """Chromium at a desk's width, signed in as the demo therapist."""
    with signed_in_page(server, 1366, 900) as page:
        yield page


def day(page: "Page", name: str) -> "Locator":
    return page.locator("fieldset.days").get_by_label(name, exact=True)


def patient_named(first_name: str) -> Patient:
    db.session.expire_all()  # the live server wrote it in its own session
    return db.session.scalars(select(Patient).where(Patient.first_name == first_name)).one()


def test_a_monday_to_friday_programme_is_enrolled_through_the_real_form(desk: "Page") -> None:
    from playwright.sync_api import expect

    desk.get_by_role("link", name="Enrol a patient").click()
    form = desk.locator("form.enrol")
    form.get_by_label("First name").fill("Rosa")
    form.get_by_label("Mobile phone").fill("(312) 555-0190")
    for name in WEEKDAYS:
        expect(day(desk, name)).to_be_checked()
    for name in ("Sat", "Sun"):
        expect(day(desk, name)).not_to_be_checked()
    form.get_by_label("The patient agreed").check()
    desk.screenshot(path=SCREENSHOTS / "enrol-mon-fri.png", full_page=True)
    form.get_by_role("button", name="Enrol and send the welcome text").click()

    expect(desk.get_by_role("heading", name="Rosa")).to_be_visible()
    expect(desk.locator("#programme")).to_contain_text("Mon, Tue, Wed, Thu, Fri")
    rosa = patient_named("Rosa")
    assert rosa.program is not None
    assert (rosa.phone, rosa.program.days) == ("+13125550190", ["mon", "tue", "wed", "thu", "fri"])


def test_no_day_at_all_is_refused_by_the_server_at_the_days(desk: "Page") -> None:
    from playwright.sync_api import expect

    desk.get_by_role("link", name="Enrol a patient").click()
    form = desk.locator("form.enrol")
    form.get_by_label("First name").fill("Rosa")
    form.get_by_label("Mobile phone").fill("(312) 555-0190")
    for name in WEEKDAYS:
        day(desk, name).uncheck()
    form.get_by_label("The patient agreed").check()
    form.get_by_role("button", name="Enrol and send the welcome text").click()

    expect(desk.locator("fieldset.days .error")).to_have_text("Pick at least one day.")
    expect(form.get_by_label("First name")).to_have_value("Rosa")
    assert db.session.scalar(select(Patient.id).where(Patient.first_name == "Rosa")) is None


def test_a_programme_is_rescheduled_to_monday_wednesday_and_friday(desk: "Page") -> None:
    from playwright.sync_api import expect

    marcus = patient_named("Marcus")
    desk.get_by_role("link", name=marcus.display_name).click()
    desk.get_by_role("link", name="Edit programme").click()
    schedule = desk.locator("#schedule")
    for name in ("Mon", "Wed", "Fri"):
        day(desk, name).check()
    for name in ("Tue", "Thu", "Sat", "Sun"):
        day(desk, name).uncheck()
    desk.screenshot(path=SCREENSHOTS / "reschedule-mon-wed-fri.png", full_page=True)
    schedule.get_by_role("button", name="Save schedule").click()

    expect(desk.get_by_role("status")).to_have_text("Schedule saved.")
    expect(desk.locator("#programme")).to_contain_text("Mon, Wed, Fri ·")
    program = patient_named("Marcus").program
    assert program is not None and program.days == ["mon", "wed", "fri"]


def test_loading_a_template_keeps_the_patient_typed_and_a_bad_phone_says_what_is_expected(
    desk: "Page",
) -> None:
    from playwright.sync_api import expect

    desk.get_by_role("link", name="Enrol a patient").click()
    form = desk.locator("form.enrol")
    form.get_by_label("First name").fill("Javier")
    form.get_by_label("Last initial").fill("M")
    form.get_by_label("Mobile phone").fill("312 555 01")
    form.get_by_label("Time zone").select_option("America/Denver")
    form.get_by_label("Texts in").select_option(label="Spanish")
    day(desk, "Fri").uncheck()
    form.get_by_label("Task 1").fill("Something typed by hand")
    picker = desk.locator(".template-picker")
    picker.get_by_label("Start from the template for").select_option(label="Construction laborer")
    picker.get_by_role("button", name="Load template").click()

    expect(form.get_by_label("Task 2")).to_have_value("Step-ups")
    expect(form.get_by_label("Task 1")).to_have_value("Floor-to-waist lift")
    expect(form.get_by_label("First name")).to_have_value("Javier")
    expect(form.get_by_label("Last initial")).to_have_value("M")
    expect(form.get_by_label("Mobile phone")).to_have_value("312 555 01")
    expect(form.get_by_label("Time zone")).to_have_value("America/Denver")
    expect(form.get_by_label("Texts in")).to_have_value("es")
    expect(day(desk, "Fri")).not_to_be_checked()
    expect(day(desk, "Thu")).to_be_checked()
    expect(form.locator(".error")).to_have_count(0)  # loading is not submitting

    form.get_by_label("The patient agreed").check()
    form.get_by_role("button", name="Enrol and send the welcome text").click()
    expect(form.locator(".field", has_text="Mobile phone").locator(".error")).to_have_text(
        "Check the number: give a US mobile number such as (312) 555-0142."
    )
    desk.screenshot(path=SCREENSHOTS / "enrol-template-kept.png", full_page=True)
    form.get_by_label("Mobile phone").fill("312 555 0191")
    form.get_by_label("Mobile phone").press("Enter")  # Enter enrols; it does not load

    expect(desk.get_by_role("heading", name="Javier M.")).to_be_visible()
    javier = patient_named("Javier")
    assert javier.program is not None
    assert (javier.phone, javier.language, javier.timezone) == (
        "+13125550191",
        "es",
        "America/Denver",
    )
    assert [t.name for t in javier.program.tasks] == [
        "Floor-to-waist lift",
        "Step-ups",
        "Farmer carry",
        "Overhead reach",
    ]
    assert javier.program.days == ["mon", "tue", "wed", "thu"]


TUESDAY_PLAN = datetime(2026, 11, 24, 14, 5, tzinfo=UTC)  # 08:05 in Chicago, the day after NOW


def next_plan(patient: Patient) -> Message:
    """Run the morning's planning on its own clock, as the scheduler tick does; the plan queued."""
    plan_due(TUESDAY_PLAN)
    return db.session.scalars(
        select(Message).where(Message.patient_id == patient.id, Message.purpose == "plan")
    ).one()


@pytest.mark.parametrize("width", [1366, 390])  # a desk, and a phone in the clinic's hallway
def test_a_new_phone_and_language_hold_from_the_next_text(server: str, width: int) -> None:
    with signed_in_page(server, width, 900) as desk:
        edit_phone_and_language(desk, width)


def edit_phone_and_language(desk: "Page", width: int) -> None:
    from playwright.sync_api import expect

    marcus = patient_named("Marcus")
    desk.get_by_role("link", name=marcus.display_name).click()
    desk.get_by_role("link", name="Edit details").click()
    details = desk.locator("#details")
    expect(details.get_by_label("Mobile phone")).to_have_value("(312) 555-0143")
    details.get_by_label("Mobile phone").fill("(312) 555-0142")  # Ana's
    details.get_by_label("Texts in").select_option(label="Spanish")
    details.get_by_role("button", name="Save details").click()
    expect(details.locator(".error")).to_have_text("Ana R. is enrolled with this number.")
    expect(details.get_by_label("Texts in")).to_have_value("es")  # what was typed stays

    details.get_by_label("Mobile phone").fill("(773) 555-0199")
    desk.screenshot(path=SCREENSHOTS / f"patient-details-{width}.png", full_page=True)
    details.get_by_role("button", name="Save details").click()

    expect(desk.get_by_role("status")).to_have_text("Details saved.")
    expect(desk.locator(".page-head .sub")).to_contain_text("texts in Spanish")
    expect(desk.locator(".page-head .sub")).to_contain_text("+17735550199")
    plan = next_plan(marcus)
    assert plan.phone == "+17735550199"
    assert plan.body.startswith("Hola Marcus, hoy: 1) ")
    edits = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "patient.edit")).all()
    assert [(e.patient_id, e.detail["changed"]) for e in edits] == [
        (marcus.id, ["phone", "language"])
    ]
    assert "+17735550199" not in str(edits[0].detail), "numbers are not copied into the audit"


def test_a_custom_task_and_a_renamed_one_are_texted_in_the_next_plan(desk: "Page") -> None:
    from playwright.sync_api import expect

    marcus = patient_named("Marcus")
    desk.get_by_role("link", name=marcus.display_name).click()
    desk.get_by_role("link", name="Edit programme").click()
    own = desk.locator("#custom-task")
    own.get_by_label("Task name").fill("Ladder carry")
    own.get_by_role("button", name="Add this task").click()
    expect(own.locator(".error")).to_have_text("Give reps, minutes or feet.")
    own.get_by_label("Sets", exact=True).fill("2")
    own.get_by_label("Feet", exact=True).fill("40")
    own.get_by_label("Trains").select_option(label="Carry")
    own.get_by_role("button", name="Add this task").click()
    expect(desk.get_by_role("status")).to_have_text("Task added.")
    expect(desk.locator("ol.tasks")).to_contain_text("Ladder carry 40 ft")

    desk.get_by_role("link", name="Edit programme").click()
    carry = desk.locator(".task-edit", has_text="Farmer carry")
    carry.get_by_label("Task name").fill("Bucket carry")
    carry.get_by_label("Feet").fill("50")
    desk.screenshot(path=SCREENSHOTS / "programme-custom-task.png", full_page=True)
    carry.get_by_role("button", name="Save Farmer carry").click()
    expect(desk.get_by_role("status")).to_have_text("Task saved.")

    body = next_plan(marcus).body
    assert "Bucket carry 50 ft x4 @ 30 lb" in body and "Ladder carry 40 ft" in body
    assert "Farmer carry" not in body
    ladder = db.session.scalars(select(Task).where(Task.name == "Ladder carry")).one()
    assert ladder.job_demand is not None and ladder.job_demand.name == "Carry"
    actions = db.session.scalars(
        select(AuditEvent.action).where(AuditEvent.action.like("programme.task.%"))
    ).all()
    assert actions == ["programme.task.add", "programme.task.edit"]


def test_a_job_profile_is_corrected_and_a_dropped_demand_trains_nothing(desk: "Page") -> None:
    from playwright.sync_api import expect

    reach = db.session.scalar(
        select(JobDemand.id)
        .join(JobDemandProfile)
        .where(JobDemandProfile.job_title == "Construction laborer")
        .where(JobDemand.name == "Overhead reach")
    )
    assert db.session.scalars(select(Task).where(Task.job_demand_id == reach)).first()
    desk.get_by_role("link", name="Jobs").click()
    desk.get_by_role("link", name="Edit Construction laborer").click()
    job = desk.locator("#edit-job")
    expect(job.get_by_label("Demand 1", exact=True)).to_have_value("Floor-to-waist lift")
    job.get_by_label("Load, force or time 1", exact=True).fill("80")
    job.get_by_label("Demand 4", exact=True).fill("")  # Overhead reach (never tested) goes
    job.get_by_label("Demand 5", exact=True).fill("Stand at the bench")
    job.get_by_label("Kind 5", exact=True).select_option("position")
    job.get_by_label("Posture 5", exact=True).select_option("stand")
    job.get_by_label("Unit 5", exact=True).select_option("min")
    job.get_by_role("button", name="Save job profile").click()
    expect(job.locator(".error")).to_have_text("Give the target.")
    job.get_by_label("Load, force or time 5", exact=True).fill("30")
    desk.screenshot(path=SCREENSHOTS / "job-edit.png", full_page=True)
    job.get_by_role("button", name="Save job profile").click()

    expect(desk.get_by_role("status")).to_have_text("Job profile saved: Construction laborer.")
    card = desk.locator(".job", has_text="Construction laborer")
    expect(card.locator("tbody tr")).to_have_count(4)
    expect(card.locator("tbody tr", has_text="Floor-to-waist lift")).to_contain_text("80 lb")
    expect(card.locator("tbody tr", has_text="Stand at the bench")).to_contain_text("30 min")
    expect(card).not_to_contain_text("Overhead reach")
    db.session.expire_all()
    assert db.session.scalars(select(Task).where(Task.job_demand_id == reach)).all() == []


def test_the_therapists_mobile_set_on_the_team_page_gets_the_urgent_alert(desk: "Page") -> None:
    from playwright.sync_api import expect

    desk.get_by_role("link", name="Team").click()
    mobile = desk.get_by_label("Mobile of Dana Reyes, PT")
    mobile.fill("312 555 01")
    desk.get_by_role("button", name="Save mobile").click()
    expect(desk.locator("form.mobile .error")).to_contain_text("(312) 555-0142")
    mobile.fill("(773) 555-0150")
    desk.get_by_role("button", name="Save mobile").click()
    expect(desk.get_by_role("status")).to_have_text("Mobile saved for Dana Reyes, PT.")
    expect(mobile).to_have_value("(773) 555-0150")
    desk.screenshot(path=SCREENSHOTS / "team-mobile.png", full_page=True)

    linh = patient_named("Linh")
    record_red_flags(linh, ("neuro",), {"neuro": "numb"}, "my leg went numb", NOW)
    db.session.commit()

    alert = db.session.scalars(select(Message).where(Message.purpose == "therapist_alert")).one()
    assert alert.phone == "+17735550150"
    assert "my leg" not in alert.body and "Linh" not in alert.body  # initials and a pointer only
