"""Marshmallow schemas of the JSON API: shape and value checks only, no database access."""

from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from companion.api.function_schemas import ProgressionSettingsSchema
from companion.hostile import text_problem
from companion.models import (
    AlertStatus,
    Completion,
    Direction,
    DischargeOutcome,
    Language,
    MessageStatus,
    PatientStatus,
    ProgramKind,
    ProposalKind,
    ProposalStatus,
    Severity,
    Trend,
)
from companion.models.program import WEEKDAYS
from companion.phones import PhoneError, to_e164
from companion.urls import MAX_ID

_ZONES = available_timezones()


def enum_values(enum_cls: Any) -> list[str]:
    return [member.value for member in enum_cls]


class Text(fields.String):
    """Free text a person wrote: no NUL or other control characters (tab and newline aside),
    which PostgreSQL refuses and no name or instruction needs, and no unpaired surrogate."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        text = super()._deserialize(value, attr, data, **kwargs)
        if problem := text_problem(text):
            raise ValidationError(problem)
        return text


class Id(fields.Integer):
    """The id of a row: a whole number that fits the integer key, else no such row can exist
    (and the database would refuse to even look for it)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(validate=validate.Range(1, MAX_ID), **kwargs)


class PhoneField(fields.String):
    """A phone number in any common format, loaded as E.164 (US numbers need no country code)."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        raw = super()._deserialize(value, attr, data, **kwargs)
        try:
            return to_e164(raw)
        except PhoneError as exc:
            raise ValidationError(str(exc)) from exc


class TimeZoneField(fields.String):
    """An IANA time zone name such as America/Chicago."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        name = super()._deserialize(value, attr, data, **kwargs)
        try:
            if name not in _ZONES:
                raise ZoneInfoNotFoundError(name)
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValidationError("Not a known IANA time zone.") from exc
        return name


class TaskSchema(Schema):
    id = fields.Integer(dump_only=True)
    name = Text(required=True, validate=validate.Length(1, 80))
    # What a Spanish-speaking patient reads; when missing, the template library's Spanish
    # name for a task it knows, else the English name.
    name_es = Text(load_default=None, allow_none=True, validate=validate.Length(max=80))
    instructions = Text(load_default=None, allow_none=True, validate=validate.Length(max=500))
    instructions_es = Text(load_default=None, allow_none=True, validate=validate.Length(max=500))
    sets = fields.Integer(load_default=None, allow_none=True, validate=validate.Range(1, 20))
    reps = fields.Integer(load_default=None, allow_none=True, validate=validate.Range(1, 200))
    load_lb = fields.Float(load_default=None, allow_none=True, validate=validate.Range(0, 500))
    duration_min = fields.Integer(
        load_default=None, allow_none=True, validate=validate.Range(1, 480)
    )
    distance_ft = fields.Integer(
        load_default=None, allow_none=True, validate=validate.Range(1, 10_000)
    )
    job_demand_id = Id(load_default=None, allow_none=True)

    @validates_schema
    def has_a_dose(self, data: dict[str, Any], **kwargs: Any) -> None:
        if not any(data.get(f) for f in ("reps", "duration_min", "distance_ft")):
            raise ValidationError("Give reps, duration_min or distance_ft.", "reps")


class ProgramSchema(Schema):
    id = fields.Integer(dump_only=True)
    kind = fields.String(required=True, validate=validate.OneOf(enum_values(ProgramKind)))
    days = fields.List(
        fields.String(validate=validate.OneOf(WEEKDAYS)),
        required=True,
        validate=validate.Length(1, 7),
    )
    plan_time = fields.Time(format="%H:%M", load_default=None)
    reminder_time = fields.Time(format="%H:%M", load_default=None)
    start_date = fields.Date(load_default=None)
    end_date = fields.Date(load_default=None, allow_none=True)
    tasks = fields.List(fields.Nested(TaskSchema), required=True, validate=validate.Length(1, 12))

    @validates_schema
    def dates_in_order(self, data: dict[str, Any], **kwargs: Any) -> None:
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end < start:
            raise ValidationError("Must not be before start_date.", "end_date")


class PatientCreateSchema(Schema):
    first_name = Text(required=True, validate=validate.Length(1, 60))
    last_initial = Text(load_default=None, allow_none=True, validate=validate.Length(1, 1))
    phone = PhoneField(required=True)
    timezone = TimeZoneField(required=True)
    language = fields.String(load_default="en", validate=validate.OneOf(enum_values(Language)))
    sms_consent = fields.Boolean(
        required=True, validate=validate.Equal(True, error="The patient must agree to texts.")
    )
    therapist_id = Id(load_default=None, allow_none=True)
    job_profile_id = Id(load_default=None, allow_none=True)
    program = fields.Nested(ProgramSchema, required=True)
    progression = fields.Nested(ProgressionSettingsSchema, load_default=None)
    # The PSFS activities (3-5) the patient rates by text; none: the job's critical demands.
    psfs_activities = fields.List(
        Text(validate=validate.Length(1, 80)),
        load_default=None,
        allow_none=True,
        validate=validate.Length(3, 5),
    )


class PatientUpdateSchema(Schema):
    """A PATCH of the patient's details: any of these fields; the others stay."""

    first_name = Text(validate=validate.Length(1, 60))
    last_initial = Text(allow_none=True, validate=validate.Length(1, 1))
    phone = PhoneField()
    timezone = TimeZoneField()
    language = fields.String(validate=validate.OneOf(enum_values(Language)))
    job_profile_id = fields.Integer(allow_none=True, validate=validate.Range(1, MAX_ID))
    therapist_id = fields.Integer(validate=validate.Range(1, MAX_ID))


class PatientSchema(Schema):
    id = fields.Integer()
    first_name = fields.String()
    last_initial = fields.String(allow_none=True)
    phone = fields.String()
    timezone = fields.String()
    language = fields.String(validate=validate.OneOf(enum_values(Language)))
    status = fields.String(validate=validate.OneOf(enum_values(PatientStatus)))
    therapist_id = fields.Integer()
    job_profile_id = fields.Integer(allow_none=True)
    sms_consent = fields.Boolean(attribute="consented")
    created_at = fields.AwareDateTime()
    discharged_at = fields.AwareDateTime(allow_none=True)
    discharge_outcome = fields.String(
        allow_none=True, validate=validate.OneOf(enum_values(DischargeOutcome))
    )
    program = fields.Nested(ProgramSchema, allow_none=True)
    progression = fields.Nested(ProgressionSettingsSchema, attribute="progression_settings")
    psfs_activities = fields.List(fields.String(), allow_none=True)


class DischargeSchema(Schema):
    outcome = fields.String(required=True, validate=validate.OneOf(enum_values(DischargeOutcome)))


class MessageSchema(Schema):
    id = fields.Integer()
    direction = fields.String(validate=validate.OneOf(enum_values(Direction)))
    body = fields.String()
    status = fields.String(validate=validate.OneOf(enum_values(MessageStatus)))
    purpose = fields.String(allow_none=True)
    error_code = fields.Integer(allow_none=True)
    segments = fields.Integer(allow_none=True)
    created_at = fields.AwareDateTime()
    sent_at = fields.AwareDateTime(allow_none=True)


class CheckInSchema(Schema):
    id = fields.Integer()
    date = fields.Date(attribute="local_date")
    completion = fields.String(allow_none=True, validate=validate.OneOf(enum_values(Completion)))
    pain = fields.Integer(allow_none=True)
    fatigue = fields.Integer(allow_none=True)
    # "How hard was today's session, 0-10" (our own anchors; asked in graded activity).
    effort = fields.Integer(allow_none=True)
    trend = fields.String(allow_none=True, validate=validate.OneOf(enum_values(Trend)))
    skip_reason = fields.String(allow_none=True)
    created_at = fields.AwareDateTime()


class DataPeriodSchema(Schema):
    start = fields.Date()
    end = fields.Date()
    data_days = fields.Integer()
    band = fields.String(validate=validate.OneOf(["16+", "2-15", "under 2"]))
    complete = fields.Boolean()


class AdherenceSchema(Schema):
    start = fields.Date()
    end = fields.Date()
    scheduled_days = fields.Integer()
    done_days = fields.Integer()
    partial_days = fields.Integer()
    skipped_days = fields.Integer()
    silent_days = fields.Integer()
    adherence = fields.Float(allow_none=True)
    current_streak = fields.Integer()
    longest_streak = fields.Integer()
    # Remote therapeutic monitoring: data days in each 30-day period from the start.
    data_periods = fields.List(fields.Nested(DataPeriodSchema))


class DemandReadinessSchema(Schema):
    demand_id = fields.Integer()
    name = fields.String()
    target = fields.Decimal(as_string=True)
    unit = fields.String()
    frequency = fields.String()
    best = fields.Decimal(as_string=True, allow_none=True)  # best dose done with acceptable pain
    readiness = fields.Float(allow_none=True)  # best / target, 0-1
    weekly_gain = fields.Decimal(as_string=True, allow_none=True)
    projected = fields.Date(allow_none=True)  # when the target was or will be reached
    measured = fields.Boolean()
    note = fields.String()


class ReadinessSchema(Schema):
    as_of = fields.Date()
    overall = fields.Float(allow_none=True)  # the least-ready measured demand
    projected = fields.Date(allow_none=True)  # projected return-to-work date
    note = fields.String()
    demands = fields.List(fields.Nested(DemandReadinessSchema))


class PeriodQuerySchema(Schema):
    """A period of patient-local dates; either end may be left open."""

    start = fields.Date(load_default=None)
    end = fields.Date(load_default=None)

    @validates_schema
    def dates_in_order(self, data: dict[str, Any], **kwargs: Any) -> None:
        start, end = data.get("start"), data.get("end")
        if start and end and end < start:
            raise ValidationError("Must not be before start.", "end")


class AlertSchema(Schema):
    id = fields.Integer()
    patient_id = fields.Integer()
    kind = fields.String()
    severity = fields.String(validate=validate.OneOf(enum_values(Severity)))
    status = fields.String(validate=validate.OneOf(enum_values(AlertStatus)))
    evidence = fields.Dict()
    created_at = fields.AwareDateTime()
    acknowledged_at = fields.AwareDateTime(allow_none=True)
    acknowledged_by_id = fields.Integer(allow_none=True)
    resolved_at = fields.AwareDateTime(allow_none=True)
    resolved_by_id = fields.Integer(allow_none=True)  # None: resolved itself


class AlertQuerySchema(Schema):
    status = fields.String(load_default=None, validate=validate.OneOf(enum_values(AlertStatus)))


class ApproveQuerySchema(Schema):
    # True approves even while the patient has an unresolved urgent alert (else 409).
    despite_urgent = fields.Boolean(load_default=False)


class ProposalSchema(Schema):
    id = fields.Integer()
    patient_id = fields.Integer()
    task_id = fields.Integer()
    task_name = fields.String(attribute="task.name")
    kind = fields.String(validate=validate.OneOf(enum_values(ProposalKind)))
    status = fields.String(validate=validate.OneOf(enum_values(ProposalStatus)))
    current_reps = fields.Integer(allow_none=True)
    current_load_lb = fields.Float(allow_none=True)
    current_duration_min = fields.Integer(allow_none=True)
    current_dose = fields.String()
    proposed_reps = fields.Integer(allow_none=True)
    proposed_load_lb = fields.Float(allow_none=True)
    proposed_duration_min = fields.Integer(allow_none=True)
    proposed_dose = fields.String()
    reason = fields.Dict()
    created_at = fields.AwareDateTime()
    decided_by_id = fields.Integer(allow_none=True)
    decided_at = fields.AwareDateTime(allow_none=True)
    texted_at = fields.AwareDateTime(allow_none=True)


def items_schema(item: type[Schema]) -> type[Schema]:
    """The `{"items": [...]}` envelope every list endpoint answers with."""
    return Schema.from_dict(
        {"items": fields.List(fields.Nested(item))},
        name=f"{item.__name__.removesuffix('Schema')}List",
    )


patient_create_schema = PatientCreateSchema()
patient_schema = PatientSchema()
patient_update_schema = PatientUpdateSchema()
discharge_schema = DischargeSchema()
patient_list_schema = items_schema(PatientSchema)()
message_list_schema = items_schema(MessageSchema)()
checkin_list_schema = items_schema(CheckInSchema)()
adherence_schema = AdherenceSchema()
period_query_schema = PeriodQuerySchema()
readiness_schema = ReadinessSchema()
alert_schema = AlertSchema()
alert_list_schema = items_schema(AlertSchema)()
alert_query_schema = AlertQuerySchema()
proposal_schema = ProposalSchema()
approve_query_schema = ApproveQuerySchema()
proposal_list_schema = items_schema(ProposalSchema)()
