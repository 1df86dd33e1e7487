"""Session days as progression and readiness read them: each day's check-ins folded into one."""

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.sql.elements import ColumnElement

from companion.extensions import db
from companion.models import CheckIn, Completion, Trend

# The pain-monitoring model: 0-5 during or after a session is acceptable, above 5 is not.
PAIN_LIMIT = 5
FATIGUE_LIMIT = 6

# (local date, completion, pain, fatigue, trend, effort) of one check-in.
Row = tuple[date, Completion | None, int | None, int | None, Trend | None, int | None]

_COMPLETION_RANK = {Completion.SKIPPED: 1, Completion.PARTIAL: 2, Completion.DONE: 3}
_TREND_RANK = {Trend.BETTER: 1, Trend.SAME: 2, Trend.WORSE: 3}
_SCORE = {score: score for score in range(11)}
T = TypeVar("T")


@dataclass(frozen=True)
class Session:
    """A day the patient trained (done or partly), with the day's highest scores.

    `next_morning` is the 24-hour answer given the following day. `settled` says that
    answer is in, or can no longer come: the patient has reported on a later day
    without giving it, or the following day is over.
    """

    day: date
    completion: Completion
    pain: int | None
    fatigue: int | None
    next_morning: Trend | None
    settled: bool
    # How hard it was (conversation.effort): shown with a proposal, never a gate of the rule.
    effort: int | None = None

    @property
    def acceptable(self) -> bool:
        """Done, with pain reported and within the model's acceptable range."""
        done = self.completion == Completion.DONE
        return done and self.pain is not None and self.pain <= PAIN_LIMIT

    @property
    def evidence(self) -> dict[str, Any]:
        return {
            "date": self.day.isoformat(),
            "completion": self.completion.value,
            "pain": self.pain,
            "fatigue": self.fatigue,
            "effort": self.effort,
            "next_morning": self.next_morning.value if self.next_morning else None,
        }


def _top(ranks: Mapping[T, int], a: T | None, b: T | None) -> T | None:
    """The higher-ranked of two reports of the same day: the cautious reading."""
    if a is None or b is None:
        return b if a is None else a
    return b if ranks[b] > ranks[a] else a


def sessions_from(rows: Iterable[Row], today: date) -> list[Session]:
    """One patient's session days, oldest first, from their check-in rows (any order)."""
    completion: dict[date, Completion | None] = {}
    pain: dict[date, int | None] = {}
    fatigue: dict[date, int | None] = {}
    trend: dict[date, Trend | None] = {}
    effort: dict[date, int | None] = {}
    for day, done, pain_score, fatigue_score, answer, effort_score in rows:
        completion[day] = _top(_COMPLETION_RANK, completion.get(day), done)
        pain[day] = _top(_SCORE, pain.get(day), pain_score)
        fatigue[day] = _top(_SCORE, fatigue.get(day), fatigue_score)
        trend[day] = _top(_TREND_RANK, trend.get(day), answer)
        effort[day] = _top(_SCORE, effort.get(day), effort_score)
    last_report = max(completion, default=None)
    sessions = []
    for day in sorted(completion):
        done = completion[day]
        if done is None or done == Completion.SKIPPED:
            continue
        after = day + timedelta(days=1)
        sessions.append(
            Session(
                day=day,
                completion=done,
                pain=pain[day],
                fatigue=fatigue[day],
                next_morning=trend.get(after),
                settled=trend.get(after) is not None
                or after < today
                or (last_report is not None and last_report > day),
                effort=effort[day],
            )
        )
    return sessions


def checkin_rows(since: date, *where: ColumnElement[bool]) -> dict[int, list[Row]]:
    """Check-ins from `since` on, per patient, in one query (`where` narrows the patients)."""
    rows: dict[int, list[Row]] = defaultdict(list)
    query = select(
        CheckIn.patient_id,
        CheckIn.local_date,
        CheckIn.completion,
        CheckIn.pain,
        CheckIn.fatigue,
        CheckIn.trend,
        CheckIn.effort,
    ).where(CheckIn.local_date >= since, *where)
    for patient_id, *row in db.session.execute(query):
        rows[patient_id].append(tuple(row))  # type: ignore[arg-type]
    return rows
