"""The dashboard in a real browser: Debian's Chromium driven by Playwright against a live server.

Screenshots of the caseload, alert, patient, programme-editing and reports pages land in
test-artifacts/screenshots/.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from companion.extensions import db
from companion.hostile import CONTROL
from companion.models import Alert, CareNote, Patient, Severity
from tests.dashboard.browser import NOW, SCREENSHOTS, URGENT_WORDS, needs_chromium

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = needs_chromium


def test_a_therapist_triages_acknowledges_and_downloads_the_report(
    page: "Page", live_server: str, demo_clinic: Patient, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    urgent_name = demo_clinic.display_name
    rows = page.locator("table.caseload tbody tr")
    expect(rows).to_have_count(6)
    expect(rows.nth(0)).to_contain_text(urgent_name)
    expect(rows.nth(0).locator(".badge")).to_have_text("urgent")
    expect(rows.nth(0)).to_contain_text("Red flag: neuro")
    expect(rows.nth(1).locator(".badge")).to_have_text("high")
    page.screenshot(path=SCREENSHOTS / "caseload.png", full_page=True)

    rows.nth(0).get_by_role("link", name="Red flag: neuro").click()
    card = page.locator("li.alert-card.urgent")
    expect(page.get_by_role("heading", name="Alerts")).to_be_visible()
    expect(card).to_contain_text(URGENT_WORDS)
    expect(card).to_contain_text("numb; tingly")
    expect(card).to_contain_text("open")
    page.screenshot(path=SCREENSHOTS / "alerts.png", full_page=True)

    card.get_by_role("button", name="Acknowledge").click()
    expect(card).to_contain_text("acknowledged")
    expect(card.get_by_role("button", name="Acknowledge")).to_have_count(0)

    card.get_by_role("link", name=urgent_name).click()
    expect(page.get_by_role("heading", name=urgent_name)).to_be_visible()
    expect(page.locator("svg.trend")).to_be_visible()
    expect(page.locator("svg.calendar")).to_be_visible()
    expect(page.locator("#alert-" + str(_alert_id(demo_clinic)))).to_contain_text("acknowledged")
    page.screenshot(path=SCREENSHOTS / "patient.png", full_page=True)

    proposal = page.locator(".proposal.advance")
    expect(proposal).to_contain_text("Proposed advance")
    proposal.get_by_role("button", name="Approve").click()
    page.get_by_role("button", name="Approve anyway").click()  # the red flag is not resolved
    expect(page.locator(".proposal")).to_have_count(0)
    expect(page.locator("ol.tasks")).to_contain_text("Squat lift 3x10 @ 27.5 lb")

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download progress report (PDF)").click()
    download = download_info.value
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    assert download.suggested_filename.endswith(".pdf")
    assert saved.read_bytes().startswith(b"%PDF")

    page.get_by_role("link", name="Caseload").click()
    expect(rows.nth(0)).not_to_contain_text(urgent_name)  # acknowledged: no longer first
    expect(page.locator(f"tr[data-patient-id='{demo_clinic.id}']")).to_contain_text("acknowledged")


def test_a_therapist_changes_a_load_and_sees_it_as_home_training_not_readiness(
    page: "Page", live_server: str, demo_clinic: Patient
) -> None:
    from playwright.sync_api import expect

    ana = db.session.scalars(select(Patient).where(Patient.first_name == "Ana")).one()
    cell = page.locator(f"tr[data-patient-id='{ana.id}'] td.readiness")
    expect(cell).to_contain_text("not tested")
    expect(cell).not_to_contain_text("RTW")

    page.get_by_role("link", name=ana.display_name).click()
    readiness = page.locator("#readiness")
    expect(readiness).to_contain_text("Home training")
    expect(readiness).to_contain_text("Floor-to-waist lift 50 lb")
    expect(readiness).not_to_contain_text("projected")
    page.get_by_role("link", name="Edit programme").click()

    expect(page.get_by_role("heading", name="Edit programme")).to_be_visible()
    lift = page.locator(".task-edit", has_text="Floor-to-waist lift")
    lift.get_by_label("Reps").fill("")  # the browser checks ranges; the server this
    lift.get_by_role("button", name="Save Floor-to-waist lift").click()
    expect(lift.locator(".error")).to_have_text("Give reps, minutes or feet.")
    lift.get_by_label("Reps").fill("10")
    lift.get_by_label("Load (lb)").fill("22.5")
    page.screenshot(path=SCREENSHOTS / "programme.png", full_page=True)
    lift.get_by_role("button", name="Save Floor-to-waist lift").click()

    expect(page.get_by_role("status")).to_have_text("Task saved.")
    expect(page.locator("ol.tasks")).to_contain_text("Floor-to-waist lift 3x10 @ 22.5 lb")
    expect(readiness).to_contain_text("home dose 22.5 lb")
    expect(page.locator("ol.thread")).to_contain_text(  # Ana's texts are in Spanish
        "Tu terapeuta te subio un paso: Levantamiento del piso a la cintura 3x10 @ 22.5 lb."
    )
    page.locator("#programme").scroll_into_view_if_needed()
    page.screenshot(path=SCREENSHOTS / "patient-programme-edited.png", full_page=True)


def test_a_therapist_describes_a_job_and_enrols_a_patient_for_it(
    page: "Page", live_server: str, demo_clinic: Patient
) -> None:
    from playwright.sync_api import expect

    page.get_by_role("link", name="Jobs").click()

    new_job = page.locator("#new-job")
    derived = page.locator("#derived-level")
    new_job.get_by_label("Job title").fill("Dock loader")
    new_job.get_by_label("Demand 1", exact=True).fill("Carry")
    new_job.get_by_label("Kind 1", exact=True).select_option("carry")
    new_job.get_by_label("Height range 1", exact=True).select_option("")
    new_job.get_by_role("button", name="Save job profile").click()
    expect(page.locator("#new-job .error")).to_have_text("Give the target.")
    # The derived DOT level follows the analysis as it is typed.
    new_job.get_by_label("Load, force or time 1", exact=True).fill("40")
    expect(derived).to_have_text("Derived level: medium (Carry 40 lb occasionally)")
    new_job.get_by_label("How often 1", exact=True).select_option("frequent")
    expect(derived).to_have_text("Derived level: heavy (Carry 40 lb frequently)")
    new_job.get_by_label("Carry ft 1", exact=True).fill("100")
    new_job.get_by_label("Demand 2", exact=True).fill("Floor-to-waist lift")
    new_job.get_by_label("Height range 2", exact=True).select_option("floor_to_waist")
    new_job.get_by_label("Load, force or time 2", exact=True).fill("50")
    new_job.get_by_label("Demand 3", exact=True).fill("Ladder climb")
    new_job.get_by_label("Kind 3", exact=True).select_option("position")
    new_job.get_by_label("Height range 3", exact=True).select_option("")
    new_job.get_by_label("Posture 3", exact=True).select_option("climb_ladder")
    new_job.get_by_label("Load, force or time 3", exact=True).fill("12")
    new_job.get_by_label("Unit 3", exact=True).select_option("ft")
    expect(derived).to_have_text("Derived level: heavy (Carry 40 lb frequently)")
    new_job.get_by_label("DOT strength level").select_option("medium")
    new_job.get_by_role("button", name="Save job profile").click()
    expect(page.locator("#new-job .error")).to_contain_text(
        "Carry 40 lb frequently makes this heavy work, not medium"
    )
    new_job.get_by_label("DOT strength level").select_option("")
    page.screenshot(path=SCREENSHOTS / "job-analysis.png", full_page=True)
    new_job.get_by_role("button", name="Save job profile").click()

    expect(page.get_by_role("status")).to_have_text("Job profile saved: Dock loader.")
    card = page.locator(".job", has_text="Dock loader")
    expect(card).to_contain_text("heavy work (DOT, derived: Carry 40 lb frequently)")
    expect(card.locator("tbody tr")).to_have_count(3)
    expect(card.locator("tr", has_text="Floor-to-waist lift")).to_contain_text("50 lb")
    page.screenshot(path=SCREENSHOTS / "jobs.png", full_page=True)
    page.get_by_role("link", name="Enrol a patient").click()
    picker = page.locator(".template-picker")
    picker.get_by_label("Job").select_option(label="Dock loader (other)")
    picker.get_by_role("button", name="Load template").click()
    expect(page.get_by_label("Trains 1")).to_contain_text("Carry")


def test_a_therapist_previews_releases_and_sees_the_weekly_report_marked_with_their_name(
    page: "Page", live_server: str, demo_clinic: Patient, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    named = {p.first_name: p for p in db.session.scalars(select(Patient))}
    ana, marcus = named["Ana"], named["Marcus"]
    last_week = "2026-11-16"  # NOW is Monday evening in Chicago: the week of the 16th is over
    page.get_by_role("link", name="Reports").click()
    expect(page.get_by_role("heading", name="Reports")).to_be_visible()

    row = page.locator(f"tr[data-patient-id='{ana.id}'][data-week='{last_week}']")
    expect(row).to_contain_text("Jordan Ellis, Lakeside Mutual Insurance")
    expect(row.locator(".tag")).to_have_text("Due")
    with page.expect_download() as download_info:
        row.get_by_role("link", name="Download PDF").click()
    download = download_info.value
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    assert download.suggested_filename == f"weekly-report-{ana.id}-{last_week}.pdf"
    assert saved.read_bytes().startswith(b"%PDF")

    row.get_by_role("button", name="Mark released to case manager").click()
    expect(page.get_by_role("status")).to_contain_text("Released Ana R.'s report")
    expect(row.locator(".tag")).to_have_text("Released")
    expect(row).to_contain_text("by Dana Reyes, PT")
    expect(row.get_by_role("button")).to_have_count(0)

    missing = page.locator(f"tr[data-patient-id='{marcus.id}'][data-week='{last_week}']")
    expect(missing).to_contain_text("No case manager on file")
    expect(missing.get_by_role("button")).to_have_count(0)
    page.screenshot(path=SCREENSHOTS / "reports.png", full_page=True)

    missing.get_by_role("link", name="add one").click()
    form = page.locator("#case-manager")
    form.get_by_label("Name").fill("Sam Ortiz")
    form.get_by_label("Organisation").fill("Ironworks Local 12")
    form.get_by_label("Email").fill("sam.ortiz@ironworks.example")
    form.get_by_role("button", name="Save case manager").click()
    expect(page.get_by_role("status")).to_have_text("Case manager saved.")
    expect(page.locator("#case-manager")).to_contain_text("Weekly reports go to Sam Ortiz")
    page.get_by_role("link", name="Reports").first.click()
    expect(missing).to_contain_text("Sam Ortiz, Ironworks Local 12")
    expect(missing.get_by_role("button", name="Mark released to case manager")).to_be_visible()


def test_a_therapist_discharges_a_patient_back_at_work_and_sees_the_clinics_rate(
    page: "Page", live_server: str, demo_clinic: Patient
) -> None:
    from playwright.sync_api import expect

    marcus = db.session.scalar(select(Patient).where(Patient.first_name == "Marcus"))
    assert marcus is not None
    page.goto(f"{live_server}/patients/{marcus.id}")

    page.get_by_text("Discharge Marcus").click()
    page.get_by_role("button", name="Discharge").click()
    expect(page.locator("#discharge .error")).to_have_text("Choose the outcome.")
    page.get_by_label("Outcome").select_option(label="Returned to work, modified duty")
    page.get_by_role("button", name="Discharge").click()

    expect(page.get_by_role("status")).to_contain_text("Returned to work, modified duty")
    expect(page.locator(".discharge-note")).to_contain_text("No texts go to Marcus now")
    page.get_by_role("link", name="Caseload").click()
    discharged = page.locator("#discharged")
    expect(discharged).to_contain_text("100% back at work (1 of 1)")
    expect(discharged.get_by_role("link", name=marcus.display_name)).to_be_visible()
    expect(page.locator("table.caseload")).not_to_contain_text(marcus.display_name)
    page.screenshot(path=SCREENSHOTS / "discharged.png", full_page=True)


def test_a_therapist_answers_a_question_by_text_and_resolves_it(
    page: "Page", live_server: str, demo_clinic: Patient
) -> None:
    from playwright.sync_api import expect

    marcus = db.session.scalars(select(Patient).where(Patient.first_name == "Marcus")).one()
    db.session.add(
        Alert(patient_id=marcus.id, kind="question", severity=Severity.WATCH,
              evidence={"text": "can I go up to 30 lb?"}, created_at=NOW)
    )  # fmt: skip
    db.session.commit()
    answer = "Yes, go to 30 lb if pain stays at 5 or under. Slow on the way down."
    page.goto(f"{live_server}/patients/{marcus.id}")
    expect(page.locator(".alerts-here")).to_contain_text("Question")

    texts = page.locator("#texts")
    texts.get_by_label("Text to the patient").fill(answer)
    expect(texts).to_contain_text("First name only; no diagnosis, employer or claim details")
    expect(texts).to_contain_text("goes at 08:00 the patient's time")  # 21:30 in Chicago
    texts.get_by_label("Resolve the question").check()
    texts.get_by_role("button", name="Send text").click()

    expect(page.get_by_role("status")).to_have_text(
        "Text queued (1 SMS segment): quiet hours, it goes at 08:00 the patient's time."
    )
    mine = page.locator("ol.thread li.from-care-team").last
    expect(mine).to_contain_text(answer)
    expect(mine).to_contain_text("From Dana Reyes, PT")
    expect(page.locator(".alerts-here")).not_to_contain_text("Question")
    expect(texts.get_by_label("Resolve the question")).to_have_count(0)
    texts.scroll_into_view_if_needed()
    page.screenshot(path=SCREENSHOTS / "patient-texted.png", full_page=True)


def test_a_note_holding_a_control_character_comes_back_with_the_error_at_the_note(
    page: "Page", live_server: str, demo_clinic: Patient
) -> None:
    from playwright.sync_api import expect

    def notes() -> int:
        of_patient = CareNote.patient_id == demo_clinic.id
        return db.session.scalar(select(func.count()).select_from(CareNote).where(of_patient)) or 0

    before = notes()
    page.goto(f"{live_server}/patients/{demo_clinic.id}")
    form = page.locator("#notes")
    form.get_by_label("New note").fill("Fear-avoidance\x00 easing")
    form.get_by_role("button", name="Add note").click()

    expect(form.locator(".error")).to_have_text(CONTROL)
    expect(page.get_by_label("Text to the patient")).to_have_value("")  # the note stays a note
    form.scroll_into_view_if_needed()
    page.screenshot(path=SCREENSHOTS / "note-control-character.png")
    assert notes() == before


def _alert_id(patient: Patient) -> int:
    alert_id = db.session.scalar(select(Alert.id).where(Alert.patient_id == patient.id))
    assert alert_id is not None
    return alert_id


def test_a_therapist_records_a_baseline_test_and_sees_the_grid(
    page: "Page", live_server: str, demo_clinic: Patient
) -> None:
    from playwright.sync_api import expect

    ana = db.session.scalars(select(Patient).where(Patient.first_name == "Ana")).one()
    page.get_by_role("link", name=ana.display_name).click()
    grid = page.locator("#capacity-grid")
    expect(grid.locator("tr", has_text="Floor-to-waist lift")).to_contain_text(
        "EPIC-style progressive lift"
    )  # the demo clinic's baseline
    push_row = grid.locator("tr", has_text="Push pallet jack")
    expect(push_row).to_contain_text("not tested")
    expect(page.locator("#capacity")).to_contain_text(
        "No overall figure: not tested: push pallet jack."
    )

    form = page.locator("#capacity-test-form")
    form.get_by_label("Demand").select_option(label="Push pallet jack")
    form.get_by_label("Method").select_option("task_simulation")
    form.get_by_label("Date").fill("2026-11-23")
    form.get_by_label("Result").fill("40")
    form.get_by_label("Unit").select_option("min")
    form.get_by_label("How often handled").select_option("occasional")
    form.get_by_label("Stopped by").select_option("mechanics")
    form.get_by_role("button", name="Record test").click()
    expect(form.locator(".error")).to_have_text("Give the result in lb, as the job asks it.")

    form.get_by_label("Unit").select_option("lb")
    form.get_by_role("button", name="Record test").click()

    expect(page.get_by_role("status")).to_have_text("Capacity test recorded.")
    expect(push_row).to_contain_text("40 lb occasional")
    expect(push_row).to_contain_text("task simulation, Nov 23, 2026")
    expect(push_row).to_contain_text("not yet")
    expect(push_row).to_contain_text("stopped: mechanics")
    expect(page.locator("#capacity")).to_contain_text("critical demands met")
    expect(page.locator("#restrictions")).to_contain_text(
        "push with a force of up to 40 lb occasionally"
    )
    page.locator("#capacity").scroll_into_view_if_needed()
    page.locator("#capacity").screenshot(path=SCREENSHOTS / "capacity-grid.png")


def test_a_therapist_matches_a_duty_sets_the_date_and_records_the_sign_off(
    page: "Page", live_server: str, demo_clinic: Patient
) -> None:
    from playwright.sync_api import expect

    ana = db.session.scalars(select(Patient).where(Patient.first_name == "Ana")).one()
    page.get_by_role("link", name=ana.display_name).click()
    capacity = page.locator("#capacity")

    duty = page.locator("#duty-form")
    duty.get_by_label("Duty").fill("Label pallets")
    duty.get_by_label("Hours a day").fill("4")
    duty.get_by_label("Kind").select_option("lift")
    duty.get_by_label("Height range").select_option("floor_to_waist")
    duty.get_by_label("Load, force or time").fill("20")
    duty.get_by_role("button", name="Add duty").click()
    expect(page.get_by_role("status")).to_have_text("Transitional duty added.")
    expect(capacity.locator(".duty.fits")).to_contain_text("Label pallets (4 h a day): fits")

    duty.get_by_label("Duty").fill("Restock top shelves")
    duty.get_by_label("Kind").select_option("position")
    duty.get_by_label("Posture").select_option("reach_overhead")
    duty.get_by_label("Load, force or time").fill("15")
    duty.get_by_label("Unit").select_option("min")
    duty.get_by_label("How often").select_option("frequent")
    duty.get_by_role("button", name="Add duty").click()
    expect(capacity.locator(".duty.exceeds")).to_contain_text(
        "Restock top shelves: exceeds: reach overhead 15 min: not tested"
    )

    capacity.get_by_label("Return-to-work date (set by the team)").fill("2026-12-14")
    hours = capacity.get_by_label("Graded hours a day, week by week (e.g. 4, 6, 8)")
    hours.fill("four, six")
    capacity.get_by_role("button", name="Save date and hours").click()
    expect(capacity.locator(".error")).to_have_text("Give hours a day as numbers, e.g. 4, 6, 8.")
    capacity.get_by_label("Return-to-work date (set by the team)").fill("2026-12-14")
    hours.fill("3, 6, 8")
    capacity.get_by_role("button", name="Save date and hours").click()
    expect(capacity).to_contain_text("Return-to-work date (set by the team): Dec 14, 2026")
    expect(page.locator("#graded-hours")).to_have_text(
        "Graded hours: from Dec 14, 2026 3 h a day; from Dec 21, 2026 6 h a day; "
        "from Dec 28, 2026 8 h a day"
    )
    expect(capacity.locator(".duty", has_text="Label pallets")).to_contain_text(
        "4 h a day: the graded plan starts at 3 h"
    )

    capacity.get_by_label("Physician").fill("Dr. Okafor")
    capacity.get_by_label("Signed on").fill("2026-11-23")
    capacity.get_by_role("button", name="Record physician's sign-off of these restrictions").click()
    expect(page.get_by_role("status")).to_have_text("Physician's sign-off recorded.")
    expect(capacity).to_contain_text(
        "Signed by Dr. Okafor on Nov 23, 2026: floor-to-waist lift up to 35 lb occasionally"
    )
    capacity.screenshot(path=SCREENSHOTS / "capacity-duties.png")
