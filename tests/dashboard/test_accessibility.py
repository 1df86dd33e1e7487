"""Every dashboard page passes axe-core (no serious or critical violation) at desk and phone width.

axe-core (package.json) is injected into each page in Debian's Chromium; a screenshot of each
page at each width lands in test-artifacts/screenshots/. At phone width every page fits the screen
without sideways scrolling (WCAG 2.1 SC 1.4.10 Reflow), wide tables becoming stacked cards.
"""

from typing import TYPE_CHECKING

import pytest
from sqlalchemy import select

from companion.extensions import db
from companion.models import Patient
from tests.dashboard.browser import (
    SCREENSHOTS,
    axe_violations,
    describe,
    needs_chromium,
    signed_in_page,
)

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = needs_chromium

DESK, PHONE = 1366, 390


# axe-core 4.11 no longer checks ids; a label's `for` or a fragment link needs each to be unique.
DUPLICATE_IDS = """() => {
    const ids = [...document.querySelectorAll('[id]')].map(e => e.id);
    return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}"""


def pages(patient_id: int) -> dict[str, str]:
    return {
        "caseload": "/",
        "alerts": "/alerts",
        "patient": f"/patients/{patient_id}",
        "enrol": "/patients/new",
        "programme": f"/patients/{patient_id}/programme",
        "reports": "/reports",
        "jobs": "/jobs",
        "team": "/team",
    }


@pytest.mark.parametrize("width", [DESK, PHONE])
def test_every_page_has_no_serious_accessibility_violation_and_fits_the_width(
    live_server: str, demo_clinic: Patient, width: int
) -> None:
    ana = db.session.scalars(select(Patient).where(Patient.first_name == "Ana")).one()
    found: dict[str, str] = {}
    too_wide: dict[str, int] = {}
    with signed_in_page(live_server, width=width) as page:
        login = page.context.browser.new_page(viewport={"width": width, "height": 900})  # type: ignore[union-attr]
        login.goto(f"{live_server}/login")
        visits = [("login", login)] + [(name, page) for name in pages(ana.id)]
        for name, tab in visits:
            if tab is page:
                page.goto(live_server + pages(ana.id)[name])
            tab.screenshot(path=SCREENSHOTS / f"{name}-{width}.png", full_page=True)
            if violations := axe_violations(tab):
                found[name] = describe(violations)
            if duplicated := tab.evaluate(DUPLICATE_IDS):
                found[name] = f"duplicate ids: {duplicated}"
            scroll_width = tab.evaluate("document.documentElement.scrollWidth")
            if width == PHONE and scroll_width > width:
                too_wide[name] = scroll_width
    assert not found, "\n".join(f"{name}:\n{lines}" for name, lines in found.items())
    assert not too_wide, f"scroll sideways at {width} px: {too_wide}"


def test_the_first_tab_reaches_a_visible_skip_link_that_jumps_past_the_navigation(
    page: "Page", live_server: str
) -> None:
    from playwright.sync_api import expect

    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    page.keyboard.press("Tab")  # the next stop is inside the page, not back in the navigation
    assert page.evaluate("document.activeElement.closest('main') !== null")


def test_keyboard_focus_is_outlined_on_links_buttons_and_fields(
    page: "Page", live_server: str
) -> None:
    page.goto(f"{live_server}/patients/new")
    seen = set()
    for _ in range(25):
        page.keyboard.press("Tab")
        tag, outline = page.evaluate(
            "[document.activeElement.tagName,"
            " getComputedStyle(document.activeElement).outlineStyle]"
        )
        assert outline != "none", f"{tag} has no visible focus"
        seen.add(tag)
    assert {"A", "SELECT", "BUTTON", "INPUT"} <= seen
