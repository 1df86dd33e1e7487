"""In Chromium: a patient enrolled on graded activity with their PSFS activities through the real
enrol form, the browser's own validation included (screenshots: enrol-function.png and
enrolled-function.png in test-artifacts/screenshots/)."""

from typing import TYPE_CHECKING

from sqlalchemy import select

from companion.extensions import db
from companion.function import default_activities
from companion.models import JobDemandProfile, Patient, ProgressionModel
from tests.dashboard.browser import SCREENSHOTS, needs_chromium

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = needs_chromium


def test_graded_activity_and_psfs_activities_are_enrolled_through_the_real_form(
    page: "Page", demo_clinic: Patient
) -> None:
    from playwright.sync_api import expect

    page.get_by_role("link", name="Enrol a patient").click()
    picker = page.locator(".template-picker")
    job_id = int(picker.get_by_label("Job").select_option(index=1)[0])
    picker.get_by_role("button", name="Load template").click()
    form = page.locator("form.enrol")
    activities = [form.get_by_label(f"PSFS activity {n}") for n in range(1, 6)]
    job = db.session.get_one(JobDemandProfile, job_id)
    defaults = default_activities(job)
    assert len(defaults) >= 2
    for box, name in zip(activities, defaults, strict=False):
        expect(box).to_have_value(name)  # the job's critical demands, as the rule says
    form.get_by_label("First name").fill("Rosa")
    form.get_by_label("Mobile phone").fill("(312) 555-0190")
    form.get_by_label("The patient agreed").check()
    form.get_by_label("Progression model").select_option("graded_activity")
    form.get_by_role("button", name="Enrol and send the welcome text").click()

    # No pain ceiling: the server refuses at that field, and keeps everything typed.
    ceiling = form.get_by_label("Agreed pain ceiling (graded activity)")
    expect(form.locator("fieldset.progression .error")).to_have_text(
        "Agreed pain ceiling: graded activity needs the pain (1-10) the patient agreed to."
    )
    expect(form.get_by_label("First name")).to_have_value("Rosa")
    assert db.session.scalar(select(Patient.id).where(Patient.first_name == "Rosa")) is None

    ceiling.fill("6")
    form.get_by_label("Quota rises every (days)").fill("5")
    form.get_by_label("PSFS activity 2").fill("")
    form.get_by_label("PSFS activity 5").fill("Driving the forklift")
    chosen = [v for v in (box.input_value() for box in activities) if v.strip()]
    assert len(chosen) >= 3
    page.screenshot(path=SCREENSHOTS / "enrol-function.png", full_page=True)
    form.get_by_role("button", name="Enrol and send the welcome text").click()

    expect(page.get_by_role("heading", name="Rosa")).to_be_visible()
    expect(page.locator("details.progression-model summary")).to_contain_text(
        "graded activity · pain ceiling 6/10 · quotas rise every 5 days"
    )
    expect(page.locator("#function .psfs-asked")).to_have_text(
        "Activities rated: " + " · ".join(chosen)
    )
    page.screenshot(path=SCREENSHOTS / "enrolled-function.png", full_page=True)
    db.session.expire_all()  # the live server wrote it in its own session
    rosa = db.session.scalars(select(Patient).where(Patient.first_name == "Rosa")).one()
    assert (rosa.progression_model, rosa.pain_ceiling, rosa.quota_interval_days) == (
        ProgressionModel.GRADED_ACTIVITY,
        6,
        5,
    )
    assert rosa.psfs_activities == chosen
