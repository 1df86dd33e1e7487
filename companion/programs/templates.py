"""Programme templates per industry: a job's critical demands and the tasks that train them."""

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from companion.models import (
    DemandFrequency,
    DemandKind,
    HeightRange,
    JobDemand,
    JobDemandProfile,
    Posture,
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
LIFTING, CARRYING, PUSHING, POSITION = (
    DemandKind.LIFT,
    DemandKind.CARRY,
    DemandKind.PUSH,
    DemandKind.POSITION,
)
FLOOR_WAIST, WAIST_SHOULDER = HeightRange.FLOOR_TO_WAIST, HeightRange.WAIST_TO_SHOULDER


@dataclass(frozen=True)
class DemandSpec:
    """A critical demand of the job, e.g. floor-to-waist lift 50 lb occasionally."""

    name: str
    target: int
    unit: str
    frequency: DemandFrequency
    kind: DemandKind = DemandKind.LIFT
    height_range: HeightRange | None = None
    posture: Posture | None = None
    carry_distance_ft: int | None = None
    sustained_force_lb: int | None = None
    hours_per_day: int | None = None


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
    # Needs clinic equipment (a sled, a cable column): shown in the template, never texted home.
    clinic_only: bool = False


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
            DemandSpec("Floor-to-waist lift", 50, "lb", OCCASIONAL, LIFTING, FLOOR_WAIST),
            DemandSpec("Carry", 35, "lb", FREQUENT, CARRYING, carry_distance_ft=50),
            DemandSpec("Push pallet jack", 50, "lb", OCCASIONAL, PUSHING, sustained_force_lb=30),
        ),
        (
            TaskSpec(
                "Floor-to-waist lift", 3, 10, 20, trains="Floor-to-waist lift", instructions=LIFT
            ),
            TaskSpec("Carry", None, 4, 25, distance_ft=50, trains="Carry", instructions=CARRY),
            TaskSpec(
                "Wall push",
                3,
                5,
                duration_min=1,
                trains="Push pallet jack",
                instructions="Lean into a wall, arms straight, and push through your legs.",
            ),
            TaskSpec("Sled push", 3, 5, 40, trains="Push pallet jack", clinic_only=True),
        ),
    ),
    ProgrammeTemplate(
        "construction",
        "Construction laborer",
        StrengthLevel.VERY_HEAVY,
        (
            DemandSpec("Floor-to-waist lift", 100, "lb", OCCASIONAL, LIFTING, FLOOR_WAIST),
            DemandSpec(
                "Ladder climb", 20, "ft", OCCASIONAL, POSITION, posture=Posture.CLIMB_LADDER
            ),
            DemandSpec("Carry", 60, "lb", FREQUENT, CARRYING, carry_distance_ft=100),
            DemandSpec(
                "Overhead reach", 10, "min", FREQUENT, POSITION, posture=Posture.REACH_OVERHEAD
            ),
        ),
        (
            TaskSpec(
                "Floor-to-waist lift", 3, 8, 40, trains="Floor-to-waist lift", instructions=LIFT
            ),
            TaskSpec("Step-ups", 3, 12, trains="Ladder climb", instructions="Hold a rail."),
            TaskSpec(
                "Farmer carry", None, 4, 30, distance_ft=100, trains="Carry", instructions=CARRY
            ),
            TaskSpec("Overhead reach", 3, 12, 3, trains="Overhead reach"),
        ),
    ),
    ProgrammeTemplate(
        "manufacturing",
        "Assembly line operator",
        StrengthLevel.MEDIUM,
        (
            DemandSpec("Waist-to-shoulder lift", 35, "lb", OCCASIONAL, LIFTING, WAIST_SHOULDER),
            DemandSpec(
                "Standing tolerance",
                120,
                "min",
                CONSTANT,
                POSITION,
                posture=Posture.STAND,
                hours_per_day=7,
            ),
            DemandSpec(
                "Overhead reach", 20, "min", FREQUENT, POSITION, posture=Posture.REACH_OVERHEAD
            ),
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
            DemandSpec("Patient transfer (push/pull)", 50, "lb", FREQUENT, PUSHING),
            DemandSpec("Floor-to-waist lift", 50, "lb", OCCASIONAL, LIFTING, FLOOR_WAIST),
            DemandSpec(
                "Walking", 60, "min", FREQUENT, POSITION, posture=Posture.WALK, hours_per_day=5
            ),
        ),
        (
            TaskSpec(
                "Band row",
                3,
                12,
                trains="Patient transfer (push/pull)",
                instructions="Resistance band round a door handle; squeeze the shoulder blades.",
            ),
            TaskSpec(
                "Cable row", 3, 12, 30, trains="Patient transfer (push/pull)", clinic_only=True
            ),
            TaskSpec("Squat lift", 3, 10, 25, trains="Floor-to-waist lift", instructions=LIFT),
            TaskSpec("Brisk walk", duration_min=20, trains="Walking"),
        ),
    ),
    ProgrammeTemplate(
        "transport and delivery",
        "Delivery driver",
        # Carrying 40 lb frequently is heavy work (26-50 lb frequently), whatever the lifts.
        StrengthLevel.HEAVY,
        (
            DemandSpec("Floor-to-waist lift", 50, "lb", OCCASIONAL, LIFTING, FLOOR_WAIST),
            DemandSpec("Carry", 40, "lb", FREQUENT, CARRYING, carry_distance_ft=100),
            DemandSpec(
                "Sitting tolerance",
                120,
                "min",
                FREQUENT,
                POSITION,
                posture=Posture.SIT,
                hours_per_day=5,
            ),
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
            DemandSpec(
                "Sitting tolerance",
                240,
                "min",
                CONSTANT,
                POSITION,
                posture=Posture.SIT,
                hours_per_day=7,
            ),
            DemandSpec("Waist-to-shoulder lift", 10, "lb", OCCASIONAL, LIFTING, WAIST_SHOULDER),
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
        demands=[demand_of(d) for d in template.demands],
    )


def _decimal(value: int | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def demand_of(spec: DemandSpec) -> JobDemand:
    """A new (unsaved) job demand as the template describes it."""
    return JobDemand(
        name=spec.name, target=Decimal(spec.target), unit=spec.unit, frequency=spec.frequency,
        kind=spec.kind, height_range=spec.height_range, posture=spec.posture,
        carry_distance_ft=spec.carry_distance_ft,
        sustained_force_lb=_decimal(spec.sustained_force_lb),
        hours_per_day=_decimal(spec.hours_per_day),
        critical=True,
    )  # fmt: skip


def build_tasks(template: ProgrammeTemplate, profile: JobDemandProfile | None) -> list[Task]:
    """New (unsaved) tasks at the starting dose, each linked to the profile's demand it trains."""
    return tasks_for(template.tasks, profile)


def tasks_for(specs: Iterable[TaskSpec], profile: JobDemandProfile | None) -> list[Task]:
    """New (unsaved) home tasks for these specs, numbered from 0, linked to the demands they
    train; a clinic-only task is left out: it is never texted as home work."""
    demands = {d.name: d for d in profile.demands} if profile else {}
    specs = [spec for spec in specs if not spec.clinic_only]
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
