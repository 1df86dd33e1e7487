"""Adherence over programme days: counts, streaks and remote-monitoring data days."""

from datetime import UTC, date, datetime, timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient

from companion.extensions import db
from companion.models import CheckIn, Completion, Patient
from companion.progress import adherence
from tests.builders import make_patient, make_token

pytestmark = pytest.mark.usefixtures("app")

START = date(2026, 11, 2)  # a Monday; the builder's programme runs Mon-Fri from here
DONE, PARTIAL, SKIPPED = Completion.DONE, Completion.PARTIAL, Completion.SKIPPED


def noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 18, 0, tzinfo=UTC)  # noon in Chicago


def reported(patient: Patient, day: date, completion: Completion | None, **fields: int) -> None:
    db.session.add(CheckIn(patient_id=patient.id, local_date=day, completion=completion, **fields))
    db.session.commit()


def workdays(count: int) -> list[date]:
    days = [START + timedelta(days=n) for n in range(count * 2)]
    return [d for d in days if d.weekday() < 5][:count]


STREAK_CASES = [
    # outcomes of Mon..Fri of the first week (None: silent), then (current, longest)
    ([DONE, DONE, DONE, DONE, DONE], (5, 5)),
    ([DONE, PARTIAL, DONE, None, DONE], (1, 3)),  # partly done keeps a streak; silence breaks it
    ([DONE, DONE, SKIPPED, DONE, DONE], (2, 2)),  # a skipped session breaks it
    ([None, None, None, None, None], (0, 0)),
]


@pytest.mark.parametrize(("outcomes", "expected"), STREAK_CASES)
def test_a_streak_counts_programme_days_done_in_a_row(
    outcomes: list[Completion | None], expected: tuple[int, int]
) -> None:
    patient = make_patient()
    for day, outcome in zip(workdays(5), outcomes, strict=True):
        if outcome is not None:
            reported(patient, day, outcome)

    # Saturday: the weekend is not a programme day, so Friday's streak still stands.
    result = adherence(patient, noon(START + timedelta(days=5)))

    assert (result.current_streak, result.longest_streak) == expected


def test_todays_missing_report_does_not_break_the_streak_before_the_day_is_over() -> None:
    patient = make_patient()
    for day in workdays(3):
        reported(patient, day, DONE)

    thursday = adherence(patient, noon(START + timedelta(days=3)))
    friday = adherence(patient, noon(START + timedelta(days=4)))

    assert thursday.current_streak == 3
    assert friday.current_streak == 0 and friday.longest_streak == 3


def test_data_days_count_distinct_days_with_any_report_in_each_30_day_period() -> None:
    patient = make_patient()
    first_period = [START + timedelta(days=n) for n in range(0, 30, 2)]  # 15 days
    for day in first_period:
        reported(patient, day, DONE)
        reported(patient, day, None, pain=3)  # a second report the same day adds no day
    reported(patient, START + timedelta(days=13), None, fatigue=4)  # a Sunday counts too
    for n in (30, 31):
        reported(patient, START + timedelta(days=n), None, pain=2)
    reported(patient, START + timedelta(days=32), None)  # nothing recorded: not a data day

    periods = adherence(patient, noon(START + timedelta(days=40))).data_periods

    assert [(p.start, p.end, p.data_days, p.band, p.complete) for p in periods] == [
        (START, START + timedelta(days=29), 16, "16+", True),
        (START + timedelta(days=30), START + timedelta(days=59), 2, "2-15", False),
    ]


def test_a_period_with_one_data_day_is_under_the_monitoring_threshold() -> None:
    patient = make_patient()
    reported(patient, START, DONE)

    [period] = adherence(patient, noon(START + timedelta(days=3))).data_periods

    assert (period.data_days, period.band, period.complete) == (1, "under 2", False)


def test_the_adherence_endpoint_reports_streaks_and_data_periods(
    app: Flask, client: FlaskClient
) -> None:
    app.config["CLOCK"] = lambda: noon(date(2026, 11, 18))  # inside the first 30-day period
    patient = make_patient(start_date=date(2026, 11, 16))
    for day in (date(2026, 11, 16), date(2026, 11, 17)):
        reported(patient, day, DONE, pain=3)
    token = make_token(patient.therapist)

    body = client.get(
        f"/api/v1/patients/{patient.id}/adherence",
        headers={"Authorization": f"Bearer {token}"},
    ).get_json()

    assert body["done_days"] == 2 and body["longest_streak"] == 2
    assert body["data_periods"][0] == {
        "start": "2026-11-16",
        "end": "2026-12-15",
        "data_days": 2,
        "band": "2-15",
        "complete": False,
    }
