"""Adherence: how many programme days were done, partly done, skipped or silent."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from companion.extensions import db
from companion.models import CheckIn, Completion, Patient

# A day's best report counts: done beats partial beats skipped.
_RANK = {Completion.SKIPPED: 1, Completion.PARTIAL: 2, Completion.DONE: 3}


@dataclass(frozen=True)
class Adherence:
    start: date
    end: date
    scheduled_days: int
    done_days: int
    partial_days: int
    skipped_days: int
    silent_days: int

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


def adherence(
    patient: Patient, now: datetime, start: date | None = None, end: date | None = None
) -> Adherence:
    """Adherence over [start, end] (default: programme start to today, patient-local).

    Today counts only once reported: a day is silent when it is over and nothing came.
    """
    today = now.astimezone(ZoneInfo(patient.timezone)).date()
    program = patient.program
    start = start or (program.start_date if program else today)
    end = min(end or today, today)
    outcomes = day_outcomes(patient, start, end)
    counts = {c: 0 for c in Completion}
    scheduled = silent = 0
    day = start
    while program and day <= end:
        if program.is_program_day(day):
            if day in outcomes:
                scheduled += 1
                counts[outcomes[day]] += 1
            elif day < today:
                scheduled += 1
                silent += 1
        day += timedelta(days=1)
    return Adherence(
        start=start,
        end=end,
        scheduled_days=scheduled,
        done_days=counts[Completion.DONE],
        partial_days=counts[Completion.PARTIAL],
        skipped_days=counts[Completion.SKIPPED],
        silent_days=silent,
    )
