"""The weekly report workflow: which weeks are due, the week's PDF, and the release sign-off.

A week runs Monday to Sunday in the patient's own time zone, the weeks the PDF's
score table already groups by (`day - weekday()`), over the patient-local dates
check-ins are stored under. It is complete once the patient's Sunday has ended.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload, selectinload

from companion import audit
from companion.extensions import db
from companion.models import Patient, PatientStatus, ReportRelease, Therapist
from companion.reports.pdf import period_report

WEEKS_LISTED = 4  # the last completed week and the three before it
WEEK = timedelta(days=7)
NO_CASE_MANAGER = "No case manager on file: add one on the patient's page first."


class ReleaseError(ValueError):
    """A release the rules refuse; the message says why, for the therapist."""


@dataclass(frozen=True)
class WeekRow:
    """One patient's report for one week: released (and by whom) or still due."""

    patient: Patient
    week_start: date
    release: ReportRelease | None

    @property
    def week_end(self) -> date:
        return self.week_start + timedelta(days=6)

    @property
    def due(self) -> bool:
        return self.release is None


def last_completed_week(patient: Patient, now: datetime) -> date:
    """The Monday of the last Monday-Sunday week that has ended where the patient lives."""
    today = now.astimezone(ZoneInfo(patient.timezone)).date()
    return today - timedelta(days=today.weekday()) - WEEK


def weeks_to_list(patient: Patient, now: datetime, count: int = WEEKS_LISTED) -> list[date]:
    """The completed weeks, newest first, that the patient's programme ran in."""
    program = patient.program
    if program is None:
        return []
    last = last_completed_week(patient, now)
    weeks = [last - WEEK * n for n in range(count)]
    return [
        w
        for w in weeks
        if program.start_date <= w + timedelta(days=6)
        and (program.end_date is None or w <= program.end_date)
    ]


def report_weeks(therapist: Therapist, now: datetime) -> list[WeekRow]:
    """The clinic's listed weeks, each patient's newest first; patients to act on lead."""
    patients = db.session.scalars(
        select(Patient)
        .options(selectinload(Patient.programs))
        .where(
            Patient.clinic_id == therapist.clinic_id,
            Patient.status != PatientStatus.STOPPED,
        )
    ).all()
    weeks = {p.id: weeks_to_list(p, now) for p in patients}
    releases = {
        (r.patient_id, r.week_start): r
        for r in db.session.scalars(
            select(ReportRelease)
            .options(joinedload(ReportRelease.released_by))
            .where(ReportRelease.patient_id.in_([p.id for p in patients if weeks[p.id]]))
        )
    }
    by_patient = [[WeekRow(p, w, releases.get((p.id, w))) for w in weeks[p.id]] for p in patients]
    by_patient = [rows for rows in by_patient if rows]
    by_patient.sort(key=lambda r: (_urgency(r[0]), r[0].patient.display_name, r[0].patient.id))
    return [row for rows in by_patient for row in rows]


def _urgency(newest: WeekRow) -> int:
    """Last week due and releasable first, then due but waiting for a case manager, then done."""
    if not newest.due:
        return 2
    return 0 if newest.patient.has_case_manager else 1


def is_reportable_week(patient: Patient, week_start: date, now: datetime) -> bool:
    """A Monday of a week that has ended for the patient."""
    return week_start.weekday() == 0 and week_start <= last_completed_week(patient, now)


def week_pdf(therapist: Therapist, patient: Patient, week_start: date, now: datetime) -> bytes:
    """That week's progress report as a PDF; the export is audited."""
    pdf = period_report(
        patient, now, week_start, week_start + timedelta(days=6), title="Weekly progress report"
    )
    audit.record(therapist, "report.weekly.download", now, patient.id, week=week_start.isoformat())
    db.session.commit()
    return pdf


def release_report(
    therapist: Therapist, patient: Patient, week_start: date, now: datetime
) -> ReportRelease:
    """Record the therapist's release of the week's report to the case manager, once.

    A second submit (a double click, or two tabs) finds the first release and records
    nothing more, so the audit log shows one release per patient and week.
    """
    if not patient.has_case_manager:
        raise ReleaseError(NO_CASE_MANAGER)
    if not is_reportable_week(patient, week_start, now):
        raise ReleaseError("Only a week that has ended can be released.")
    existing = _release_of(patient, week_start)
    if existing is not None:
        return existing
    release = ReportRelease(
        patient_id=patient.id,
        week_start=week_start,
        released_by_id=therapist.id,
        released_at=now,
        recipient_name=patient.case_manager_name,
        recipient_organisation=patient.case_manager_organisation,
        recipient_email=patient.case_manager_email,
    )
    db.session.add(release)
    try:
        db.session.flush()
    except IntegrityError:  # the other submit committed between our read and our write
        db.session.rollback()
        found = _release_of(patient, week_start)
        assert found is not None
        return found
    audit.record(
        therapist, "report.release", now, patient.id,
        week=week_start.isoformat(), release_id=release.id,
    )  # fmt: skip
    db.session.commit()
    return release


def release_reports(
    therapist: Therapist, picked: list[tuple[int, date]], now: datetime
) -> list[ReportRelease]:
    """Release several weeks' reports at once: every one is checked before any is recorded.

    `picked` holds (patient id, week's Monday) pairs; a patient outside the clinic, a week
    not over, or no case manager refuses the whole batch and records nothing.
    """
    patients = {
        p.id: p
        for p in db.session.scalars(
            select(Patient).where(
                Patient.clinic_id == therapist.clinic_id,
                Patient.id.in_({patient_id for patient_id, _ in picked}),
            )
        )
    }
    for patient_id, week in picked:
        patient = patients.get(patient_id)
        if patient is None:
            raise ReleaseError("That patient is not in your clinic.")
        if not patient.has_case_manager:
            raise ReleaseError(f"{patient.display_name}: {NO_CASE_MANAGER}")
        if not is_reportable_week(patient, week, now):
            raise ReleaseError(
                f"{patient.display_name}: only a week that has ended can be released."
            )
    return [
        release_report(therapist, patients[pid], week, now) for pid, week in sorted(set(picked))
    ]


def _release_of(patient: Patient, week_start: date) -> ReportRelease | None:
    return db.session.scalar(
        select(ReportRelease).where(
            ReportRelease.patient_id == patient.id, ReportRelease.week_start == week_start
        )
    )
