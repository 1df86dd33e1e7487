"""Readiness per job demand and the projected return-to-work date."""

from datetime import timedelta
from decimal import Decimal

from flask import Flask

from companion.models import Completion
from companion.programs.readiness import readiness
from tests.builders import make_patient
from tests.programs.builders import MONDAY, approved_change, at, job_patient, report

D = Decimal


def test_readiness_is_the_best_dose_done_with_acceptable_pain_over_the_target(app: Flask) -> None:
    patient = job_patient(load=25)
    report(patient, MONDAY, pain=3)
    approved_change(patient, MONDAY, 25, 27.5)
    report(patient, MONDAY + timedelta(days=1), pain=7)  # 27.5 lb, but not with acceptable pain
    report(patient, MONDAY + timedelta(days=2), Completion.PARTIAL, pain=2)  # not completed

    [demand] = readiness(patient, at(MONDAY + timedelta(days=3))).demands

    assert (demand.name, demand.target, demand.unit) == ("Floor-to-waist lift", D(50), "lb")
    assert (demand.best, demand.readiness) == (D(25), 0.5)


def test_the_projected_date_extends_the_weekly_rate_of_progress(app: Flask) -> None:
    patient = job_patient(load=20)
    report(patient, MONDAY, pain=3)  # 20 lb
    approved_change(patient, MONDAY + timedelta(days=6), 20, 25)
    report(patient, MONDAY + timedelta(days=7), pain=4)  # 25 lb, a week later
    today = MONDAY + timedelta(days=8)

    summary = readiness(patient, at(today))

    [demand] = summary.demands
    assert (demand.best, demand.readiness, demand.weekly_gain) == (D(25), 0.5, D("5.0"))
    assert demand.projected == today + timedelta(days=35), "25 lb to go at 5 lb a week"
    assert (summary.overall, summary.projected) == (0.5, today + timedelta(days=35))


def test_no_progress_means_no_projected_date_and_the_summary_says_so(app: Flask) -> None:
    patient = job_patient(load=20)
    report(patient, MONDAY, pain=3)
    report(patient, MONDAY + timedelta(days=1), pain=3)

    summary = readiness(patient, at(MONDAY + timedelta(days=2)))

    [demand] = summary.demands
    assert (demand.readiness, demand.projected, demand.note) == (
        0.4,
        None,
        "No progress to project yet.",
    )
    assert summary.projected is None
    assert summary.note == "No return-to-work date can be projected yet (Floor-to-waist lift)."


def test_a_reached_target_is_dated_the_day_it_was_first_reached(app: Flask) -> None:
    patient = job_patient(load=50)
    report(patient, MONDAY, pain=2)
    report(patient, MONDAY + timedelta(days=1), pain=2)

    summary = readiness(patient, at(MONDAY + timedelta(days=4)))

    [demand] = summary.demands
    assert (demand.readiness, demand.projected, demand.note) == (1.0, MONDAY, "Target reached.")
    assert (summary.overall, summary.projected) == (1.0, MONDAY)


def test_only_sessions_of_the_last_four_weeks_with_acceptable_pain_count(app: Flask) -> None:
    patient = job_patient(load=30, start_date=MONDAY - timedelta(days=60))
    report(patient, MONDAY - timedelta(days=35), pain=2)  # too long ago
    report(patient, MONDAY, pain=6)

    [demand] = readiness(patient, at(MONDAY + timedelta(days=1))).demands

    assert (demand.best, demand.readiness, demand.projected) == (None, None, None)
    assert demand.measured and demand.note == "No session done with acceptable pain in 4 weeks."


def test_a_demand_no_task_measures_is_reported_not_guessed(app: Flask) -> None:
    patient = job_patient(load=None, reps=12, target=20, unit="ft")  # step-ups for a ladder
    report(patient, MONDAY, pain=1)

    summary = readiness(patient, at(MONDAY + timedelta(days=1)))

    [demand] = summary.demands
    assert (demand.measured, demand.readiness) == (False, None)
    assert (summary.overall, summary.projected) == (None, None)
    assert summary.note == "No job demand is measured by the home programme yet."


def test_a_patient_without_a_job_profile_has_no_readiness(app: Flask) -> None:
    summary = readiness(make_patient(), at(MONDAY))

    assert (summary.demands, summary.overall, summary.projected) == ([], None, None)
    assert summary.note == "No job demand profile is on file."
