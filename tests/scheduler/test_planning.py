"""Planning by the patient's local clock: once a day, catch-up after outages, never stale."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from flask import Flask
from sqlalchemy import func, select

from companion.extensions import db
from companion.models import CheckIn, Completion, DayOutcome, Message, ProgramDay
from companion.planning import close_days, plan_due, remind_due
from scheduler.cli import group
from tests.builders import make_patient

pytestmark = pytest.mark.usefixtures("app")

CHICAGO = ZoneInfo("America/Chicago")


def local(day: date, hour: int, minute: int = 0, zone: ZoneInfo = CHICAGO) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=zone).astimezone(UTC)


def plans(kind: str = "plan") -> list[Message]:
    return list(
        db.session.scalars(select(Message).where(Message.purpose == kind).order_by(Message.id))
    )


MONDAY = date(2026, 11, 23)


def test_the_plan_goes_at_the_local_plan_time_and_not_before() -> None:
    patient = make_patient(start_date=MONDAY)

    assert plan_due(local(MONDAY, 7, 59)) == 0
    assert plan_due(local(MONDAY, 8, 0)) == 1

    [plan] = plans()
    assert plan.dedupe_key == f"plan:{patient.id}:2026-11-23"
    assert plan.body.startswith("Hi Ana, today: 1) Floor-to-waist lift 3x10")


def test_the_same_tick_twice_queues_nothing_twice() -> None:
    make_patient(start_date=MONDAY)

    plan_due(local(MONDAY, 8, 0))
    plan_due(local(MONDAY, 8, 0))
    plan_due(local(MONDAY, 8, 1))

    assert len(plans()) == 1


def test_no_plan_on_a_day_off_or_before_the_programme_starts() -> None:
    make_patient(days=["mon", "wed"], start_date=MONDAY + timedelta(days=7))

    assert plan_due(local(MONDAY, 9)) == 0  # a Monday before the start
    assert plan_due(local(MONDAY + timedelta(days=8), 9)) == 0  # a Tuesday


def test_an_outage_across_the_plan_time_sends_one_plan_when_back() -> None:
    make_patient(start_date=MONDAY)

    assert plan_due(local(MONDAY, 7, 55)) == 0
    assert plan_due(local(MONDAY, 8, 10)) == 1  # down from 07:55 to 08:10
    assert plan_due(local(MONDAY, 8, 11)) == 0


def test_an_outage_across_midnight_never_sends_yesterdays_plan() -> None:
    make_patient(start_date=MONDAY)

    assert plan_due(local(MONDAY + timedelta(days=1), 0, 5)) == 0  # down all Monday
    assert plan_due(local(MONDAY + timedelta(days=1), 8, 0)) == 1

    assert [p.dedupe_key.rsplit(":", 1)[1] for p in plans()] == ["2026-11-24"]


def test_no_plan_starts_once_quiet_hours_have_begun() -> None:
    make_patient(start_date=MONDAY)

    assert plan_due(local(MONDAY, 21, 0)) == 0
    assert plan_due(local(MONDAY, 23, 30)) == 0


def test_a_stopped_or_paused_patient_is_not_planned() -> None:
    stopped = make_patient(start_date=MONDAY)
    paused = make_patient(start_date=MONDAY)
    stopped.status = "stopped"
    paused.pause("red_flag")
    db.session.commit()

    assert plan_due(local(MONDAY, 9)) == 0


def test_the_morning_after_a_session_asks_the_24_hour_question() -> None:
    patient = make_patient(start_date=MONDAY)
    db.session.add(CheckIn(patient_id=patient.id, local_date=MONDAY, completion=Completion.DONE))
    db.session.commit()

    plan_due(local(MONDAY + timedelta(days=1), 8))

    assert "BETTER, SAME or WORSE" in plans()[0].body


def test_a_plan_expires_when_quiet_hours_begin() -> None:
    make_patient(start_date=MONDAY)

    plan_due(local(MONDAY, 8))

    assert plans()[0].valid_until == local(MONDAY, 21)


def test_the_reminder_goes_only_when_nothing_was_reported() -> None:
    quiet = make_patient(start_date=MONDAY)
    reported = make_patient(start_date=MONDAY)
    plan_due(local(MONDAY, 8))
    db.session.add(CheckIn(patient_id=reported.id, local_date=MONDAY, completion=Completion.DONE))
    db.session.commit()

    assert remind_due(local(MONDAY, 17, 59)) == 0
    assert remind_due(local(MONDAY, 18, 0)) == 1
    assert remind_due(local(MONDAY, 18, 30)) == 0

    assert [m.patient_id for m in plans("remind")] == [quiet.id]


def test_no_reminder_without_a_plan_that_day() -> None:
    make_patient(start_date=MONDAY)

    assert remind_due(local(MONDAY, 18)) == 0


def test_each_programme_day_is_settled_once_as_done_partial_skipped_or_silent() -> None:
    done, skipped, silent = (make_patient(start_date=MONDAY) for _ in range(3))
    db.session.add_all(
        [
            CheckIn(patient_id=done.id, local_date=MONDAY, completion=Completion.SKIPPED),
            CheckIn(patient_id=done.id, local_date=MONDAY, completion=Completion.DONE),
            CheckIn(patient_id=skipped.id, local_date=MONDAY, completion=Completion.SKIPPED),
        ]
    )
    db.session.commit()

    assert close_days(local(MONDAY, 23, 59)) == {}
    assert len(close_days(local(MONDAY + timedelta(days=1), 0, 1))) == 3
    assert close_days(local(MONDAY + timedelta(days=1), 0, 2)) == {}

    outcomes = dict(db.session.execute(select(ProgramDay.patient_id, ProgramDay.outcome)).all())
    assert outcomes == {
        done.id: DayOutcome.DONE,
        skipped.id: DayOutcome.SKIPPED,
        silent.id: DayOutcome.SILENT,
    }


ZONES = [
    "America/New_York",
    "America/Phoenix",
    "Europe/London",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
]


def test_two_years_of_dst_in_five_zones_give_exactly_one_plan_per_local_day() -> None:
    start = date(2026, 1, 1)
    patients = {
        zone: make_patient(
            timezone=zone, start_date=start, days=["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        )
        for zone in ZONES
    }
    # Ticks at 02:00 and 14:00 UTC put exactly one inside each zone's 08:00-21:00 window
    # every local day, across every DST change: a mistake in local dates shows as a gap.
    now = datetime(2026, 1, 1, 2, 0, tzinfo=UTC)
    end = datetime(2028, 1, 1, 2, 0, tzinfo=UTC)
    while now < end:
        plan_due(now)
        now += timedelta(hours=12)

    for zone, patient in patients.items():
        days = db.session.scalars(
            select(Message.dedupe_key).where(Message.patient_id == patient.id)
        ).all()
        local_days = sorted(key.rsplit(":", 1)[1] for key in days)
        first = datetime(2026, 1, 1, tzinfo=UTC).astimezone(ZoneInfo(zone)).date()
        last = (end - timedelta(hours=12)).astimezone(ZoneInfo(zone)).date()
        expected = [(first + timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]
        # The first and last local days may fall outside the walk's hours.
        assert set(local_days) >= set(expected[1:-1]), zone
        assert len(local_days) == len(set(local_days)), zone
    assert db.session.scalar(select(func.count()).select_from(Message)) >= 5 * 728


def test_tick_command_runs_what_is_due_at_that_instant_once(app: Flask) -> None:
    make_patient(start_date=MONDAY)
    runner = app.test_cli_runner()

    first = runner.invoke(group, ["tick", "--now", "2026-11-23T14:00:00Z"])
    second = runner.invoke(group, ["tick", "--now", "2026-11-23T14:00:00Z"])

    assert '"planned": 1' in first.output and '"sent": 1' in first.output
    assert '"planned": 0' in second.output and "sent" not in second.output


def test_tick_command_refuses_a_time_without_a_zone(app: Flask) -> None:
    result = app.test_cli_runner().invoke(group, ["tick", "--now", "2026-11-23T14:00:00"])

    assert result.exit_code != 0 and "time zone" in result.output
