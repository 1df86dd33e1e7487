"""The progress report as a PDF: adherence and reported pain and fatigue, function-focused."""

from datetime import datetime

from fpdf import FPDF

from companion.models import CheckIn, Patient
from companion.progress import Adherence


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0%}"


def progress_report(
    patient: Patient, adherence: Adherence, checkins: list[CheckIn], now: datetime
) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, "Work hardening progress report", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    lines = [
        f"Participant: {patient.display_name}",
        f"Period: {adherence.start.isoformat()} to {adherence.end.isoformat()}",
        f"Prepared: {now.date().isoformat()}",
        "",
        f"Home programme days scheduled: {adherence.scheduled_days}",
        f"Completed: {adherence.done_days}   Partly completed: {adherence.partial_days}",
        f"Not completed: {adherence.skipped_days}   No report: {adherence.silent_days}",
        f"Participation: {_pct(adherence.adherence)}",
    ]
    for line in lines:
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 8, "Reported symptoms (0-10)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    for checkin in checkins:
        pain = "-" if checkin.pain is None else checkin.pain
        fatigue = "-" if checkin.fatigue is None else checkin.fatigue
        completion = checkin.completion.value if checkin.completion else "-"
        pdf.cell(
            0,
            6,
            f"{checkin.local_date.isoformat()}  session: {completion}  "
            f"pain: {pain}  fatigue: {fatigue}",
            new_x="LMARGIN",
            new_y="NEXT",
        )
    return bytes(pdf.output())
