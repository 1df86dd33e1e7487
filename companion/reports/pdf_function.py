"""The report's function sections: the PSFS trend and each task's own reports in the period."""

from collections import Counter, defaultdict
from datetime import date
from typing import Any, Protocol

from sqlalchemy import select

from companion.extensions import db
from companion.function import MDC, psfs_trend
from companion.models import Patient, Task, TaskReport


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
    reports = db.session.execute(
        select(TaskReport, Task.name)
        .join(Task, Task.id == TaskReport.task_id)
        .where(TaskReport.patient_id == patient.id, TaskReport.local_date.between(start, end))
        .order_by(TaskReport.local_date, TaskReport.id)
    ).all()
    if not reports:
        return
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    last: dict[str, Any] = {}
    for report, name in reports:
        counts[name][report.completion] += 1
        if report.sets or report.load_lb is not None:
            last[name] = report
    pdf.heading("Each task, as the participant reported it")
    pdf.rows(
        ("Task", "Done", "Partly", "Not done", "Last reported as done"),
        [
            (
                name,
                str(c["done"]),
                str(c["partial"]),
                str(c["skipped"]),
                _as_done(last.get(name)),
            )
            for name, c in counts.items()
        ],
    )


def _as_done(report: TaskReport | None) -> str:
    if report is None:
        return "-"
    parts = []
    if report.sets:
        parts.append(f"{report.sets}x{report.reps}" if report.reps else f"{report.sets} sets")
    if report.load_lb is not None:
        parts.append(f"@ {report.load_lb.normalize():f} lb")
    return f"{' '.join(parts)} ({report.local_date.isoformat()})"
