"""What the browser tests share: Debian's Chromium, a live server, the demo clinic, and axe-core.

The fixtures built on these live in conftest.py; axe-core comes from node_modules (package.json,
installed by `make test`).
"""

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from flask import Flask
from sqlalchemy import select
from werkzeug.serving import WSGIRequestHandler, make_server

from companion.demo import DEMO_EMAIL, DEMO_PASSWORD, load_demo
from companion.extensions import db
from companion.models import Alert, Patient, Proposal, ProposalKind, Severity

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# Without the background-networking flags Chromium keeps dialling out of a closed network.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
URGENT_WORDS = "my left leg went numb and tingly after the lifts"
NOW = datetime(2026, 11, 24, 3, 30, tzinfo=UTC)  # Monday evening in Chicago, Tuesday in UTC

needs_chromium = pytest.mark.skipif(
    not os.path.exists(CHROMIUM),
    reason=f"{CHROMIUM} is missing: apt-get install -y chromium chromium-driver",
)


class QuietHandler(WSGIRequestHandler):
    """No access log: the test's own log stays free of anything a page might carry."""

    def log_request(self, *args: object, **kwargs: object) -> None:
        pass


@contextmanager
def serve(app: Flask) -> Iterator[str]:
    """The app on the test database, served on a free loopback port."""
    server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=QuietHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)


def load_demo_clinic(app: Flask) -> Patient:
    """The demo clinic, plus an urgent red flag and a high pain alert; the urgent patient."""
    app.config["CLOCK"] = lambda: NOW  # the live server's requests read it too
    load_demo(NOW)
    patients = {p.first_name: p for p in db.session.scalars(select(Patient))}
    urgent, high = patients["Linh"], patients["Marcus"]
    db.session.add_all(
        [
            Alert(
                patient_id=urgent.id,
                kind="red_flag:neuro",
                severity=Severity.URGENT,
                evidence={"category": "neuro", "words": "numb; tingly", "text": URGENT_WORDS},
            ),
            Alert(
                patient_id=high.id,
                kind="pain_above_baseline",
                severity=Severity.HIGH,
                evidence={"pain": 7, "baseline": 3, "text": "back is like a 7 today"},
            ),
        ]
    )
    task = next((t for t in urgent.program.tasks if t.load_lb), None) if urgent.program else None
    assert task is not None
    db.session.add(Proposal(
        patient_id=urgent.id, task_id=task.id, kind=ProposalKind.ADVANCE,
        current_reps=task.reps, current_load_lb=task.load_lb,
        proposed_reps=task.reps, proposed_load_lb=(task.load_lb or 0) + Decimal("2.5"),
        reason={"rule": "two_good_sessions"},
    ))  # fmt: skip
    db.session.commit()
    return urgent


# One Chromium per test module (launching it is the slow part); each test still gets a fresh
# browser context, i.e. its own cookies, storage and cache, closed when the test ends.
_running: dict[str, Any] = {}


def chromium() -> "Browser":
    """The module's Chromium, launched on first use; close_chromium() ends it."""
    if "browser" not in _running:
        from playwright.sync_api import sync_playwright

        _running["playwright"] = sync_playwright().start()
        _running["browser"] = _running["playwright"].chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS
        )
    browser: Browser = _running["browser"]
    return browser


def close_chromium() -> None:
    if browser := _running.pop("browser", None):
        browser.close()
    if playwright := _running.pop("playwright", None):
        playwright.stop()


@contextmanager
def signed_in_page(live_server: str, width: int = 1280, height: int = 900) -> Iterator["Page"]:
    """Chromium at that viewport, signed in as the demo therapist, on the caseload."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    browser = chromium()
    page = browser.new_page(viewport={"width": width, "height": height}, accept_downloads=True)
    page.set_default_timeout(15_000)
    try:
        sign_in(page, live_server)
        yield page
    finally:
        for context in browser.contexts:  # the test's, and any other page it opened
            context.close()


def sign_in(page: "Page", live_server: str) -> None:
    """Sign in as the demo therapist through the login page; lands on the caseload."""
    from playwright.sync_api import expect

    page.goto(f"{live_server}/")
    expect(page).to_have_url(f"{live_server}/login?next=%2F")
    page.get_by_label("Email").fill(DEMO_EMAIL)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Caseload")).to_be_visible()


def axe_violations(page: "Page", impacts: tuple[str, ...] = ("serious", "critical")) -> list[Any]:
    """axe-core's violations of those impacts on the page as it stands (WCAG 2.x A and AA rules)."""
    assert AXE.exists(), f"{AXE} is missing: `make test` installs it (npm ci)"
    # Evaluated through DevTools: the app's CSP forbids the inline script a <script> tag would be.
    page.evaluate(AXE.read_text() + "\n;undefined")
    result = page.evaluate(
        """async () => await axe.run(document, {
            runOnly: {type: 'tag',
                      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},
            resultTypes: ['violations'],
        })"""
    )
    return [v for v in result["violations"] if v["impact"] in impacts]


def describe(violations: list[Any]) -> str:
    """One line per violation and node, enough to find and fix it."""
    return "\n".join(
        f"{v['id']} ({v['impact']}): {node['target']} {node.get('failureSummary', '')[:160]}"
        for v in violations
        for node in v["nodes"][:5]
    )
