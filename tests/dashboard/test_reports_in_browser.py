"""Reports in a real browser: several weeks released at once, and the claim number a case
manager files by, typed on the patient's page, heading the PDF."""

import io
from pathlib import Path
from typing import TYPE_CHECKING

from pypdf import PdfReader
from sqlalchemy import func, select

from companion.demo import DEMO_CLINIC
from companion.extensions import db
from companion.models import Patient, ReportRelease
from tests.dashboard.browser import SCREENSHOTS, needs_chromium

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = needs_chromium

WEEKS = ["2026-11-16", "2026-11-09", "2026-11-02"]  # NOW is Monday evening, Nov 23, in Chicago


def test_a_therapist_releases_several_weeks_reports_at_once(
    page: "Page", live_server: str, demo_clinic: Patient
) -> None:
    from playwright.sync_api import expect

    named = {p.first_name: p for p in db.session.scalars(select(Patient))}
    ana, tom, marcus = named["Ana"], named["Tom"], named["Marcus"]
    page.get_by_role("link", name="Reports").click()
    for patient, week in [(ana, WEEKS[0]), (ana, WEEKS[1]), (tom, WEEKS[0])]:
        row = page.locator(f"tr[data-patient-id='{patient.id}'][data-week='{week}']")
        row.get_by_role("checkbox").check()
    no_manager = page.locator(f"tr[data-patient-id='{marcus.id}'][data-week='{WEEKS[0]}']")
    expect(no_manager.get_by_role("checkbox")).to_have_count(0)
    page.screenshot(path=SCREENSHOTS / "reports-release-several.png", full_page=True)
    page.get_by_role("button", name="Release selected reports").click()

    expect(page.get_by_role("status")).to_have_text("Released 3 reports.")
    for patient, week in [(ana, WEEKS[0]), (ana, WEEKS[1]), (tom, WEEKS[0])]:
        row = page.locator(f"tr[data-patient-id='{patient.id}'][data-week='{week}']")
        expect(row.locator(".tag")).to_have_text("Released")
        expect(row.get_by_role("checkbox")).to_have_count(0)
    still_due = page.locator(f"tr[data-patient-id='{ana.id}'][data-week='{WEEKS[2]}']")
    expect(still_due.locator(".tag")).to_have_text("Due")
    assert db.session.scalar(select(func.count()).select_from(ReportRelease)) == 3


def test_the_claim_number_typed_with_the_case_manager_heads_the_weekly_report(
    page: "Page", live_server: str, demo_clinic: Patient, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    ana = db.session.scalars(select(Patient).where(Patient.first_name == "Ana")).one()
    page.goto(f"{live_server}/patients/{ana.id}")
    form = page.locator("#case-manager")
    form.get_by_label("Claim or referral number").fill("WC 2026<004417>")
    form.get_by_role("button", name="Save case manager").click()
    expect(page.locator("#case-manager .error")).to_contain_text("such as WC-2026-004417")
    form.get_by_label("Claim or referral number").fill("WC-2026-004417")
    form.get_by_role("button", name="Save case manager").click()
    expect(page.get_by_role("status")).to_have_text("Case manager saved.")
    expect(page.locator("#case-manager")).to_contain_text("Reports carry claim WC-2026-004417")

    page.get_by_role("link", name="Reports").first.click()
    row = page.locator(f"tr[data-patient-id='{ana.id}'][data-week='{WEEKS[0]}']")
    with page.expect_download() as download_info:
        row.get_by_role("link", name="Download PDF").click()
    saved = tmp_path / "weekly.pdf"
    download_info.value.save_as(saved)
    reader = PdfReader(io.BytesIO(saved.read_bytes()))
    first = " ".join(reader.pages[0].extract_text().split())
    assert f"Clinic: {DEMO_CLINIC}, (312) 555-0100" in first
    assert "Treating therapist: Dana Reyes, PT, demo@example.org" in first
    assert "Claim / referral number: WC-2026-004417" in first
