"""The progress report as a PDF for the case manager and employer, weekly or on demand.

Function-focused and minimum necessary: what the worker did, how it felt on a 0-10
scale, each job demand against the latest clinic test, and the restrictions that follow.
No diagnosis, no phone number, no surname; sessions not done are "not completed", never
"non-compliant".
"""

import unicodedata
from collections import defaultdict
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from fpdf import FPDF
from sqlalchemy import select

from companion import progress
from companion.capacity.analysis import derived_level
from companion.capacity.summary import summarise
from companion.extensions import db
from companion.models import CareNote, CheckIn, Patient, Trend
from companion.models.program import describe_task
from companion.programs.readiness import programme_on
from companion.progress import Adherence
from companion.reports.capacity_pdf import capacity_section
from companion.reports.chart import draw_trend
from companion.reports.pdf_function import function_sections

NOTES_SHOWN = 3


def _text(value: object) -> str:
    """Text the PDF's core font can draw: accents kept, anything else spelled plainly."""
    text = str(value)
    try:
        text.encode("latin-1")
        return text
    except UnicodeEncodeError:
        plain = "".join(c if ord(c) < 256 else unicodedata.normalize("NFKD", c)[0] for c in text)
        return plain.encode("latin-1", "replace").decode("latin-1")


def _phone(e164: str) -> str:
    """'+13125550100' as '(312) 555-0100' for a US number; others as stored."""
    if e164.startswith("+1") and len(e164) == 12:
        return f"({e164[2:5]}) {e164[5:8]}-{e164[8:]}"
    return e164


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0%}"


def _amount(value: Decimal | None, unit: str) -> str:
    return "-" if value is None else f"{value.normalize():f} {unit}"


def _daily(checkins: list[CheckIn], what: str) -> dict[date, int]:
    """Each day's highest score: the cautious reading of several reports."""
    days: dict[date, int] = {}
    for checkin in checkins:
        value = getattr(checkin, what)
        if value is not None:
            days[checkin.local_date] = max(value, days.get(checkin.local_date, value))
    return days


def _weekly(days: dict[date, int]) -> dict[date, list[int]]:
    weeks: dict[date, list[int]] = defaultdict(list)
    for day, value in sorted(days.items()):
        weeks[day - timedelta(days=day.weekday())].append(value)
    return weeks


def _range(values: list[int] | None) -> str:
    if not values:
        return "-"
    return f"{sum(values) / len(values):.1f} ({min(values)}-{max(values)})"


DISCLAIMER = (
    "The home programme is an adjunct to the clinic's {kind} programme. Scores are "
    "self-reported by text message. This report carries the minimum necessary information "
    "for return-to-work planning and no diagnosis."
)
# A heading needs this much room below it (mm) for its first lines, else it starts a page:
# two lines of text, or a table's header and first row.
KEEP_WITH_TEXT, KEEP_WITH_TABLE = 24, 45
FOOTER = 16  # mm at the foot of each page for the disclaimer and the page number


class _Report(FPDF):
    def __init__(self, kind: str) -> None:
        super().__init__()
        self.disclaimer = DISCLAIMER.format(kind=kind.lower())
        self.set_auto_page_break(auto=True, margin=FOOTER + 4)

    def footer(self) -> None:
        """Every page carries the disclaimer, so none is left holding it alone."""
        self.set_y(-FOOTER)
        self.set_font("Helvetica", "I", 7)
        self.multi_cell(0, 3.2, _text(self.disclaimer), new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 3.2, f"Page {self.page_no()} of {{nb}}", align="R")

    def heading(self, text: str, keep: float = KEEP_WITH_TEXT) -> None:
        if self.will_page_break(keep):  # never a heading alone at a page's foot
            self.add_page()
        self.ln(3)
        self.set_font("Helvetica", "B", 12)
        self.cell(0, 8, _text(text), new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", size=10)

    def line_of(self, text: str, height: float = 6) -> None:
        self.multi_cell(0, height, _text(text), new_x="LMARGIN", new_y="NEXT")

    def rows(self, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
        self.set_font("Helvetica", size=9)
        with self.table(text_align="LEFT", line_height=5.5) as table:
            for values in [header, *rows]:
                row = table.row()
                for value in values:
                    row.cell(_text(value))
        self.set_font("Helvetica", size=10)


def _participation(pdf: _Report, period: Adherence) -> None:
    pdf.heading("Participation in the home programme")
    pdf.line_of(
        f"Completed {period.done_days} of {period.scheduled_days} scheduled sessions; "
        f"{period.partial_days} partly completed, {period.skipped_days} not completed, "
        f"{period.silent_days} without a report."
    )
    pdf.line_of(
        f"Participation: {_pct(period.adherence)} (a partly completed session counts half)."
    )
    pdf.line_of(
        f"Sessions completed in a row: {period.current_streak} now, "
        f"{period.longest_streak} at most."
    )


def _symptoms(pdf: _Report, period: Adherence, checkins: list[CheckIn]) -> None:
    pdf.heading("Pain and fatigue, self-reported (0-10)", keep=KEEP_WITH_TABLE)
    pain, fatigue = _daily(checkins, "pain"), _daily(checkins, "fatigue")
    if not pain and not fatigue:
        pdf.line_of("No scores were reported in this period.")
        return
    pain_weeks, fatigue_weeks = _weekly(pain), _weekly(fatigue)
    pdf.rows(
        ("Week of", "Pain: average (range)", "Fatigue: average (range)"),
        [
            (week.isoformat(), _range(pain_weeks.get(week)), _range(fatigue_weeks.get(week)))
            for week in sorted(set(pain_weeks) | set(fatigue_weeks))
        ],
    )
    mornings = [c.trend for c in checkins if c.trend is not None]
    if mornings:
        counts = ", ".join(f"{mornings.count(t)} {t.value}" for t in Trend)
        pdf.line_of(f"Pain the morning after a session, compared with the day before: {counts}.")
    draw_trend(pdf, period.start, period.end, pain, fatigue)


def _notes(patient: Patient, start: date, now: datetime) -> list[CareNote]:
    zone = ZoneInfo(patient.timezone)
    since = datetime.combine(start, datetime.min.time(), zone)
    return list(
        db.session.scalars(
            select(CareNote)
            .where(
                CareNote.patient_id == patient.id,
                CareNote.include_in_report.is_(True),
                CareNote.created_at.between(since, now),
            )
            .order_by(CareNote.created_at.desc(), CareNote.id.desc())
            .limit(NOTES_SHOWN)
        )
    )


def _header(pdf: _Report, patient: Patient, adherence: Adherence, now: datetime) -> None:
    """Who the report is from and for: what a case manager files it by (CLINICAL.md, reports)."""
    therapist, clinic = patient.therapist, patient.clinic
    # The clinic's line, not the therapist's own mobile (that one is for urgent alerts).
    phone = f", {_phone(clinic.phone)}" if clinic.phone else ""
    pdf.line_of(f"Clinic: {clinic.name}{phone}")
    pdf.line_of(f"Treating therapist: {therapist.name}, {therapist.email}{phone}")
    pdf.line_of(f"Claim / referral number: {patient.claim_number or 'not on file'}")
    pdf.line_of(f"Participant: {patient.display_name}")
    profile = patient.job_profile
    if profile is not None:
        level = derived_level(profile.demands).level.value.replace("_", " ")
        pdf.line_of(f"Job: {profile.job_title} ({level} work, DOT, from the job analysis)")
    pdf.line_of(f"Period: {adherence.start.isoformat()} to {adherence.end.isoformat()}")
    zone = ZoneInfo(patient.timezone)
    pdf.line_of(f"Prepared: {now.astimezone(zone).date().isoformat()}")
    if patient.discharged_at is not None and patient.discharge_outcome is not None:
        day = patient.discharged_at.astimezone(zone).date().isoformat()
        pdf.line_of(f"Discharged: {day}, {patient.discharge_outcome.label.lower()}")


def _programme(pdf: _Report, patient: Patient, end: date, now: datetime) -> None:
    """The home programme as it stood on the period's last day: a past week shows its doses."""
    today = now.astimezone(ZoneInfo(patient.timezone)).date()
    tasks = programme_on(patient, min(end, today))
    if not tasks:
        return
    when = "Current home programme" if end >= today else f"Home programme on {end.isoformat()}"
    pdf.heading(when)
    for i, (task, dose) in enumerate(tasks, start=1):
        described = describe_task(task.name, task.sets, dose.reps, dose.load_lb,
                                  dose.duration_min, task.distance_ft)  # fmt: skip
        pdf.line_of(f"{i}) {described}")


def progress_report(
    patient: Patient,
    adherence: Adherence,
    checkins: list[CheckIn],
    now: datetime,
    *,
    title: str = "Progress report",
) -> bytes:
    """The report over the adherence period, with the job section from clinic tests."""
    summary = summarise(patient, now)
    kind = summary.programme_words
    pdf = _Report(summary.capacity.kind.value.replace("_", " "))
    pdf.set_title(f"{kind}: {title}")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, _text(f"{kind}: {title}"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    _header(pdf, patient, adherence, now)
    _participation(pdf, adherence)
    _symptoms(pdf, adherence, checkins)
    capacity_section(pdf, summary)
    function_sections(pdf, patient, adherence.start, adherence.end)  # PSFS, per-task reports
    _programme(pdf, patient, adherence.end, now)
    pdf.heading("Therapist's note")
    notes = _notes(patient, adherence.start, now)
    for note in notes:
        pdf.line_of(f"{note.created_at.date().isoformat()}, {note.author.name}: {note.body}")
    if not notes:
        pdf.line_of("No note for this period.")
    return bytes(pdf.output())


def period_report(
    patient: Patient,
    now: datetime,
    start: date | None = None,
    end: date | None = None,
    title: str = "Progress report",
) -> bytes:
    """The report over [start, end] (default: the programme so far, patient-local)."""
    period = progress.adherence(patient, now, start, end)
    checkins = progress.checkins_between(patient, period.start, period.end)
    return progress_report(patient, period, checkins, now, title=title)


def weekly_report(patient: Patient, now: datetime) -> bytes:
    """The report of the last seven days (patient-local, today included)."""
    today = now.astimezone(ZoneInfo(patient.timezone)).date()
    week = today - timedelta(days=6)
    return period_report(patient, now, week, today, title="Weekly progress report")
