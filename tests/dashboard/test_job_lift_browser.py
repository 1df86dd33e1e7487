"""A lift's NIOSH geometry entered through the real job analysis form in Debian's Chromium:
a missing input is named at its field, and the saved job shows the recommended weight limit
and lifting index of the Applications Manual's Example 4 (NIOSH 94-110, pp. 44-46: RWL 15.3 lb
at full precision, LI 0.98; tests/capacity/test_niosh.py).

Screenshots land in test-artifacts/screenshots/.
"""

from typing import TYPE_CHECKING

from tests.dashboard.browser import SCREENSHOTS, needs_chromium

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = needs_chromium

GEOMETRY = {
    "H origin, in 1": "10", "V origin, in 1": "22", "H destination, in 1": "20",
    "Asymmetry, degrees 1": "0", "Lifts a minute 1": "1",
}  # fmt: skip


def test_a_lift_analysed_with_its_geometry_shows_its_niosh_limit_and_index(page: "Page") -> None:
    from playwright.sync_api import expect

    page.get_by_role("link", name="Jobs").click()
    job = page.locator("#new-job")
    job.get_by_label("Job title").fill("Parcel inspector")
    job.get_by_label("Demand 1", exact=True).fill("Package to inspection table")
    job.get_by_label("Kind 1", exact=True).select_option("lift")
    job.get_by_label("Height range 1", exact=True).select_option("waist_to_shoulder")
    job.get_by_label("Load, force or time 1", exact=True).fill("15")
    job.get_by_label("How often 1", exact=True).select_option("frequent")
    for label, value in GEOMETRY.items():
        job.get_by_label(label, exact=True).fill(value)
    job.get_by_label("Lifting lasts 1", exact=True).select_option("moderate")
    job.get_by_label("Coupling 1", exact=True).select_option("fair")
    job.get_by_role("button", name="Save job profile").click()

    # V at the destination was left out: named at its own field, the rest kept as typed.
    missing = job.get_by_label("V destination, in 1", exact=True)
    expect(missing.locator("xpath=..").locator(".error")).to_have_text("Give V at the destination.")
    expect(job.get_by_label("H destination, in 1", exact=True)).to_have_value("20")
    missing.fill("59")
    # Complete, the lift's limit and index show as typed, before the job is saved.
    expect(job.locator('.lift-result[data-row="0"]')).to_have_text("NIOSH RWL 15.3 lb, LI 0.98")
    page.screenshot(path=SCREENSHOTS / "job-lift-geometry.png", full_page=True)
    job.get_by_role("button", name="Save job profile").click()

    expect(page.get_by_role("status")).to_have_text("Job profile saved: Parcel inspector.")
    card = page.locator(".job", has_text="Parcel inspector")
    expect(card.locator("tbody tr", has_text="Package to inspection table")).to_contain_text(
        "NIOSH RWL 15.3 lb, LI 0.98"
    )
    card.scroll_into_view_if_needed()
    card.screenshot(path=SCREENSHOTS / "job-lift-niosh.png")
    card.get_by_role("link", name="Edit Parcel inspector").click()
    edit = page.locator("#edit-job")
    expect(edit.get_by_label("V destination, in 1", exact=True)).to_have_value("59.0")
    expect(edit.locator(".lift-result").first).to_have_text("NIOSH RWL 15.3 lb, LI 0.98")
