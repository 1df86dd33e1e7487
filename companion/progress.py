"""Adherence: how many programme days were done, partly done, skipped or silent.

Besides the counts it gives streaks (programme days in a row with the session done, in
full or in part) and remote-therapeutic-monitoring data days: the distinct days with any
patient-reported data in each 30-day period from the programme's start, since billing
asks whether a period reached 2-15 days or 16 and more.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select

from companion.extensions import db
from companion.models import CheckIn, Completion, Patient, Program

# A day's best report counts: done beats partial beats skipped.
_RANK = {Completion.SKIPPED: 1, Completion.PARTIAL: 2, Completion.DONE: 3}
RTM_PERIOD = timedelta(days=30)


@dataclass(frozen=True)
class DataPeriod:
    """One 30-day monitoring period and the days in it with patient-reported data."""

    start: date
    end: date
    data_days: int
    complete: bool  # the period is over; an open one can still gain days

    @property
    def band(self) -> str:
        """The remote-monitoring band the period reaches: "16+", "2-15" or "under 2"."""
        if self.data_days >= 16:
            return "16+"
        return "2-15" if self.data_days >= 2 else "under 2"


@dataclass(frozen=True)
class Adherence:
    start: date
    end: date
    scheduled_days: int
    done_days: int
    partial_days: int
    skipped_days: int
    silent_days: int
    current_streak: int = 0  # done or partly done programme days in a row, up to today
    longest_streak: int = 0
    data_periods: list[DataPeriod] = field(default_factory=list)

    @property
    def adherence(self) -> float | None:
        """(done + ½ partial) / scheduled, or None before the first scheduled day."""
        if not self.scheduled_days:
            return None
        return round((self.done_days + 0.5 * self.partial_days) / self.scheduled_days, 3)


def day_outcomes(patient: Patient, start: date, end: date) -> dict[date, Completion]:
    """The best completion the patient reported for each local date in [start, end]."""
    rows = db.session.execute(
        select(CheckIn.local_date, CheckIn.completion).where(
            CheckIn.patient_id == patient.id,
            CheckIn.local_date.between(start, end),
        )
    )
    best: dict[date, Completion] = {}
    for day, completion in rows:
        if completion is None:
            continue
        if day not in best or _RANK[completion] > _RANK[best[day]]:
            best[day] = completion
    return best


def checkins_between(patient: Patient, start: date, end: date) -> list[CheckIn]:
    """The patient's check-ins of local dates in [start, end], oldest first."""
    return list(
        db.session.scalars(
            select(CheckIn)
            .where(CheckIn.patient_id == patient.id, CheckIn.local_date.between(start, end))
            .order_by(CheckIn.local_date, CheckIn.id)
        )
    )


def data_days(patient: Patient, start: date, end: date) -> set[date]:
    """Local dates in [start, end] on which the patient reported anything we record."""
    reported = or_(
        CheckIn.completion.is_not(None),
        CheckIn.pain.is_not(None),
        CheckIn.fatigue.is_not(None),
        CheckIn.trend.is_not(None),
    )
    return set(
        db.session.scalars(
            select(CheckIn.local_date)
            .distinct()
            .where(CheckIn.patient_id == patient.id, CheckIn.local_date.between(start, end))
            .where(reported)
        )
    )


def data_periods(patient: Patient, today: date, end: date) -> list[DataPeriod]:
    """The 30-day periods from the programme's start that began by `end`, with data days."""
    program = patient.program
    if program is None or program.start_date > end:
        return []
    last = min(end, today)
    reported = data_days(patient, program.start_date, last)
    periods = []
    start = program.start_date
    while start <= last:
        period_end = start + RTM_PERIOD - timedelta(days=1)
        days = sum(1 for day in reported if start <= day <= period_end)
        periods.append(DataPeriod(start, period_end, days, complete=period_end < today))
        start = period_end + timedelta(days=1)
    return periods


def adherence(
    patient: Patient, now: datetime, start: date | None = None, end: date | None = None
) -> Adherence:
    """Adherence over [start, end] (default: programme start to today, patient-local)."""
    today = now.astimezone(ZoneInfo(patient.timezone)).date()
    program = patient.program
    start = start or (program.start_date if program else today)
    end = min(end or today, today)
    counted = count_days(program, day_outcomes(patient, start, end), start, end, today)
    return replace(counted, data_periods=data_periods(patient, today, end))


def count_days(
    program: Program | None,
    outcomes: Mapping[date, Completion | None],
    start: date,
    end: date,
    today: date,
) -> Adherence:
    """Adherence from each day's best report, without data periods.

    Today counts only once reported: a day is silent when it is over and nothing came.
    """
    end = min(end, today)
    counts = {c: 0 for c in Completion}
    scheduled = silent = streak = longest = 0
    day = start
    while program and day <= end:
        if program.is_program_day(day):
            outcome = outcomes.get(day)
            if outcome is not None:
                scheduled += 1
                counts[outcome] += 1
            elif day < today:
                scheduled += 1
                silent += 1
            if outcome in (Completion.DONE, Completion.PARTIAL):
                streak += 1
                longest = max(longest, streak)
            elif outcome is not None or day < today:  # skipped, or over and silent
                streak = 0
        day += timedelta(days=1)
    return Adherence(
        start=start,
        end=end,
        scheduled_days=scheduled,
        done_days=counts[Completion.DONE],
        partial_days=counts[Completion.PARTIAL],
        skipped_days=counts[Completion.SKIPPED],
        silent_days=silent,
        current_streak=streak,
        longest_streak=longest,
    )
