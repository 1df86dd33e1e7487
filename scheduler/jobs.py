"""The scheduler's jobs: thin calls into companion and messaging that take `now`."""

from datetime import datetime

from flask import current_app

from companion.conversation.questionnaires import ask_questionnaires
from companion.monitoring.asked_back import escalate_unanswered
from companion.monitoring.evaluate import settle_days
from companion.planning import plan_due, remind_due
from companion.programs.progression import propose_progressions
from messaging.dispatch import SENDERS, dispatch_due
from messaging.transports import Transport, transport_from_config


def _transport() -> Transport:
    """One transport per process, so its HTTP connection pool is reused between passes."""
    transport: Transport | None = current_app.extensions.get("sms_transport")
    if transport is None:
        transport = transport_from_config(current_app.config)
        current_app.extensions["sms_transport"] = transport
    return transport


def _callback_url() -> str | None:
    base = current_app.config.get("PUBLIC_BASE_URL")
    return f"{base}/sms/status" if base else None


def plan_tick(now: datetime) -> dict[str, int]:
    """Everything that falls due by the minute: settle days (and their alerts), escalate
    possible red flags asked back and left unanswered, propose progressions, plan, remind.
    Proposals come first so an approved one reaches the plan."""
    return {
        **settle_days(now),
        "asked_escalated": escalate_unanswered(now),
        "proposed": propose_progressions(now),
        "planned": plan_due(now),
        "reminded": remind_due(now),
        "questionnaires": ask_questionnaires(now),
    }


def dispatch(now: datetime) -> dict[str, int]:
    senders = current_app.config.get("DISPATCH_SENDERS", SENDERS)
    return dispatch_due(_transport(), now, _callback_url(), senders=senders).counts


def tick(now: datetime) -> dict[str, int]:
    """Run once everything due at `now`, then send what that queued."""
    return {**plan_tick(now), **dispatch(now)}
