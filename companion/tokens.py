"""API tokens: issued with an expiry, resolved on every API call, and revoked by the user's
email, by a password change or when the user is let go."""

from datetime import datetime, timedelta

from sqlalchemy import select, update

from companion import audit
from companion.extensions import db
from companion.models import ApiToken, Therapist
from companion.models.clinic import hash_token

# Tokens are issued and revoked from the command line, so the audit row has no actor of
# its own; it names the token's user.

# last_used_at is written at most this often, so an API call is not a write every time.
TOUCH_EVERY = timedelta(minutes=1)


class TokenRefused(Exception):
    """The token is unknown, revoked or expired, or its user no longer has access."""


def issue_token(therapist: Therapist, now: datetime) -> str:
    """Store a new token of the therapist's (hashed) and return it in plain, shown once."""
    row, token = ApiToken.issue(therapist, now)
    db.session.add(row)
    audit.record(None, "auth.token_issued", now, therapist_id=therapist.id)
    db.session.commit()
    return token


def therapist_for_token(token: str, now: datetime) -> Therapist:
    """The active therapist behind a live token, its use noted at most once a minute."""
    row = db.session.scalar(select(ApiToken).where(ApiToken.token_hash == hash_token(token)))
    if row is None or row.revoked_at is not None or not row.therapist.is_active:
        raise TokenRefused("The token is not valid.")
    if not row.is_live(now):
        raise TokenRefused("The token has expired: ask for a new one.")
    if row.last_used_at is None or now - row.last_used_at >= TOUCH_EVERY:
        row.last_used_at = now
        db.session.commit()
    return row.therapist


def end_tokens(therapist: Therapist, now: datetime) -> int:
    """Revoke every live token of the therapist within the caller's transaction."""
    result = db.session.execute(
        update(ApiToken)
        .where(ApiToken.therapist_id == therapist.id, ApiToken.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def revoke_tokens(therapist: Therapist, now: datetime) -> int:
    """Revoke every token of the therapist at once; the number revoked."""
    revoked = end_tokens(therapist, now)
    audit.record(None, "auth.tokens_revoked", now, therapist_id=therapist.id, count=revoked)
    db.session.commit()
    return revoked
