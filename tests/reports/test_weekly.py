"""The weekly report: which week has ended where the patient lives, and its release sign-off."""

import io
from datetime import UTC, date, datetime, timedelta

import pytest
from flask import Flask
from pypdf import PdfReader
from sqlalchemy import func, select

from companion.extensions import db
from companion.models import AuditEvent, Patient, PatientStatus, ReportRelease, Role
from companion.reports.weekly import (
    ReleaseError,
    last_completed_week,
    release_report,
    release_reports,
    report_weeks,
    week_pdf,
    weeks_to_list,
)
from tests.builders import make_patient, make_therapist
from tests.programs.builders import MONDAY, report

# Monday 03:00 UTC: still Sunday evening in the Americas, already Monday in Europe.
NOW = datetime(2026, 11, 30, 3, 0, tzinfo=UTC)


def patient_in(zone: str) -> Patient:
    return Patient(first_name="Ana", timezone=zone)


@pytest.mark.parametrize(
    ("zone", "week"),
    [
        ("America/Chicago", date(2026, 11, 16)),  # Sun 21:00: the week of the 23rd runs on
        ("Pacific/Honolulu", date(2026, 11, 16)),  # Sun 17:00
        ("Europe/Berlin", date(2026, 11, 23)),  # Mon 04:00: the week of the 23rd is over
        ("Pacific/Auckland", date(2026, 11, 23)),  # Mon 16:00
    ],
)
def test_the_last_completed_week_is_the_patients_own_monday_to_sunday(
    zone: str, week: date
) -> None:
    assert last_completed_week(patient_in(zone), NOW) == week


def test_a_week_ends_at_the_patients_midnight_on_sunday() -> None:
    chicago = patient_in("America/Chicago")
    sunday_night = datetime(2026, 11, 30, 5, 59, tzinfo=UTC)  # Sun 23:59 CST

    assert last_completed_week(chicago, sunday_night) == date(2026, 11, 16)
    assert last_completed_week(chicago, sunday_night + timedelta(minutes=1)) == date(2026, 11, 23)


def test_the_week_daylight_saving_ends_has_its_extra_hour_before_it_is_over() -> None:
    # Chicago leaves daylight time on Sunday 1 November 2026 at 02:00: that Sunday ends
    # at 06:00 UTC, not at 05:00 as it would on the summer offset.
    chicago = patient_in("America/Chicago")

    assert last_completed_week(chicago, datetime(2026, 11, 2, 5, 30, tzinfo=UTC)) == date(
        2026, 10, 19
    )
    assert last_completed_week(chicago, datetime(2026, 11, 2, 6, 0, tzinfo=UTC)) == date(
        2026, 10, 26
    )


def test_the_week_daylight_saving_starts_ends_an_hour_early() -> None:
    # Sunday 8 March 2026 has 23 hours in Chicago: Monday begins at 05:00 UTC.
    chicago = patient_in("America/Chicago")

    assert last_completed_week(chicago, datetime(2026, 3, 9, 4, 59, tzinfo=UTC)) == date(
        2026, 2, 23
    )
    assert last_completed_week(chicago, datetime(2026, 3, 9, 5, 0, tzinfo=UTC)) == date(2026, 3, 2)


def test_only_weeks_the_programme_ran_in_are_listed(app: Flask) -> None:
    late_starter = make_patient(start_date=date(2026, 11, 19))  # a Thursday

    assert weeks_to_list(late_starter, NOW) == [date(2026, 11, 16)]
    assert weeks_to_list(make_patient(start_date=MONDAY), NOW) == [
        date(2026, 11, 16),
        date(2026, 11, 9),
        date(2026, 11, 2),
    ]


def with_case_manager(patient: Patient) -> Patient:
    patient.case_manager_name = "Dana Whitfield"
    patient.case_manager_organisation = "Northwind Mutual"
    patient.case_manager_email = "dana@northwind.example"
    db.session.commit()
    return patient


def releases() -> int:
    return db.session.scalar(select(func.count()).select_from(ReportRelease)) or 0


def audited(action: str) -> int:
    query = select(func.count()).select_from(AuditEvent).where(AuditEvent.action == action)
    return db.session.scalar(query) or 0


def test_a_release_is_recorded_once_however_often_it_is_submitted(app: Flask) -> None:
    therapist = make_therapist(name="Priya Shah")
    patient = with_case_manager(make_patient(therapist))
    week = date(2026, 11, 16)

    first = release_report(therapist, patient, week, NOW)
    second = release_report(therapist, patient, week, NOW + timedelta(seconds=1))

    assert second.id == first.id and releases() == 1
    assert audited("report.release") == 1
    assert (first.released_by.name, first.released_at, first.recipient_email) == (
        "Priya Shah",
        NOW,
        "dana@northwind.example",
    )


def test_the_release_keeps_who_received_it_when_the_case_manager_changes(app: Flask) -> None:
    therapist = make_therapist()
    patient = with_case_manager(make_patient(therapist))
    release = release_report(therapist, patient, date(2026, 11, 16), NOW)

    patient.case_manager_name, patient.case_manager_email = "Lee Park", "lee@acme.example"
    db.session.commit()

    assert (release.recipient_name, release.recipient_organisation) == (
        "Dana Whitfield",
        "Northwind Mutual",
    )


def test_a_patient_without_a_case_manager_cannot_be_released(app: Flask) -> None:
    therapist = make_therapist()
    patient = make_patient(therapist)

    with pytest.raises(ReleaseError, match="No case manager on file"):
        release_report(therapist, patient, date(2026, 11, 16), NOW)
    assert releases() == 0 and audited("report.release") == 0


@pytest.mark.parametrize("week", [date(2026, 11, 23), date(2026, 11, 17)])
def test_a_week_not_yet_over_or_not_a_monday_cannot_be_released(app: Flask, week: date) -> None:
    therapist = make_therapist()
    patient = with_case_manager(make_patient(therapist))

    with pytest.raises(ReleaseError, match="ended"):
        release_report(therapist, patient, week, NOW)
    assert releases() == 0


def test_the_clinic_list_puts_reports_to_release_first_and_leaves_out_stopped_and_others(
    app: Flask,
) -> None:
    therapist = make_therapist()
    done = with_case_manager(make_patient(therapist, first_name="Bea"))
    release_report(therapist, done, date(2026, 11, 16), NOW)
    due = make_patient(therapist, first_name="Carl")  # due, but no one to send it to
    ready = with_case_manager(
        make_patient(therapist, first_name="Dora", start_date=date(2026, 11, 16))
    )
    make_patient(therapist, first_name="Stan", status=PatientStatus.STOPPED)
    make_patient(first_name="Zed")  # another clinic

    rows = report_weeks(therapist, NOW)

    assert [(r.patient.first_name, r.week_start, r.due) for r in rows] == [
        ("Dora", date(2026, 11, 16), True),
        ("Carl", date(2026, 11, 16), True),
        ("Carl", date(2026, 11, 9), True),
        ("Carl", date(2026, 11, 2), True),
        ("Bea", date(2026, 11, 16), False),
        ("Bea", date(2026, 11, 9), True),
        ("Bea", date(2026, 11, 2), True),
    ]
    assert (rows[0].patient.id, rows[1].patient.id) == (ready.id, due.id)


def test_the_weeks_pdf_covers_monday_to_sunday_and_its_export_is_audited(app: Flask) -> None:
    therapist = make_therapist(role=Role.THERAPIST)
    patient = make_patient(therapist, first_name="Ana", last_initial="R")
    for day in range(7, 14):  # the week of 9 November, and no more
        report(patient, MONDAY + timedelta(days=day), pain=3, fatigue=4)
    report(patient, MONDAY + timedelta(days=14), pain=9, fatigue=9)

    pdf = week_pdf(therapist, patient, date(2026, 11, 9), NOW)
    pages = PdfReader(io.BytesIO(pdf)).pages
    text = " ".join(" ".join(page.extract_text() for page in pages).split())

    assert "Weekly progress report" in text
    assert "Period: 2026-11-09 to 2026-11-15" in text
    assert "Participant: Ana R." in text and patient.phone not in text
    assert "2026-11-09 3.0 (3-3) 4.0 (4-4)" in text and "9.0" not in text
    assert "compliant" not in text.lower()
    assert text.lower().count("diagnos") == text.lower().count("no diagnosis")
    assert audited("report.weekly.download") == 1


def test_several_weeks_release_together_or_not_at_all(app: Flask) -> None:
    therapist = make_therapist()
    ana = with_case_manager(make_patient(therapist, first_name="Ana"))
    tom = with_case_manager(make_patient(therapist, first_name="Tom"))
    luis = make_patient(therapist, first_name="Luis")  # no case manager on file
    outsider = with_case_manager(make_patient(make_therapist(), first_name="Zeb"))
    weeks = [date(2026, 11, 16), date(2026, 11, 9)]

    for bad in [(luis.id, weeks[0]), (outsider.id, weeks[0]), (tom.id, date(2026, 11, 23))]:
        with pytest.raises(ReleaseError):
            release_reports(therapist, [(ana.id, weeks[0]), bad], NOW)
        assert releases() == 0  # nothing half-written

    done = release_reports(therapist, [(ana.id, w) for w in weeks] + [(tom.id, weeks[0])], NOW)

    assert sorted((r.patient_id, r.week_start) for r in done) == sorted(
        [(ana.id, weeks[0]), (ana.id, weeks[1]), (tom.id, weeks[0])]
    )
    assert releases() == 3 and audited("report.release") == 3
