"""Enrolling and editing in a real browser: Debian's Chromium fills and submits the forms, the
browser's own validation included, against a live server on the demo clinic.

Screenshots at desk width (1366 px) land in test-artifacts/screenshots/.
"""

import os
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from flask import Flask
from sqlalchemy import select
from werkzeug.serving import make_server

from companion.demo import load_demo
from companion.extensions import db
from companion.models import Patient
from tests.dashboard.test_browser import (
    CHROMIUM,
    CHROMIUM_ARGS,
    NOW,
    SCREENSHOTS,
    QuietHandler,
    _sign_in,
)

if TYPE_CHECKING:
    from playwright.sync_api import Locator, Page

pytestmark = pytest.mark.skipif(
    not os.path.exists(CHROMIUM),
    reason=f"{CHROMIUM} is missing: apt-get install -y chromium chromium-driver",
)
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri"]


@pytest.fixture
def server(app: Flask) -> Iterator[str]:
    """The demo clinic on the test database, served on a free loopback port, on NOW's clock."""
    app.config["CLOCK"] = lambda: NOW
    load_demo(NOW)
    server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=QuietHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)


@pytest.fixture
def desk(server: str) -> Iterator["Page"]:
    """Chromium at a desk's width, signed in as the demo therapist."""
    from playwright.sync_api import sync_playwright

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        page.set_default_timeout(15_000)
        _sign_in(page, server)
        yield page
        browser.close()


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
