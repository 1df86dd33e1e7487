"""The capacity side: clinic tests of the job's demands, and the demands-vs-tested grid."""

from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from flask import abort

from companion.api import bp
from companion.api.auth import current_therapist
from companion.api.capacity_schemas import (
    capacity_schema,
    capacity_test_list_schema,
    capacity_test_schema,
)
from companion.api.errors import envelope
from companion.api.patients import json_body, readable_patient
from companion.capacity.records import (
    CapacityError,
    CapacityResult,
    capacity_tests_of,
    record_test,
)
from companion.capacity.summary import summarise
from companion.capacity.units import CapacityFrequency
from companion.models import (
    CapacityMethod,
    CapacityPhase,
    Effort,
    HeightRange,
    StopReason,
)
from messaging.db import utcnow


@bp.get("/patients/<id:patient_id>/capacity")
def get_capacity(patient_id: int) -> Any:
    """The job's demands against the latest clinic tests, projection, restrictions, duties."""
    patient = readable_patient(patient_id, "capacity")
    return capacity_schema.dump(summarise(patient, utcnow()))


@bp.get("/patients/<id:patient_id>/capacity-tests")
def get_capacity_tests(patient_id: int) -> Any:
    """The patient's clinic capacity tests, oldest first."""
    patient = readable_patient(patient_id, "capacity")
    return capacity_test_list_schema.dump({"items": capacity_tests_of(patient)})


@bp.post("/patients/<id:patient_id>/capacity-tests")
def post_capacity_test(patient_id: int) -> Any:
    """Record a clinic test of one job demand, in the demand's own terms."""
    patient = readable_patient(patient_id, "capacity")
    therapist = current_therapist()
    if not therapist.prescribes:
        abort(403, "Only a therapist can record a capacity test.")
    data = capacity_test_schema.load(json_body())
    result = CapacityResult(
        demand_id=data["demand_id"], phase=CapacityPhase(data["phase"]),
        method=CapacityMethod(data["method"]), value=Decimal(str(data["value"])), unit=data["unit"],
        frequency=CapacityFrequency(data["frequency"]) if data["frequency"] else None,
        stop_reason=StopReason(data["stop_reason"]), effort=Effort(data["effort"]),
        tested_on=data["tested_on"],
        height_range=HeightRange(data["height_range"]) if data["height_range"] else None,
        distance_ft=data["distance_ft"], note=data["note"],
    )  # fmt: skip
    now = utcnow()
    try:
        test = record_test(
            therapist, patient, result, now.astimezone(ZoneInfo(patient.timezone)).date(), now
        )
    except CapacityError as error:
        return envelope({error.field: [str(error)]}, 422)
    return capacity_test_schema.dump(test), 201
