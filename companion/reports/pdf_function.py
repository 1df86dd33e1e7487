"""The report's function sections: the PSFS trend and each task's own reports in the period,
with how hard each session (and each task, where the patient said) was.

Effort is our own question, "how hard was today's session, 0 to 10? 0 = no effort at all,
10 = all you had" (conversation.effort); it is not the Borg CR10, whose wording is
copyrighted (Borg Perception), and the report says so where it shows it.
"""

from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import Any, Protocol

from sqlalchemy import select

from companion.extensions import db
from companion.function import MDC, psfs_trend
from companion.models import CheckIn, Patient, Task, TaskReport

EFFORT_NOTE = (
    "Effort is our own question, 'how hard was it, 0 to 10' (0 = no effort at all, 10 = all "
    "you had), asked by text after a session; it is not the Borg CR10 scale."
)


class Report(Protocol):
    def heading(self, text: str) -> None: ...
    def line_of(self, text: str, height: float = 6) -> None: ...
    def rows(self, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None: ...


def function_sections(pdf: Report, patient: Patient, start: date, end: date) -> None:
    """PSFS assessments so far, then per-task reports of the period (when there are any)."""
    assessments = psfs_trend(patient.id)
    if assessments:
        pdf.heading("Function, patient-rated (PSFS, 0 unable - 10 as before the injury)")
        names = list(assessments[-1].ratings)
        pdf.rows(
            ("Assessment", "Average", *names),
            [
                (
                    f"{a.occasion.replace('_', ' ')} {a.completed_at.date().isoformat()}",
                    f"{a.score}",
                    *(str(a.ratings.get(n, "-")) for n in names),
                )
                for a in assessments
            ],
        )
        change = assessments[-1].score - assessments[0].score
        pdf.line_of(
            f"Change since the first assessment: {change:+} points (minimal detectable change "
            f"{MDC} points on the average; Stratford 1995)."
        )
    _task_history(pdf, patient, start, end)


def _task_history(pdf: Report, patient: Patient, start: date, end: date) -> None:
    sessions = db.session.execute(
        select(CheckIn.local_date, CheckIn.effort)
        .where(
            CheckIn.patient_id == patient.id,
            CheckIn.local_date.between(start, end),
            CheckIn.effort.is_not(None),
        )
        .order_by(CheckIn.local_date, CheckIn.id)
    ).all()
    reports = db.session.execute(
        select(TaskReport, Task.name)
        .join(Task, Task.id == TaskReport.task_id)
        .where(TaskReport.patient_id == patient.id, TaskReport.local_date.between(start, end))
        .order_by(TaskReport.local_date, TaskReport.id)
    ).all()
    if not reports and not sessions:
        return
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    last: dict[str, Any] = {}
    efforts: dict[str, list[int]] = defaultdict(list)
    for report, name in reports:
        counts[name][report.completion] += 1
        if report.sets or report.load_lb is not None:
            last[name] = report
        if report.effort is not None:
            efforts[name].append(report.effort)
    pdf.heading("Each task, as the participant reported it")
    if reports:
        pdf.rows(
            ("Task", "Done", "Partly", "Not done", "Last reported as done", "Effort 0-10"),
            [
                (
                    name,
                    str(c["done"]),
                    str(c["partial"]),
                    str(c["skipped"]),
                    _as_done(last.get(name)),
                    _spread(efforts.get(name)),
                )
                for name, c in counts.items()
            ],
        )
    weeks: dict[date, list[str]] = defaultdict(list)
    for day, effort in sessions:
        weeks[day - timedelta(days=day.weekday())].append(str(effort))
    for week, values in weeks.items():
        pdf.line_of(f"Effort of each session, week of {week.isoformat()}: {', '.join(values)}")
    if sessions or efforts:
        pdf.line_of(EFFORT_NOTE)


def _spread(values: list[int] | None) -> str:
    """'5' for one answer, '4.5 (3-6)' for several: the average and the range."""
    if not values:
        return "-"
    if len(values) == 1:
        return str(values[0])
    return f"{sum(values) / len(values):.1f} ({min(values)}-{max(values)})"


def _as_done(report: TaskReport | None) -> str:
    if report is None:
        return "-"
    parts = []
    if report.sets:
        parts.append(f"{report.sets}x{report.reps}" if report.reps else f"{report.sets} sets")
    if report.load_lb is not None:
        parts.append(f"@ {report.load_lb.normalize():f} lb")
    return f"{' '.join(parts)} ({report.local_date.isoformat()})"
