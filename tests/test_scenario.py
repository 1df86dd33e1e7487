"""Two simulated weeks through the scheduler and the signed webhooks, four patients.

One progresses (two proposals, one approved and texted), one's pain climbs (a high alert
and a hold), one goes silent (watch, then high), one texts a red flag (urgent alert,
therapist paged through the outbox, programme paused). Adherence matches what happened.
"""

import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from companion.extensions import db
from companion.models import Alert, Message, Patient, PatientStatus, Severity
from companion.models.progression import Proposal, ProposalKind, ProposalStatus
from companion.programs.proposals import approve_proposal
from companion.progress import adherence
from scheduler import jobs
from tests.builders import make_patient, make_therapist
from tests.sms import text

CHICAGO = ZoneInfo("America/Chicago")
START = date(2026, 11, 2)  # a Monday
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


class Clock:
    def __init__(self) -> None:
        self.now = datetime.combine(START, time(7, 0), tzinfo=CHICAGO).astimezone(UTC)

    def at(self, day: date, hour: int) -> datetime:
        self.now = datetime.combine(day, time(hour, 0), tzinfo=CHICAGO).astimezone(UTC)
        return self.now


@pytest.fixture
def clock(app: Flask) -> Clock:
    clock = Clock()
    app.config["CLOCK"] = lambda: clock.now
    return clock


def alerts_of(patient: Patient) -> list[tuple[str, Severity]]:
    return [
        (a.kind, a.severity)
        for a in db.session.scalars(
            select(Alert).where(Alert.patient_id == patient.id).order_by(Alert.id)
        )
    ]


def test_two_weeks_of_four_patients(client: FlaskClient, clock: Clock) -> None:
    therapist = make_therapist(phone="+13125550999")
    progresses = make_patient(
        therapist, first_name="Ana", phone="+13125550101", start_date=START, days=WEEKDAYS
    )
    climbs = make_patient(
        therapist, first_name="Ben", phone="+13125550102", start_date=START, days=WEEKDAYS
    )
    silent = make_patient(
        therapist, first_name="Cy", phone="+13125550103", start_date=START, days=WEEKDAYS
    )
    flags = make_patient(
        therapist, first_name="Di", phone="+13125550104", start_date=START, days=WEEKDAYS
    )
    climbing_pain = [2, 2, 3, 3, 4, 6, 7, 7, 7, 7, 7, 7, 7, 7]

    for n in range(14):
        day = START + timedelta(days=n)
        jobs.tick(clock.at(day, 8))
        clock.at(day, 9)
        if n:  # the plan after a session day asks how the pain is this morning
            text(client, progresses.phone, "better")
        clock.at(day, 17)
        text(client, progresses.phone, "done pain 2 fatigue 3")
        text(client, climbs.phone, f"done pain {climbing_pain[n]} fatigue 5")
        if n == 9:
            text(client, flags.phone, "my leg went numb and gave way on the stairs")
        elif n < 9:
            text(client, flags.phone, "done, pain 2, tired 3")
        pending = db.session.scalars(
            select(Proposal).where(
                Proposal.patient_id == progresses.id, Proposal.status == ProposalStatus.PROPOSED
            )
        ).all()
        if (
            pending
            and not db.session.scalars(
                select(Proposal).where(Proposal.status == ProposalStatus.APPROVED)
            ).all()
        ):
            approve_proposal(therapist, pending[0].id, clock.now)
        jobs.tick(clock.at(day, 19))
    jobs.tick(clock.at(START + timedelta(days=14), 8))
    db.session.expire_all()

    proposals = db.session.scalars(
        select(Proposal).where(Proposal.patient_id == progresses.id).order_by(Proposal.id)
    ).all()
    assert len(proposals) >= 2
    assert [p.kind for p in proposals[:2]] == [ProposalKind.ADVANCE, ProposalKind.ADVANCE]
    assert proposals[0].status == ProposalStatus.APPROVED
    assert db.session.scalars(
        select(Message).where(Message.patient_id == progresses.id, Message.purpose == "progression")
    ).all()

    assert ("pain_after_session", Severity.HIGH) in alerts_of(climbs)
    assert any(
        p.kind in (ProposalKind.HOLD, ProposalKind.EASE)
        for p in db.session.scalars(select(Proposal).where(Proposal.patient_id == climbs.id))
    )

    assert alerts_of(silent) == [("silent_days", Severity.HIGH), ("low_adherence", Severity.WATCH)]

    assert ("red_flag:neuro", Severity.URGENT) in alerts_of(flags)
    assert flags.status == PatientStatus.PAUSED
    pages = db.session.scalars(select(Message).where(Message.purpose == "therapist_alert")).all()
    assert [m.phone for m in pages] == ["+13125550999"]
    assert re.fullmatch(r"Companion: urgent alert for patient D\., see dashboard\.", pages[0].body)

    two_weeks = adherence(silent, clock.now, START, START + timedelta(days=13))
    assert (two_weeks.scheduled_days, two_weeks.silent_days, two_weeks.adherence) == (14, 14, 0.0)
    ben = adherence(climbs, clock.now, START, START + timedelta(days=13))
    assert (ben.done_days, ben.adherence) == (14, 1.0)
    assert (ben.current_streak, two_weeks.longest_streak) == (14, 0)
    assert [(p.data_days, p.band) for p in ben.data_periods] == [(14, "2-15")]
    assert [(p.data_days, p.band) for p in two_weeks.data_periods] == [(0, "under 2")]
