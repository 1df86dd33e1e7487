"""A FHIR R4 Bundle of a patient's reported pain and fatigue."""

from typing import Any

from companion.models import CheckIn, Patient

PAIN_CODE = {
    "system": "http://loinc.org",
    "code": "72514-3",
    "display": "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
}
# No LOINC code carries Borg CR10 fatigue; the text names the scale.
FATIGUE_CODE = {"text": "Fatigue (Borg CR10, 0-10), patient reported"}


def _observation(patient: Patient, checkin: CheckIn, kind: str, value: int) -> dict[str, Any]:
    code = {"coding": [PAIN_CODE], "text": "Pain"} if kind == "pain" else FATIGUE_CODE
    return {
        "resourceType": "Observation",
        "id": f"checkin-{checkin.id}-{kind}",
        "status": "final",
        "category": [
            {
                "coding": [
                    {
                        "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                        "code": "survey",
                    }
                ]
            }
        ],
        "code": code,
        "subject": {"reference": f"Patient/{patient.id}"},
        "effectiveDateTime": checkin.created_at.isoformat(),
        "valueInteger": value,
    }


def patient_bundle(patient: Patient, checkins: list[CheckIn]) -> dict[str, Any]:
    """A collection Bundle: the Patient (first name only) and one Observation per score."""
    resources: list[dict[str, Any]] = [
        {
            "resourceType": "Patient",
            "id": str(patient.id),
            "name": [{"given": [patient.first_name]}],
            "communication": [
                {
                    "language": {
                        "coding": [{"system": "urn:ietf:bcp:47", "code": patient.language}]
                    }
                }
            ],
        }
    ]
    for checkin in checkins:
        for kind in ("pain", "fatigue"):
            value = getattr(checkin, kind)
            if value is not None:
                resources.append(_observation(patient, checkin, kind, value))
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {"fullUrl": f"urn:uuid:companion-{r['resourceType'].lower()}-{r['id']}", "resource": r}
            for r in resources
        ],
    }
