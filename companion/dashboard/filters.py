"""Template filters and globals: how times, shares and alert kinds read on the dashboard."""

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from companion.dashboard import bp, charts
from companion.dashboard.inbox import describe_kind, evidence_numbers
from companion.models import Alert
from companion.programs.rule import rule_reason


@bp.app_template_filter("pct")
def pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


@bp.app_template_filter("amount")
def amount(value: Decimal | int | None) -> str:
    return "–" if value is None else f"{Decimal(value).normalize():f}"


@bp.app_template_filter("local")
def local(value: datetime | None, zone: str = "America/Chicago") -> str:
    """A UTC time in a time zone, as 'Nov 23, 14:05'."""
    if value is None:
        return "–"
    at = value.astimezone(ZoneInfo(zone))
    return f"{at.strftime('%b')} {at.day}, {at.strftime('%H:%M')}"


@bp.app_template_filter("day")
def day(value: date | None) -> str:
    """A date as 'Dec 14, 2026': projections reach into next year."""
    return "–" if value is None else f"{value.strftime('%b')} {value.day}, {value.year}"


@bp.app_template_filter("label")
def label(value: str) -> str:
    """An enum value as words: 'vocational_counsellor' reads 'vocational counsellor'."""
    return str(value).replace("_", " ")


@bp.app_template_filter("iso_day")
def iso_day(value: str) -> str:
    """'2026-11-23' (as JSON evidence stores it) as 'Mon Nov 23'."""
    at = date.fromisoformat(value)
    return f"{at.strftime('%a %b')} {at.day}"


@bp.app_template_filter("asked")
def asked(alert: Alert) -> str:
    """The patient's words an answerable alert quotes (a question, an unclear reply)."""
    return str(alert.evidence.get("text") or (alert.evidence.get("texts") or [""])[-1])


bp.add_app_template_filter(describe_kind, "kind")
bp.add_app_template_filter(rule_reason, "rule_reason")
bp.add_app_template_global(evidence_numbers, "evidence_numbers")
bp.add_app_template_global(charts.sparkline, "sparkline")
bp.add_app_template_global(charts.trend_chart, "trend_chart")
bp.add_app_template_global(charts.adherence_calendar, "adherence_calendar")
bp.add_app_template_global(charts.progress_bar, "progress_bar")
