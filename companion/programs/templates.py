"""Programme templates per industry: a job's critical demands and the tasks that train them."""

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from companion.models import (
    DemandFrequency,
    JobDemand,
    JobDemandProfile,
    ProgramKind,
    StrengthLevel,
    Task,
)
from companion.programs.spanish import translated

OCCASIONAL, FREQUENT, CONSTANT = (
    DemandFrequency.OCCASIONAL,
    DemandFrequency.FREQUENT,
    DemandFrequency.CONSTANT,
)


@dataclass(frozen=True)
class DemandSpec:
    """A critical demand of the job, e.g. floor-to-waist lift 50 lb occasionally."""

    name: str
    target: int
    unit: str
    frequency: DemandFrequency


@dataclass(frozen=True)
class TaskSpec:
    """A task and its starting dose; `trains` names the demand it works toward."""

    name: str
    sets: int | None = None
    reps: int | None = None
    load_lb: float | None = None
    duration_min: int | None = None
    distance_ft: int | None = None
    trains: str | None = None
    instructions: str | None = None


@dataclass(frozen=True)
class ProgrammeTemplate:
    industry: str
    job_title: str
    strength_level: StrengthLevel
    demands: tuple[DemandSpec, ...]
    tasks: tuple[TaskSpec, ...]
    kind: ProgramKind = ProgramKind.WORK_HARDENING

    @property
    def title(self) -> str:
        """How a therapist picks it: 'Warehouse (Order selector)'."""
        if self.job_title.lower().startswith(self.industry):
            return self.job_title
        return f"{self.industry.capitalize()} ({self.job_title})"


GENERAL = "general"
LIFT = "Bend at hips and knees, keep the load close, no twisting."
CARRY = "Walk tall, load close to the body; rest between rounds."
_all = (
    ProgrammeTemplate(
        "warehouse",
        "Order selector",
        StrengthLevel.HEAVY,
        (
            DemandSpec("Floor-to-waist lift", 50, "lb", OCCASIONAL),
            DemandSpec("Carry", 35, "lb", FREQUENT),
            DemandSpec("Push pallet jack", 60, "lb", FREQUENT),
        ),
        (
            TaskSpec(
                "Floor-to-waist lift", 3, 10, 20, trains="Floor-to-waist lift", instructions=LIFT
            ),
            TaskSpec("Carry", None, 4, 25, distance_ft=50, trains="Carry", instructions=CARRY),
            TaskSpec("Sled push", 3, 5, 40, trains="Push pallet jack"),
        ),
    ),
    ProgrammeTemplate(
        "construction",
        "Construction laborer",
        StrengthLevel.VERY_HEAVY,
        (
            DemandSpec("Floor-to-waist lift", 100, "lb", OCCASIONAL),
            DemandSpec("Ladder climb", 20, "ft", OCCASIONAL),
            DemandSpec("Carry", 60, "lb", FREQUENT),
        ),
        (
            TaskSpec(
                "Floor-to-waist lift", 3, 8, 40, trains="Floor-to-waist lift", instructions=LIFT
            ),
            TaskSpec("Step-ups", 3, 12, trains="Ladder climb", instructions="Hold a rail."),
            TaskSpec(
                "Farmer carry", None, 4, 30, distance_ft=100, trains="Carry", instructions=CARRY
            ),
        ),
    ),
    ProgrammeTemplate(
        "manufacturing",
        "Assembly line operator",
        StrengthLevel.MEDIUM,
        (
            DemandSpec("Waist-to-shoulder lift", 35, "lb", OCCASIONAL),
            DemandSpec("Standing tolerance", 120, "min", CONSTANT),
            DemandSpec("Overhead reach", 20, "min", FREQUENT),
        ),
        (
            TaskSpec("Waist-to-shoulder lift", 3, 10, 15, trains="Waist-to-shoulder lift"),
            TaskSpec("Standing work simulation", duration_min=30, trains="Standing tolerance"),
            TaskSpec("Overhead reach", 3, 12, 3, trains="Overhead reach"),
        ),
    ),
    ProgrammeTemplate(
        "health care",
        "Certified nursing assistant",
        StrengthLevel.HEAVY,
        (
            DemandSpec("Patient transfer (push/pull)", 50, "lb", FREQUENT),
            DemandSpec("Floor-to-waist lift", 50, "lb", OCCASIONAL),
            DemandSpec("Walking", 60, "min", FREQUENT),
        ),
        (
            TaskSpec("Cable row", 3, 12, 30, trains="Patient transfer (push/pull)"),
            TaskSpec("Squat lift", 3, 10, 25, trains="Floor-to-waist lift", instructions=LIFT),
            TaskSpec("Brisk walk", duration_min=20, trains="Walking"),
        ),
    ),
    ProgrammeTemplate(
        "transport and delivery",
        "Delivery driver",
        StrengthLevel.MEDIUM,
        (
            DemandSpec("Floor-to-waist lift", 50, "lb", OCCASIONAL),
            DemandSpec("Carry", 40, "lb", FREQUENT),
            DemandSpec("Sitting tolerance", 120, "min", FREQUENT),
        ),
        (
            TaskSpec(
                "Floor-to-waist lift", 3, 8, 20, trains="Floor-to-waist lift", instructions=LIFT
            ),
            TaskSpec("Carry", None, 4, 20, distance_ft=100, trains="Carry", instructions=CARRY),
            TaskSpec("Seated drive simulation", duration_min=30, trains="Sitting tolerance"),
        ),
    ),
    ProgrammeTemplate(
        "office",
        "Office worker",
        StrengthLevel.SEDENTARY,
        (
            DemandSpec("Sitting tolerance", 240, "min", CONSTANT),
            DemandSpec("Waist-to-shoulder lift", 10, "lb", OCCASIONAL),
        ),
        (
            TaskSpec("Desk work simulation", duration_min=30, trains="Sitting tolerance"),
            TaskSpec("Waist-to-shoulder lift", 3, 10, 5, trains="Waist-to-shoulder lift"),
            TaskSpec("Brisk walk", duration_min=15, instructions="Break up sitting time."),
        ),
        ProgramKind.WORK_CONDITIONING,
    ),
    # For a job without a template of its own: no demands, a general starting programme.
    ProgrammeTemplate(
        GENERAL,
        "General conditioning",
        StrengthLevel.MEDIUM,
        (),
        (
            TaskSpec("Squat", 3, 10),
            TaskSpec("Step-ups", 3, 10, instructions="Hold a rail."),
            TaskSpec("Brisk walk", duration_min=15),
        ),
        ProgramKind.WORK_CONDITIONING,
    ),
)
TEMPLATES: dict[str, ProgrammeTemplate] = {template.industry: template for template in _all}


def template_for(industry: str | None) -> ProgrammeTemplate | None:
    return TEMPLATES.get((industry or "").strip().lower())


def template_or_general(industry: str | None) -> ProgrammeTemplate:
    """The industry's template, or general conditioning when it has none."""
    return template_for(industry) or TEMPLATES[GENERAL]


def build_profile(template: ProgrammeTemplate, clinic_id: int) -> JobDemandProfile:
    """A new (unsaved) job demand profile with the template's demands."""
    return JobDemandProfile(
        clinic_id=clinic_id,
        job_title=template.job_title,
        industry=template.industry,
        strength_level=template.strength_level,
        demands=[
            JobDemand(name=d.name, target=Decimal(d.target), unit=d.unit, frequency=d.frequency)
            for d in template.demands
        ],
    )


def build_tasks(template: ProgrammeTemplate, profile: JobDemandProfile | None) -> list[Task]:
    """New (unsaved) tasks at the starting dose, each linked to the profile's demand it trains."""
    return tasks_for(template.tasks, profile)


def tasks_for(specs: Iterable[TaskSpec], profile: JobDemandProfile | None) -> list[Task]:
    """New (unsaved) tasks for these specs, numbered from 0, linked to the demands they train."""
    demands = {d.name: d for d in profile.demands} if profile else {}
    return [
        Task(
            **translated({"name": spec.name, "instructions": spec.instructions}),
            position=i,
            sets=spec.sets,
            reps=spec.reps,
            load_lb=None if spec.load_lb is None else Decimal(str(spec.load_lb)),
            duration_min=spec.duration_min,
            distance_ft=spec.distance_ft,
            job_demand=demands.get(spec.trains) if spec.trains else None,
        )
        for i, spec in enumerate(specs)
    ]
