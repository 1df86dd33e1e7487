"""Programme templates per industry: a starting dose the therapist adjusts at enrolment."""

from dataclasses import dataclass


@dataclass(frozen=True)
class TaskTemplate:
    name: str
    sets: int | None = None
    reps: int | None = None
    load_lb: int | None = None
    duration_min: int | None = None
    distance_ft: int | None = None
    # The job demand this task trains, matched by name against the patient's job profile.
    trains: str | None = None


@dataclass(frozen=True)
class ProgrammeTemplate:
    industry: str
    title: str
    tasks: tuple[TaskTemplate, ...]


TEMPLATES: dict[str, ProgrammeTemplate] = {
    t.industry: t
    for t in (
        ProgrammeTemplate(
            "warehouse",
            "Warehouse: lifting, carrying, pallet jack",
            (
                TaskTemplate("Floor-to-waist lift", 3, 10, 20, trains="Floor-to-waist lift"),
                TaskTemplate("Carry", None, 4, 25, distance_ft=50, trains="Carry"),
                TaskTemplate("Sled push", 3, 5, 40, trains="Push pallet jack"),
            ),
        ),
        ProgrammeTemplate(
            "construction",
            "Construction: heavy lifts, ladders, carries",
            (
                TaskTemplate("Floor-to-waist lift", 3, 8, 40, trains="Floor-to-waist lift"),
                TaskTemplate("Step-ups", 3, 12, trains="Ladder climb"),
                TaskTemplate("Farmer carry", None, 4, 30, distance_ft=100, trains="Carry"),
            ),
        ),
        ProgrammeTemplate(
            "manufacturing",
            "Manufacturing: standing, reaching, waist-to-shoulder",
            (
                TaskTemplate("Waist-to-shoulder lift", 3, 10, 15, trains="Waist-to-shoulder lift"),
                TaskTemplate(
                    "Standing work simulation", duration_min=30, trains="Standing tolerance"
                ),
                TaskTemplate("Overhead reach", 3, 12, 3, trains="Overhead reach"),
            ),
        ),
        ProgrammeTemplate(
            "health care",
            "Health care: transfers, lifts, walking",
            (
                TaskTemplate("Cable row", 3, 12, 30, trains="Patient transfer (push/pull)"),
                TaskTemplate("Squat lift", 3, 10, 25, trains="Floor-to-waist lift"),
                TaskTemplate("Brisk walk", duration_min=20, trains="Walking"),
            ),
        ),
        ProgrammeTemplate(
            "general",
            "General conditioning",
            (
                TaskTemplate("Squat", 3, 10),
                TaskTemplate("Step-ups", 3, 10),
                TaskTemplate("Brisk walk", duration_min=15),
            ),
        ),
    )
}


def template_for(industry: str | None) -> ProgrammeTemplate:
    """The template of an industry, or general conditioning when there is none for it."""
    return TEMPLATES.get((industry or "").lower(), TEMPLATES["general"])
