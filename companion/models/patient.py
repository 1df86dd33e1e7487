"""Patients and their append-only SMS consent ledger."""

from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import JSON, ForeignKey, String, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from companion.models.function import (
    ProgressionModel,
    StepOrder,
    progression_model_column,
    step_order_column,
)
from messaging.db import Base, UTCDateTime, str_enum, utcnow

if TYPE_CHECKING:
    from companion.models.clinic import Clinic, Therapist
    from companion.models.conversation import Conversation
    from companion.models.demands import JobDemandProfile
    from companion.models.program import Program

CONSENT_TEXT_VERSION = "2026-11-v1"


class Language(StrEnum):
    EN = "en"
    ES = "es"


class PatientStatus(StrEnum):
    """Whether Companion texts this patient.

    active ──pause (red flag, therapist)──▶ paused ──resume──▶ active
      └──────────STOP (any time)──────────▶ stopped ──START──▶ active
    active, paused or stopped ──discharge (therapist)──▶ discharged (final)
    """

    ACTIVE = "active"
    PAUSED = "paused"
    STOPPED = "stopped"
    DISCHARGED = "discharged"


class DischargeOutcome(StrEnum):
    """Where the programme left the worker: the figure clinics and insurers count."""

    FULL_DUTY = "full_duty"
    MODIFIED_DUTY = "modified_duty"
    NOT_RETURNED = "not_returned"
    WITHDREW = "withdrew"

    @property
    def label(self) -> str:
        return DISCHARGE_LABELS[self]

    @property
    def returned_to_work(self) -> bool:
        return self in (DischargeOutcome.FULL_DUTY, DischargeOutcome.MODIFIED_DUTY)


DISCHARGE_LABELS = {
    DischargeOutcome.FULL_DUTY: "Returned to work, full duty",
    DischargeOutcome.MODIFIED_DUTY: "Returned to work, modified duty",
    DischargeOutcome.NOT_RETURNED: "Completed, not back at work",
    DischargeOutcome.WITHDREW: "Left the programme early",
}


class Patient(Base):
    __tablename__ = "patients"

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinics.id"), index=True)
    therapist_id: Mapped[int] = mapped_column(ForeignKey("therapists.id"), index=True)
    job_profile_id: Mapped[int | None] = mapped_column(ForeignKey("job_demand_profiles.id"))
    # Texts use the first name only; the initial tells patients apart on the dashboard.
    first_name: Mapped[str] = mapped_column(String(60))
    last_initial: Mapped[str | None] = mapped_column(String(1))
    phone: Mapped[str] = mapped_column(String(20), unique=True)
    timezone: Mapped[str] = mapped_column(String(64))
    language: Mapped[Language] = mapped_column(str_enum(Language, 2), default=Language.EN)
    status: Mapped[PatientStatus] = mapped_column(
        str_enum(PatientStatus, 10), default=PatientStatus.ACTIVE
    )
    # Why texts are paused: "red_flag", "undeliverable", "therapist"; cleared on resume.
    paused_reason: Mapped[str | None] = mapped_column(String(30))
    discharged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    discharge_outcome: Mapped[DischargeOutcome | None] = mapped_column(
        str_enum(DischargeOutcome, 20)
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # The employer's or insurer's case manager, who receives the weekly report once a
    # therapist releases it. Contact details of a third party, never texted to the patient.
    case_manager_name: Mapped[str | None] = mapped_column(String(120))
    case_manager_organisation: Mapped[str | None] = mapped_column(String(120))
    case_manager_email: Mapped[str | None] = mapped_column(String(254))
    # The payer's claim or referral number: case managers file reports by it.
    claim_number: Mapped[str | None] = mapped_column(String(40))
    # How doses progress (companion.models.function); pain ceiling and quota interval are
    # graded activity's, empty for the defaults; changed (audited) in models_of_progression.
    progression_model: Mapped[ProgressionModel] = progression_model_column()
    pain_ceiling: Mapped[int | None]
    quota_interval_days: Mapped[int | None]
    step_order: Mapped[StepOrder] = step_order_column()
    # The PSFS activities the therapist chose (3-5); empty: the job's critical demands.
    psfs_activities: Mapped[list[str] | None] = mapped_column(JSON)

    clinic: Mapped["Clinic"] = relationship()
    therapist: Mapped["Therapist"] = relationship()
    job_profile: Mapped["JobDemandProfile | None"] = relationship()
    programs: Mapped[list["Program"]] = relationship(
        back_populates="patient", order_by="Program.start_date"
    )
    consent_events: Mapped[list["ConsentEvent"]] = relationship(
        back_populates="patient", order_by="ConsentEvent.id"
    )
    conversation: Mapped["Conversation | None"] = relationship()

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_initial}." if self.last_initial else self.first_name

    @property
    def program(self) -> "Program | None":
        """The current programme: the one that started last."""
        return self.programs[-1] if self.programs else None

    @property
    def progression_settings(self) -> dict[str, object]:
        return {
            "model": self.progression_model.value,
            "pain_ceiling": self.pain_ceiling,
            "quota_interval_days": self.quota_interval_days,
            "step_order": self.step_order.value,
        }

    @property
    def has_case_manager(self) -> bool:
        """A report can go out only to someone named, at an address."""
        return bool(self.case_manager_name and self.case_manager_email)

    def pause(self, reason: str) -> None:
        if self.status == PatientStatus.ACTIVE:
            self.status, self.paused_reason = PatientStatus.PAUSED, reason

    def resume(self) -> None:
        if self.status == PatientStatus.PAUSED:
            self.status, self.paused_reason = PatientStatus.ACTIVE, None

    @property
    def consented(self) -> bool:
        """Consent holds when the newest ledger entry is a grant."""
        return bool(self.consent_events) and (self.consent_events[-1].kind == ConsentKind.GRANTED)


class ConsentKind(StrEnum):
    GRANTED = "granted"
    REVOKED = "revoked"


class ConsentMethod(StrEnum):
    API = "api"
    DASHBOARD = "dashboard"
    SMS_KEYWORD = "sms_keyword"
    CARRIER = "carrier"  # the carrier reported the number unsubscribed (Twilio 21610)
    VERBAL = "verbal"
    PAPER = "paper"


class ConsentEvent(Base):
    """One grant or revocation. Rows are appended, never changed: the ledger is evidence."""

    __tablename__ = "consent_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    kind: Mapped[ConsentKind] = mapped_column(str_enum(ConsentKind, 10))
    method: Mapped[ConsentMethod] = mapped_column(str_enum(ConsentMethod))
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("therapists.id"))
    text_version: Mapped[str] = mapped_column(String(20), default=CONSENT_TEXT_VERSION)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    patient: Mapped[Patient] = relationship(back_populates="consent_events")


@event.listens_for(ConsentEvent, "before_update")
@event.listens_for(ConsentEvent, "before_delete")
def _refuse_ledger_change(mapper: object, connection: object, target: ConsentEvent) -> None:
    raise ValueError("the consent ledger is append-only")
