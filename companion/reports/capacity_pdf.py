"""The report's job section: each demand against its latest clinic test (method and date),
the projection of target capacity, restrictions and the transitional-duty match."""

from decimal import Decimal
from typing import Protocol

from companion.capacity.summary import METHOD_NAMES, CapacitySummary


class Page(Protocol):
    def heading(self, text: str) -> None: ...
    def line_of(self, text: str, height: float = 6) -> None: ...
    def rows(self, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None: ...


def _amount(value: Decimal | None) -> str:
    return "-" if value is None else f"{Decimal(value).normalize():f}"


def grid_rows(summary: CapacitySummary) -> list[tuple[str, ...]]:
    """Demand, the job's figure, the latest test, its method and date, readiness."""
    rows: list[tuple[str, ...]] = []
    for item in summary.capacity.demands:
        d, t = item.demand, item.test
        asked = f"{_amount(d.target)} {d.unit} {d.frequency.value}"
        if d.height_range:
            asked += f", {d.height_range.value.replace('_', ' ')}"
        shown = "-"
        method = "-"
        if t is not None:
            often = f" {t.frequency.value.replace('_', '-')}" if t.frequency else ""
            shown = f"{_amount(t.value)} {t.unit}{often} ({t.phase.value})"
            method = f"{METHOD_NAMES[t.method.value]}, {t.tested_on.isoformat()}"
        status = (
            item.status.value
            if item.status.value == "not tested"
            else (f"{item.status.value}: {item.note}")
        )
        rows.append((d.name, asked, shown, method, status))
    return rows


def capacity_section(pdf: Page, summary: CapacitySummary) -> None:
    pdf.heading("Job demands against clinic-tested capacity")
    capacity = summary.capacity
    if not capacity.demands:
        pdf.line_of(capacity.note)
        return
    pdf.rows(
        ("Demand", "The job asks", "Latest clinic test", "Method, date", "Readiness"),
        grid_rows(summary),
    )
    pdf.line_of(
        "Readiness compares the latest clinic test with the demand in the same unit and at "
        "least as often as the job asks. Doses practised at home are not tested capacity."
    )
    pdf.line_of(capacity.note)
    projection = summary.outlook
    if projection.earliest and projection.latest:
        pdf.line_of(
            f"Projected capacity: every critical demand met between "
            f"{projection.earliest.isoformat()} and {projection.latest.isoformat()}."
        )
    pdf.line_of(projection.note)
    plan = summary.plan
    rtw = plan.return_to_work_on.isoformat() if plan and plan.return_to_work_on else "not set"
    pdf.line_of(f"Return-to-work date (set by the team): {rtw}.")
    weeks = plan.graded_weeks() if plan else []
    if weeks:
        steps = "; ".join(f"from {start.isoformat()} {hours:g} h a day" for start, hours in weeks)
        pdf.line_of(f"Graded hours: {steps}.")
    pdf.heading("Work restrictions")
    pdf.line_of("; ".join(summary.restrictions) or "None from the clinic tests.")
    if plan and plan.physician_signed_on:
        signed = "; ".join(plan.signed_restrictions or []) or "no restrictions"
        pdf.line_of(
            f"Signed by {plan.physician_name} on {plan.physician_signed_on.isoformat()}: {signed}."
        )
    if summary.duties:
        pdf.heading("Transitional duty offer")
        for match in summary.duties:
            verdict = (
                "fits tested capacity" if match.fits else "exceeds: " + "; ".join(match.exceeds)
            )
            pdf.line_of(f"{match.duty.name}: {verdict}")
