"""A task's dose and its arithmetic: the next step up, an eased step down, never past the target."""

from dataclasses import dataclass, replace
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

from companion.models import Proposal, Task

# The smallest practical load change: a pair of 1.25 lb plates or the next dumbbell.
LOAD_STEP = Decimal("2.5")
# Below this, one plate is more than a 20 % jump.
LIGHT_LOAD = Decimal("12.5")
# The API accepts doses up to these; a progression must not leave a task it cannot edit.
LIMITS = {"reps": Decimal(200), "load_lb": Decimal(500), "duration_min": Decimal(480)}
# Which dose field a job demand's target is measured in.
FIELD_BY_UNIT = {"lb": "load_lb", "min": "duration_min", "ft": "distance_ft", "reps": "reps"}


@dataclass(frozen=True)
class Dose:
    reps: int | None
    load_lb: Decimal | None
    duration_min: int | None

    @classmethod
    def of_task(cls, task: Task) -> "Dose":
        load = None if task.load_lb is None else Decimal(task.load_lb)
        return cls(task.reps, load, task.duration_min)

    @classmethod
    def current_of(cls, proposal: Proposal) -> "Dose":
        return cls(proposal.current_reps, proposal.current_load_lb, proposal.current_duration_min)

    @classmethod
    def proposed_of(cls, proposal: Proposal) -> "Dose":
        return cls(
            proposal.proposed_reps, proposal.proposed_load_lb, proposal.proposed_duration_min
        )

    @property
    def field(self) -> str | None:
        """What progresses: load for loaded tasks, else time for timed ones, else repetitions."""
        if self.load_lb:
            return "load_lb"
        if self.duration_min:
            return "duration_min"
        if self.reps:
            return "reps"
        return None

    def apply_to(self, task: Task) -> None:
        task.reps, task.load_lb, task.duration_min = self.reps, self.load_lb, self.duration_min


def _plates(value: Decimal, rounding: str) -> Decimal:
    return (value / LOAD_STEP).quantize(Decimal(1), rounding=rounding) * LOAD_STEP


def _tenth(count: int) -> int:
    """10 % of a count of reps or minutes, rounded half up, and at least one."""
    return max(1, int((Decimal(count) / 10).quantize(Decimal(1), rounding=ROUND_HALF_UP)))


def next_dose(dose: Dose, target: Decimal | None = None) -> Dose | None:
    """About +7.5 % rounded to a 2.5 lb plate, else +10 % reps or minutes; None at the ceiling.

    Light loads (under 12.5 lb) with reps progress by reps: a plate would be too big a step.

    `target` is the job demand's target in the unit of the field that progresses: training
    past what the job asks adds risk and nothing the return to work needs.
    """
    field = dose.field
    if field == "load_lb" and (dose.load_lb or 0) < LIGHT_LOAD and dose.reps:
        field, target = "reps", None  # one plate would add more than a fifth: add reps instead
    if field is None:
        return None
    ceiling = min(target, LIMITS[field]) if target is not None else LIMITS[field]
    if field == "load_lb":
        current: Decimal = dose.load_lb or Decimal(0)
        next_plate = _plates(current, ROUND_FLOOR) + LOAD_STEP
        load = min(max(_plates(current * Decimal("1.075"), ROUND_HALF_UP), next_plate), ceiling)
        return replace(dose, load_lb=load) if load > current else None
    if field == "duration_min":
        minutes = dose.duration_min or 0
        longer = min(minutes + _tenth(minutes), int(ceiling))
        return replace(dose, duration_min=longer) if longer > minutes else None
    reps = dose.reps or 0
    more = min(reps + _tenth(reps), int(ceiling))
    return replace(dose, reps=more) if more > reps else None


def eased_dose(dose: Dose) -> Dose | None:
    """About −10 % to a 2.5 lb plate, else fewer minutes or reps; None when nothing is left."""
    field = dose.field
    if field == "load_lb":
        current: Decimal = dose.load_lb or Decimal(0)
        load = _plates(current * Decimal("0.9"), ROUND_HALF_UP)
        if load >= current:
            load = current - LOAD_STEP
        return replace(dose, load_lb=load) if load > 0 else None
    if field == "duration_min":
        minutes = dose.duration_min or 0
        shorter = minutes - _tenth(minutes)
        return replace(dose, duration_min=shorter) if shorter >= 1 else None
    if field == "reps":
        reps = dose.reps or 0
        fewer = reps - _tenth(reps)
        return replace(dose, reps=fewer) if fewer >= 1 else None
    return None
