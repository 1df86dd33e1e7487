"""The JSON API under /api/v1, for integrations; bearer-token auth, clinic-scoped."""

from flask import Blueprint

bp = Blueprint("api", __name__)

from companion.api import (  # noqa: E402,F401  (routes register on bp)
    alerts,
    auth,
    capacity,
    function,
    jobs,
    openapi,
    patients,
    progressions,
)
