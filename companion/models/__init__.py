"""The data model, one module per aggregate; import from here."""

from companion.models.alert import Alert, AlertStatus, Severity
from companion.models.audit import AuditEvent
from companion.models.capacity import (
    CapacityMethod,
    CapacityPhase,
    CapacityTest,
    Effort,
    ReturnToWorkPlan,
    StopReason,
    TransitionalDuty,
)
from companion.models.checkin import CheckIn, Completion, DayOutcome, ProgramDay, Trend
from companion.models.clinic import ApiToken, Clinic, Role, Therapist
from companion.models.conversation import Conversation
from companion.models.demands import (
    DemandFrequency,
    DemandKind,
    HeightRange,
    JobDemand,
    JobDemandProfile,
    Posture,
    StrengthLevel,
)
from companion.models.function import ProgressionModel, StepOrder, TaskReport
from companion.models.notes import CareNote
from companion.models.patient import (
    ConsentEvent,
    ConsentKind,
    ConsentMethod,
    DischargeOutcome,
    Language,
    Patient,
    PatientStatus,
)
from companion.models.program import Program, ProgramKind, Task
from companion.models.progression import (
    ProgressionMark,
    Proposal,
    ProposalKind,
    ProposalStatus,
)
from companion.models.questionnaire import (
    Instrument,
    QuestionnaireAnswer,
    QuestionnaireResponse,
    ResponseStatus,
)
from companion.models.report import ReportRelease
from companion.models.security import LoginAttempt, LoginSession
from messaging.models import Direction, Message, MessageStatus

__all__ = [
    "Posture",
    "HeightRange",
    "DemandKind",
    "TransitionalDuty",
    "CapacityPhase",
    "CapacityMethod",
    "StopReason",
    "ReturnToWorkPlan",
    "Effort",
    "CapacityTest",
    "Alert",
    "AlertStatus",
    "ApiToken",
    "AuditEvent",
    "CareNote",
    "CheckIn",
    "Clinic",
    "Completion",
    "ConsentEvent",
    "ConsentKind",
    "ConsentMethod",
    "Conversation",
    "DayOutcome",
    "DischargeOutcome",
    "DemandFrequency",
    "Direction",
    "Instrument",
    "JobDemand",
    "JobDemandProfile",
    "Language",
    "LoginAttempt",
    "LoginSession",
    "Message",
    "MessageStatus",
    "Patient",
    "PatientStatus",
    "Program",
    "ProgramKind",
    "ProgramDay",
    "ProgressionModel",
    "ProgressionMark",
    "Proposal",
    "ProposalKind",
    "ProposalStatus",
    "QuestionnaireAnswer",
    "QuestionnaireResponse",
    "ReportRelease",
    "ResponseStatus",
    "Role",
    "Severity",
    "StepOrder",
    "StrengthLevel",
    "Task",
    "TaskReport",
    "Therapist",
    "Trend",
]
