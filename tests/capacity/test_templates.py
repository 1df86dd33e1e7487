"""Industry templates: each at the DOT level its demands reach, home tasks only texted home."""

import pytest

from companion.capacity.analysis import derived_level
from companion.models import StrengthLevel
from companion.programs.editing import ProgrammeError, add_task, library
from companion.programs.templates import TEMPLATES, build_profile, build_tasks, demand_of
from tests.builders import make_patient

WITH_DEMANDS = [t for t in TEMPLATES.values() if t.demands]


@pytest.mark.parametrize("template", WITH_DEMANDS, ids=lambda t: t.industry)
def test_each_template_is_levelled_as_its_demands_derive(template: object) -> None:
    derived = derived_level([demand_of(d) for d in template.demands])  # type: ignore[attr-defined]

    assert template.strength_level == derived.level  # type: ignore[attr-defined]


def test_the_delivery_driver_carrying_40_lb_frequently_is_heavy_work() -> None:
    driver = TEMPLATES["transport and delivery"]

    derived = derived_level([demand_of(d) for d in driver.demands])

    assert driver.strength_level == StrengthLevel.HEAVY
    assert derived.because == "Carry 40 lb frequently"


def test_a_clinic_only_task_is_never_made_a_home_task() -> None:
    clinic_only = {s.name for t in TEMPLATES.values() for s in t.tasks if s.clinic_only}
    home = {task.name for t in TEMPLATES.values() for task in build_tasks(t, build_profile(t, 1))}

    assert {"Sled push", "Cable row"} <= clinic_only
    assert not clinic_only & home
    assert not clinic_only & {spec.name for _, spec in library()}


def test_a_clinic_only_task_cannot_be_added_to_a_home_programme(app: object) -> None:
    patient = make_patient()
    sled = next(
        f"warehouse:{n}" for n, s in enumerate(TEMPLATES["warehouse"].tasks) if s.clinic_only
    )

    with pytest.raises(ProgrammeError):
        add_task(patient.therapist, patient, sled, patient.created_at)
