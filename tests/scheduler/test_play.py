"""`flask chat PHONE --now T`: a patient's days played on the chat's own clock (scheduler/play)."""

from datetime import UTC, date, datetime

import pytest
from click.testing import Result
from flask import Flask
from sqlalchemy import select

import scheduler
from companion.extensions import db
from companion.models import CheckIn, DayOutcome, Direction, Message, ProgramDay
from companion.texts import render
from tests.builders import make_patient

PHONE = "+13125550142"
MONDAY_8AM = "2026-11-09T14:00:00Z"  # 08:00 in Chicago, a programme day


@pytest.fixture(autouse=True)
def clock_commands(app: Flask) -> None:
    scheduler.register_cli(app)  # as wsgi.py does


def chat(app: Flask, *lines: str, now: str | None = MONDAY_8AM) -> Result:
    args = ["chat", PHONE, *(["--now", now] if now else [])]
    result = app.test_cli_runner().invoke(args=args, input="".join(f"{x}\n" for x in lines))
    assert result.exit_code == 0, result.output
    return result


def sent(purpose: str) -> list[Message]:
    return list(
        db.session.scalars(select(Message).where(Message.purpose == purpose).order_by(Message.id))
    )


def test_starting_on_a_clock_runs_what_is_due_then_and_shows_the_plan(app: Flask) -> None:
    make_patient(phone=PHONE)

    result = chat(app)

    [plan] = sent("plan")
    assert plan.dedupe_key == f"plan:{plan.patient_id}:2026-11-09"
    assert f"app> {plan.body}" in result.output
    assert "-- Mon 09 Nov 08:00 (America/Chicago) --" in result.output


def test_texts_go_through_the_webhook_on_the_chats_clock(app: Flask) -> None:
    make_patient(phone=PHONE)

    chat(app, "done, pain 3, fatigue 4")

    [checkin] = db.session.scalars(select(CheckIn)).all()
    assert checkin.local_date == date(2026, 11, 9)
    [inbound] = db.session.scalars(select(Message).where(Message.direction == Direction.INBOUND))
    assert inbound.created_at == datetime(2026, 11, 9, 14, 0, tzinfo=UTC)


def test_next_runs_the_evening_and_the_night_and_shows_the_next_days_plan(app: Flask) -> None:
    patient = make_patient(first_name="Ana", phone=PHONE)

    result = chat(app, "/next")

    reminder = render("reminder", "en", name="Ana")
    assert "-- Mon 09 Nov 18:00 (America/Chicago) --" in result.output
    assert f"app> {reminder}" in result.output
    assert [m.dedupe_key for m in sent("plan")] == [
        f"plan:{patient.id}:2026-11-09",
        f"plan:{patient.id}:2026-11-10",
    ]
    assert "-- Tue 10 Nov 08:00 (America/Chicago) --" in result.output
    monday = db.session.scalar(select(ProgramDay).where(ProgramDay.patient_id == patient.id))
    assert monday is not None and monday.outcome == DayOutcome.SILENT


def test_a_week_played_with_next_plans_each_programme_day_once(app: Flask) -> None:
    make_patient(phone=PHONE, days=["mon", "wed", "fri"])

    chat(app, *["/next"] * 7)

    planned = [m.dedupe_key.rsplit(":", 1)[1] for m in sent("plan") if m.dedupe_key]
    assert planned == ["2026-11-09", "2026-11-11", "2026-11-13", "2026-11-16"]


def test_at_moves_to_a_local_time_and_a_snoozed_reminder_arrives_on_the_way(app: Flask) -> None:
    make_patient(first_name="Ana", phone=PHONE)

    result = chat(app, "remind me later", "/at 12:00")

    [snoozed] = sent("remind")
    assert snoozed.sent_at is not None
    assert snoozed.sent_at.astimezone(UTC) < datetime(2026, 11, 9, 18, 0, tzinfo=UTC)
    assert result.output.count(f"app> {render('reminder', 'en', name='Ana')}") == 1
    assert "-- Mon 09 Nov 12:00 (America/Chicago) --" in result.output


def test_a_bad_time_for_at_says_what_is_expected(app: Flask) -> None:
    make_patient(phone=PHONE)

    result = chat(app, "/at noon")

    assert "HH:MM" in result.output


def test_on_the_real_clock_the_clock_commands_say_how_to_start_one(app: Flask) -> None:
    make_patient(phone=PHONE)

    result = chat(app, "/next", now=None)

    assert "--now" in result.output
    assert sent("plan") == []


def test_the_app_has_the_real_clock_again_after_the_chat(app: Flask) -> None:
    make_patient(phone=PHONE)

    chat(app, "/next")

    assert app.config.get("CLOCK") is None
    assert "sms_transport" not in app.extensions


def test_a_production_app_refuses_a_chosen_clock(app: Flask) -> None:
    make_patient(phone=PHONE)
    app.config["PRODUCTION"] = True

    result = app.test_cli_runner().invoke(args=["chat", PHONE, "--now", MONDAY_8AM], input="x\n")

    assert result.exit_code == 1 and "production" in result.output
    assert db.session.scalars(select(Message)).all() == []


def test_a_clock_without_a_zone_is_refused(app: Flask) -> None:
    result = app.test_cli_runner().invoke(args=["chat", PHONE, "--now", "2026-11-09T08:00"])

    assert result.exit_code == 2 and "time zone" in result.output
