"""Alert rules: small pure functions over a patient's recent reports, each with its evidence.

Defaults follow the pain-monitoring model (0-3 safe, 4-5 acceptable, above 5 not; a rise
of 2 over the patient's own baseline is clinically meaningful) and common clinical alert
schemes. Every threshold lives in `Thresholds`, overridable from the app config; a clinic
may set its own for those in CLINIC_SET.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from statistics import median
from typing import Any

from companion.models import (
    CheckIn,
    Completion,
    DayOutcome,
    ProgressionModel,
    Severity,
    Trend,
)
from companion.models.function import DEFAULT_PAIN_CEILING


@dataclass(frozen=True)
class Thresholds:
    urgent_pain: int = 8
    session_pain: int = 5  # above this after a session is not acceptable
    baseline_rise: int = 2
    baseline_reports: int = 7
    high_fatigue: int = 8
    silent_watch: int = 2
    silent_high: int = 4
    adherence_floor: float = 0.5
    adherence_days: int = 7
    reinjury_worries: int = 2
    reinjury_window_days: int = 14
    plateau_days: int = 14
    plateau_sessions: int = 3  # fewer sessions in the window is absence, not a plateau


# What a clinic may tune for its own patients, against alert fatigue or a cautious caseload.
CLINIC_SET = (
    "session_pain", "urgent_pain", "baseline_rise", "high_fatigue",
    "silent_watch", "silent_high", "adherence_floor",
)  # fmt: skip


@dataclass(frozen=True)
class Progress:
    """Where the programme is going: what the plateau rule reads."""

    program_start: date
    sessions: int  # days trained (done or partly) in the window
    last_progression: date | None  # the latest approved step up of a dose
    readiness: float | None  # overall return-to-work readiness now, 0-1
    gains: list[str] = field(default_factory=list)  # demands more ready than a window ago


@dataclass
class History:
    """What the rules read: recent check-ins (oldest first), settled days and progress."""

    today: date
    checkins: list[CheckIn] = field(default_factory=list)
    days: list[tuple[date, DayOutcome]] = field(default_factory=list)
    progress: Progress | None = None
    # The patient's progression model: graded activity moves the pain limits to their ceiling.
    model: ProgressionModel = ProgressionModel.PAIN_MONITORED
    pain_ceiling: int | None = None


Finding = tuple[Severity, dict[str, Any]]
Rule = Callable[[History, Thresholds], Finding | None]


def _sessions(history: History) -> list[CheckIn]:
    return [
        c
        for c in history.checkins
        if c.completion in (Completion.DONE, Completion.PARTIAL) and c.pain is not None
    ]


def _graded_ceiling(history: History) -> int | None:
    """The agreed pain ceiling when the patient is on graded activity, else None."""
    if history.model != ProgressionModel.GRADED_ACTIVITY:
        return None
    return DEFAULT_PAIN_CEILING if history.pain_ceiling is None else history.pain_ceiling


def pain_urgent(history: History, t: Thresholds) -> Finding | None:
    """Pain at the urgent level pauses the programme; in graded activity (Lindström 1992)
    only pain above the patient's agreed ceiling does, and pain up to it is a high alert."""
    latest = next((c for c in reversed(history.checkins) if c.pain is not None), None)
    if latest is None or latest.pain is None:
        return None
    evidence: dict[str, Any] = {"pain": latest.pain, "date": latest.local_date.isoformat()}
    ceiling = _graded_ceiling(history)
    if ceiling is not None:
        evidence |= {"model": history.model.value, "pain_ceiling": ceiling}
        if latest.pain > ceiling:
            return Severity.URGENT, evidence
        return (Severity.HIGH, evidence) if latest.pain >= t.urgent_pain else None
    if latest.pain >= t.urgent_pain:
        return Severity.URGENT, evidence
    return None


def pain_after_session(history: History, t: Thresholds) -> Finding | None:
    if _graded_ceiling(history) is not None:
        return None  # pain within the agreed ceiling is expected; above it, pain_urgent speaks
    sessions = _sessions(history)
    last = sessions[-1] if sessions else None
    if last is not None and last.local_date == history.today and (last.pain or 0) > t.session_pain:
        return Severity.HIGH, {"pain": last.pain, "date": last.local_date.isoformat()}
    return None


def pain_above_baseline(history: History, t: Thresholds) -> Finding | None:
    pains = [c.pain for c in history.checkins if c.pain is not None]
    if len(pains) < 3:
        return None  # no baseline yet
    latest, earlier = pains[-1], pains[-1 - t.baseline_reports : -1]
    baseline = median(earlier)
    if latest - baseline >= t.baseline_rise:
        return Severity.HIGH, {"pain": latest, "baseline": baseline, "reports": len(earlier)}
    return None


def worse_twice(history: History, t: Thresholds) -> Finding | None:
    trends = [c for c in history.checkins if c.trend is not None]
    if len(trends) >= 2 and all(c.trend == Trend.WORSE for c in trends[-2:]):
        return Severity.HIGH, {"worse_on": [c.local_date.isoformat() for c in trends[-2:]]}
    return None


def high_fatigue_twice(history: History, t: Thresholds) -> Finding | None:
    sessions = [
        c
        for c in history.checkins
        if c.completion in (Completion.DONE, Completion.PARTIAL) and c.fatigue is not None
    ]
    by_day = {c.local_date: c.fatigue for c in sessions}
    last_two = sorted(by_day.items())[-2:]
    if len(last_two) == 2 and all((f or 0) >= t.high_fatigue for _, f in last_two):
        return Severity.WATCH, {"fatigue": {d.isoformat(): f for d, f in last_two}}
    return None


def _silent_streak(history: History) -> int:
    streak = 0
    for _, outcome in reversed(history.days):
        if outcome != DayOutcome.SILENT:
            break
        streak += 1
    return streak


def silent_days(history: History, t: Thresholds) -> Finding | None:
    streak = _silent_streak(history)
    if streak >= t.silent_high:
        return Severity.HIGH, {"silent_days_in_a_row": streak}
    if streak >= t.silent_watch:
        return Severity.WATCH, {"silent_days_in_a_row": streak}
    return None


def low_adherence(history: History, t: Thresholds) -> Finding | None:
    recent = [o for _, o in history.days[-t.adherence_days :]]
    if len(recent) < t.adherence_days:
        return None
    score = sum(
        1 if o == DayOutcome.DONE else 0.5 if o == DayOutcome.PARTIAL else 0 for o in recent
    ) / len(recent)
    if score < t.adherence_floor:
        return Severity.WATCH, {"adherence": round(score, 2), "programme_days": len(recent)}
    return None


def reinjury_worry(history: History, t: Thresholds) -> Finding | None:
    worried = [
        c.local_date
        for c in history.checkins
        if c.skip_reason == "worried_reinjury"
        and (history.today - c.local_date).days < t.reinjury_window_days
    ]
    if len(worried) >= t.reinjury_worries:
        return Severity.WATCH, {"worried_on": [d.isoformat() for d in worried]}
    return None


def plateau(history: History, t: Thresholds) -> Finding | None:
    """No approved progression and no readiness gain for a while: time for a team review."""
    progress = history.progress
    if progress is None or progress.gains or progress.readiness == 1.0:
        return None
    if progress.sessions < t.plateau_sessions:
        return None  # not training: the silence and adherence rules speak
    since = history.today - timedelta(days=t.plateau_days)
    if progress.program_start > since:
        return None  # too early to call
    if progress.last_progression is not None and progress.last_progression > since:
        return None
    last = progress.last_progression
    return Severity.WATCH, {
        "days_without_progress": (history.today - (last or progress.program_start)).days,
        "last_progression": last.isoformat() if last else None,
        "readiness": progress.readiness,
        "suggestion": "Consider an interdisciplinary review.",
    }


# (alert kind, rule). A kind is raised once while open; condition rules resolve themselves.
# Check-in rules read `History.checkins` only (evaluate loads no programme days for them).
CHECKIN_RULES: list[tuple[str, Rule]] = [
    ("pain_urgent", pain_urgent),
    ("pain_after_session", pain_after_session),
    ("pain_above_baseline", pain_above_baseline),
    ("worse_next_morning", worse_twice),
    ("fatigue_high", high_fatigue_twice),
    ("reinjury_worry", reinjury_worry),
]
DAY_RULES: list[tuple[str, Rule]] = [
    ("silent_days", silent_days),
    ("low_adherence", low_adherence),
]
PROGRESS_RULES: list[tuple[str, Rule]] = [("plateau", plateau)]
SELF_RESOLVING = {"silent_days", "low_adherence", "plateau"}
