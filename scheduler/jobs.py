"""The scheduler's jobs: thin calls into companion and messaging that take `now`."""

from datetime import datetime

from flask import current_app

from companion.conversation.questionnaires import ask_questionnaires
from companion.monitoring.asked_back import escalate_unanswered
from companion.monitoring.evaluate import settle_days
from companion.planning import plan_due, remind_due
from companion.programs.progression import propose_progressions
from messaging.catch_up import InboundLog, catch_up
from messaging.converse import converse_due
from messaging.dispatch import SENDERS, dispatch_due
from messaging.transports import Transport, transport_from_config


def transport() -> Transport:
    """One transport per process, so its HTTP connection pool is reused between passes."""
    found: Transport | None = current_app.extensions.get("sms_transport")
    if found is None:
        found = current_app.extensions["sms_transport"] = transport_from_config(current_app.config)
    return found


def callback_url() -> str | None:
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
    """Converse every received text not yet handled, then send what is due (replies first)."""
    senders = current_app.config.get("DISPATCH_SENDERS", SENDERS)
    counts = converse_due(now)
    return {**counts, **dispatch_due(transport(), now, callback_url(), senders=senders).counts}


def catch_up_inbound(now: datetime) -> dict[str, int]:
    """Store the texts of the last day Twilio holds and we missed; the worker converses them."""
    log = transport()
    return catch_up(log, now) if isinstance(log, InboundLog) else {}


def tick(now: datetime) -> dict[str, int]:
    """Run once everything due at `now`, then converse what was received and send."""
    return {**plan_tick(now), **dispatch(now)}
