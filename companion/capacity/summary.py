"""Everything the care team and the payer read about a patient's capacity, in one place:
the demands-vs-tested grid, the outlook, restrictions, duty matches and the team's plan."""

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from companion.capacity.duties import DutyMatch, match_duty
from companion.capacity.plan import duties_of, plan_of
from companion.capacity.projection import Outlook, outlook
from companion.capacity.readiness import Capacity, capacity_of
from companion.capacity.records import capacity_tests_of
from companion.capacity.restrictions import restrictions
from companion.models import Patient, ProgramKind, ReturnToWorkPlan

METHOD_NAMES = {
    "epic_lift": "EPIC-style progressive lift",
    "pile": "PILE (progressive isoinertial lift)",
    "timed_carry": "timed carry",
    "task_simulation": "task simulation",
    "positional_tolerance": "positional tolerance time",
}


@dataclass(frozen=True)
class CapacitySummary:
    as_of: date
    capacity: Capacity
    outlook: Outlook
    restrictions: list[str]
    duties: list[DutyMatch]
    plan: ReturnToWorkPlan | None

    @property
    def programme_words(self) -> str:
        """How reports name the service (CLINICAL.md: the SMS programme is an adjunct)."""
        if self.capacity.kind == ProgramKind.WORK_CONDITIONING:
            return "Work conditioning home programme"
        return "Home programme, adjunct to clinic-based work hardening"


def summarise(patient: Patient, now: datetime) -> CapacitySummary:
    today = now.astimezone(ZoneInfo(patient.timezone)).date()
    capacity, plan = capacity_of(patient, capacity_tests_of(patient)), plan_of(patient)
    return CapacitySummary(
        today,
        capacity,
        outlook(capacity, today),
        restrictions(capacity),
        [match_duty(duty, capacity, plan) for duty in duties_of(patient)],
        plan,
    )
