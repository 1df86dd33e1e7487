"""The alert workflow in a real browser: the thread opens at the newest text with the red flag
marked, a patient's alerts run most severe first, a proposal shows the sessions it rests on and
asks for confirmation while an urgent alert is open, and a text answers the question picked."""

from datetime import timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from companion.extensions import db
from companion.models import (
    Alert,
    AlertStatus,
    Direction,
    Message,
    MessageStatus,
    Patient,
    Proposal,
    Severity,
)
from tests.dashboard.browser import (
    NOW,
    SCREENSHOTS,
    URGENT_WORDS,
    axe_violations,
    describe,
    needs_chromium,
)

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = needs_chromium

SESSIONS = [
    {"date": "2026-11-18", "completion": "done", "pain": 3, "fatigue": 4, "next_morning": "same"},
    {"date": "2026-11-20", "completion": "done", "pain": 2, "fatigue": 5, "next_morning": "better"},
]


def text(patient: Patient, body: str, minutes_ago: int, inbound: bool = True) -> Message:
    return Message(
        direction=Direction.INBOUND if inbound else Direction.OUTBOUND,
        status=MessageStatus.HANDLED if inbound else MessageStatus.DELIVERED,
        phone=patient.phone, patient_id=patient.id, body=body,
        created_at=NOW - timedelta(minutes=minutes_ago),
    )  # fmt: skip


def test_the_thread_opens_at_the_newest_text_with_the_red_flag_marked(
    page: "Page", live_server: str, demo_clinic: Patient
) -> None:
    from playwright.sync_api import expect

    linh = demo_clinic
    older = [text(linh, f"Done today, pain {n % 4} fatigue 3", 600 + 60 * n) for n in range(40)]
    db.session.add_all([*older, text(linh, URGENT_WORDS, 5)])
    db.session.commit()

    page.goto(f"{live_server}/patients/{linh.id}")
    thread = page.locator("ol.thread")
    flagged = thread.locator("li.flagged")
    expect(flagged).to_have_count(1)
    expect(flagged).to_contain_text(URGENT_WORDS)
    expect(flagged).to_contain_text("Raised an alert")
    at_bottom = "t => t.scrollTop > 0 && t.scrollTop + t.clientHeight >= t.scrollHeight - 2"
    assert thread.evaluate(at_bottom), "the thread opened at its oldest text"
    inside = """li => {
        const box = li.closest('ol').getBoundingClientRect(), r = li.getBoundingClientRect();
        return r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
    }"""
    assert flagged.evaluate(inside), "the red flag is hidden in the thread's scroll"
    page.locator("#texts").scroll_into_view_if_needed()
    expect(flagged).to_be_in_viewport()
    page.screenshot(path=SCREENSHOTS / "patient-thread-newest.png")


def test_a_patients_alerts_run_most_severe_first_then_newest(
    page: "Page", live_server: str, demo_clinic: Patient
) -> None:
    from playwright.sync_api import expect

    linh = demo_clinic
    db.session.add(Alert(patient_id=linh.id, kind="silent_days", severity=Severity.WATCH,
                         evidence={"days": 3}, created_at=NOW))  # fmt: skip
    db.session.commit()  # the WATCH alert is newer than the URGENT one

    page.goto(f"{live_server}/patients/{linh.id}")
    badges = page.locator(".alerts-here .alert-card .badge")
    expect(badges).to_have_text(["urgent", "watch"])


def test_approving_a_proposal_during_an_urgent_alert_asks_first(
    page: "Page", live_server: str, demo_clinic: Patient
) -> None:
    from playwright.sync_api import expect

    linh = demo_clinic
    proposal = db.session.scalars(
        select(Proposal).where(Proposal.patient_id == linh.id).order_by(Proposal.id.desc())
    ).first()
    assert proposal is not None
    proposal.reason = {"rule": "two_good_sessions", "sessions": SESSIONS}
    db.session.commit()
    before = proposal.task.describe()

    page.goto(f"{live_server}/patients/{linh.id}")
    card = page.locator(f"#proposal-{proposal.id}")
    expect(card).to_contain_text("pain at most 5 and fatigue at most 6")
    rows = card.locator("table.evidence-sessions tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_contain_text("Wed Nov 18")
    expect(rows.nth(1)).to_contain_text("better")
    expect(card).to_contain_text("urgent alert open: approving asks you to confirm first")
    page.screenshot(path=SCREENSHOTS / "proposal-evidence.png", full_page=True)

    card.get_by_role("button", name="Approve").click()
    confirm = page.get_by_role("heading", name="Approve while an urgent alert is open?")
    expect(confirm).to_be_visible()
    expect(page.locator("#confirm")).to_contain_text(URGENT_WORDS)
    assert not (violations := axe_violations(page)), describe(violations)
    page.screenshot(path=SCREENSHOTS / "proposal-confirm.png", full_page=True)
    db.session.expire_all()
    assert proposal.task.describe() == before  # nothing changed before the confirmation

    page.get_by_role("link", name="Keep the dose").click()
    expect(page.locator("ol.tasks")).to_contain_text(before)
    page.locator(f"#proposal-{proposal.id}").get_by_role("button", name="Approve").click()
    page.get_by_role("button", name="Approve anyway").click()
    expect(page.locator(f"#proposal-{proposal.id}")).to_have_count(0)
    expect(page.locator("ol.tasks")).not_to_contain_text(before)
    db.session.expire_all()
    assert proposal.status == "approved"


def test_a_text_resolves_the_question_the_therapist_picks_not_the_latest_unclear_reply(
    page: "Page", live_server: str, demo_clinic: Patient
) -> None:
    from playwright.sync_api import expect

    marcus = db.session.scalars(select(Patient).where(Patient.first_name == "Marcus")).one()
    first = Alert(
        patient_id=marcus.id,
        kind="question",
        severity=Severity.WATCH,
        evidence={"text": "can I go up to 30 lb?"},
        created_at=NOW - timedelta(hours=3),
    )
    unclear = Alert(
        patient_id=marcus.id,
        kind="unclear_reply",
        severity=Severity.WATCH,
        evidence={"text": "idk maybe"},
        created_at=NOW - timedelta(minutes=10),
    )
    db.session.add_all([first, unclear])  # fmt: skip
    db.session.commit()

    page.goto(f"{live_server}/patients/{marcus.id}")
    texts = page.locator("#texts")
    picker = texts.get_by_label("The question this text answers")
    expect(picker.locator("option:checked")).to_contain_text("can I go up to 30 lb?")
    texts.get_by_label("Text to the patient").fill("Sorry, what did you mean?")
    picker.select_option(label=picker.locator("option", has_text="idk maybe").inner_text())
    texts.get_by_label("Resolve the question").check()
    texts.get_by_role("button", name="Send text").click()

    expect(page.get_by_role("status")).to_contain_text("Text queued")
    db.session.expire_all()
    assert (first.status, unclear.status) == (AlertStatus.OPEN, AlertStatus.RESOLVED)
    expect(page.locator(".alerts-here")).to_contain_text("can I go up to 30 lb?")
    expect(texts).to_contain_text("“can I go up to 30 lb?”")  # the one left to answer
