"""In Chromium: a task's own history and the PSFS trend on the patient page, and the
progression model changed through its form (screenshot: screenshots/patient-function.png)."""

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import select

from companion.extensions import db
from companion.models import (
    AuditEvent,
    CheckIn,
    Completion,
    Instrument,
    Patient,
    QuestionnaireAnswer,
    QuestionnaireResponse,
    ResponseStatus,
    TaskReport,
)

if TYPE_CHECKING:
    from playwright.sync_api import Page

from tests.dashboard.browser import SCREENSHOTS, needs_chromium

pytestmark = needs_chromium


def test_the_patient_page_shows_a_tasks_own_history_and_changes_the_model(
    page: "Page",
    live_server: str,
    demo_clinic: Patient,
) -> None:
    from playwright.sync_api import expect

    ana = db.session.scalars(select(Patient).where(Patient.first_name == "Ana")).one()
    assert ana.program is not None
    lift = ana.program.tasks[0]
    checkin = CheckIn(
        patient_id=ana.id, local_date=date(2026, 11, 23), completion=Completion.PARTIAL, pain=3
    )
    db.session.add(
        TaskReport(
            checkin=checkin,
            patient_id=ana.id,
            task_id=lift.id,
            local_date=date(2026, 11, 23),
            completion="done",
            sets=3,
            reps=8,
            load_lb=25,
            pain=4,
        )
    )
    for occasion, day, ratings in (("intake", 9, [3, 4, 2]), ("week_2", 23, [5, 6, 4])):
        db.session.add(
            QuestionnaireResponse(
                patient_id=ana.id,
                instrument=Instrument.PSFS,
                occasion=occasion,
                items=["Lifting boxes", "Climbing the ladder", "Driving the forklift"],
                status=ResponseStatus.COMPLETED,
                score=Decimal(sum(ratings)) / 3,
                started_at=datetime(2026, 11, day, 19, tzinfo=UTC),
                completed_at=datetime(2026, 11, day, 19, 5, tzinfo=UTC),
                answers=[QuestionnaireAnswer(item=i, value=v) for i, v in enumerate(ratings)],
            )
        )
    db.session.commit()

    page.get_by_role("link", name=ana.display_name).click()
    function = page.locator("#function")
    expect(function.locator("tbody tr")).to_have_count(2)
    expect(function).to_contain_text("Change since the first: +2.0 points")
    expect(function).to_contain_text("minimal detectable change")
    function.get_by_role("button", name="Text the final PSFS").click()
    expect(page.get_by_role("status")).to_contain_text("discharge PSFS will be texted")
    function.get_by_role("button", name="Text the final PSFS").click()
    expect(page.get_by_role("status")).to_contain_text("already been asked for")
    page.get_by_role("link", name="Caseload").click()
    page.get_by_role("link", name=ana.display_name).click()
    history = page.locator("ol.tasks li", has_text=lift.name).locator("details.task-history")
    history.locator("summary").click()
    expect(history).to_contain_text("3x8 @ 25 lb")
    expect(history.locator("tbody tr")).to_have_count(1)

    model = page.locator("details.progression-model")
    expect(model.locator("summary")).to_contain_text("pain monitored")
    model.locator("summary").click()
    model.get_by_label("Progression model").select_option("graded_activity")
    model.get_by_label("Agreed pain ceiling (graded activity)").fill("7")
    model.get_by_label("Quota rises every (days)").fill("5")
    page.screenshot(path=SCREENSHOTS / "patient-function.png", full_page=True)
    model.get_by_role("button", name="Save progression model").click()

    expect(page.get_by_role("status")).to_contain_text("Graded activity")
    expect(page.locator("details.progression-model summary")).to_contain_text(
        "graded activity · pain ceiling 7/10 · quotas rise every 5 days"
    )
    db.session.expire_all()
    assert db.session.get_one(Patient, ana.id).pain_ceiling == 7
    assert db.session.scalars(
        select(AuditEvent.action).where(AuditEvent.action == "patient.progression_model")
    ).one()
