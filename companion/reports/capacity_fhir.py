"""The bundle's job side: demands as Goals, clinic tests as Observations with their method,
restrictions and the transitional-duty match as Observations.

Tests are coded in our own code systems, named here: the demand tested (kind and height
range, or posture) and the method; the result is a UCUM quantity in the demand's terms.
"""

from typing import Any

from companion.capacity.readiness import DemandCapacity, Status
from companion.capacity.summary import METHOD_NAMES, CapacitySummary
from companion.models import CapacityTest

DEMAND_SYSTEM = "urn:companion:fhir:CodeSystem:job-demand"
METHOD_SYSTEM = "urn:companion:fhir:CodeSystem:capacity-test-method"
DETAIL_SYSTEM = "urn:companion:fhir:CodeSystem:capacity-test-detail"
CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement"
UCUM_SYSTEM = "http://unitsofmeasure.org"
UCUM = {"lb": "[lb_av]", "kg": "kg", "min": "min", "h": "h", "ft": "[ft_i]", "m": "m"}
ACHIEVEMENT = {Status.MEETS: "achieved", Status.NOT_YET: "in-progress"}
Ref = dict[str, str]


def quantity(value: object, unit: str) -> dict[str, Any]:
    q: dict[str, Any] = {"value": float(str(value)), "unit": unit}
    if unit in UCUM:
        q |= {"system": UCUM_SYSTEM, "code": UCUM[unit]}
    return q


def demand_code(item: DemandCapacity) -> dict[str, Any]:
    d = item.demand
    detail = d.height_range or d.posture
    code = d.kind.value + (f"-{detail.value}" if detail else "")
    return {"coding": [{"system": DEMAND_SYSTEM, "code": code, "display": d.name}], "text": d.name}


def goal(item: DemandCapacity, subject: Ref, projection_note: str) -> dict[str, Any]:
    d = item.demand
    resource: dict[str, Any] = {
        "resourceType": "Goal",
        "id": f"demand-{d.id}",
        "lifecycleStatus": "active",
        "description": {"text": f"{d.name} {d.target.normalize():f} {d.unit} {d.frequency.value}"},
        "subject": subject,
        "target": [{"measure": demand_code(item), "detailQuantity": quantity(d.target, d.unit)}],
        "note": [{"text": f"Clinic-tested readiness: {item.status.value}. {projection_note}"}],
    }
    if item.status in ACHIEVEMENT:
        code = ACHIEVEMENT[item.status]
        resource["achievementStatus"] = {"coding": [{"system": GOAL_ACHIEVEMENT, "code": code}]}
    return resource


def _detail(code: str, text: str) -> dict[str, Any]:
    return {
        "code": {"coding": [{"system": DETAIL_SYSTEM, "code": code}]},
        "valueCodeableConcept": {"text": text},
    }


def capacity_observation(
    test: CapacityTest, item: DemandCapacity, subject: Ref, goal_ref: Ref
) -> dict[str, Any]:
    """One clinic test as an Observation: what, how (method), when, by whom, the result."""
    components = [
        _detail("phase", test.phase.value),
        _detail("stop-reason", test.stop_reason.value.replace("_", " ")),
        _detail("effort", test.effort.value.replace("_", " ")),
    ]
    if test.frequency is not None:
        components.append(_detail("frequency", test.frequency.value.replace("_", "-")))
    if test.height_range is not None:
        components.append(_detail("height-range", test.height_range.value.replace("_", " ")))
    if test.distance_ft:
        components.append({
            "code": {"coding": [{"system": DETAIL_SYSTEM, "code": "distance"}]},
            "valueQuantity": quantity(test.distance_ft, "ft"),
        })  # fmt: skip
    return {
        "resourceType": "Observation",
        "id": f"capacity-test-{test.id}",
        "status": "final",
        "category": [{"coding": [{"system": CATEGORY, "code": "exam"}]}],
        "code": demand_code(item),
        "method": {
            "coding": [
                {
                    "system": METHOD_SYSTEM,
                    "code": test.method.value,
                    "display": METHOD_NAMES[test.method.value],
                }
            ]
        },
        "subject": subject,
        "focus": [goal_ref],
        "effectiveDateTime": test.tested_on.isoformat(),
        "performer": [{"display": test.tester.name}],
        "valueQuantity": quantity(test.value, test.unit),
        "component": components,
    }


def restrictions_observation(summary: CapacitySummary, subject: Ref) -> dict[str, Any]:
    """The work restrictions in case managers' words; final once the physician signed them."""
    plan = summary.plan
    signed = plan is not None and plan.physician_signed_on is not None
    text = "; ".join(summary.restrictions) or "No restrictions from the clinic tests."
    resource: dict[str, Any] = {
        "resourceType": "Observation",
        "id": "work-restrictions",
        "status": "final" if signed else "preliminary",
        "category": [{"coding": [{"system": CATEGORY, "code": "exam"}]}],
        "code": {
            "coding": [{"system": DEMAND_SYSTEM, "code": "work-restrictions"}],
            "text": "Work restrictions from clinic-tested capacity",
        },
        "subject": subject,
        "effectiveDateTime": summary.as_of.isoformat(),
        "valueString": text,
    }
    if signed and plan is not None and plan.physician_signed_on is not None:
        resource["performer"] = [{"display": f"{plan.physician_name} (physician)"}]
        signed_text = "; ".join(plan.signed_restrictions or []) or "none"
        resource["note"] = [{"text": f"Signed {plan.physician_signed_on}: {signed_text}"}]
    return resource


def duty_observations(summary: CapacitySummary, subject: Ref) -> list[dict[str, Any]]:
    return [
        {
            "resourceType": "Observation",
            "id": f"duty-{match.duty.id}",
            "status": "final",
            "code": {
                "coding": [{"system": DEMAND_SYSTEM, "code": "transitional-duty-match"}],
                "text": f"Transitional duty: {match.duty.name}",
            },
            "subject": subject,
            "effectiveDateTime": summary.as_of.isoformat(),
            "valueString": "fits tested capacity"
            if match.fits
            else "exceeds: " + "; ".join(match.exceeds),
        }
        for match in summary.duties
    ]
