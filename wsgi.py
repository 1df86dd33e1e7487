"""The WSGI entry point: `gunicorn wsgi:app`, `flask --app wsgi …`."""

import gc

import scheduler
from companion import create_app

app = create_app()
scheduler.register_cli(app)

# What the worker loaded to serve (models, templates, the red-flag weights) lives as long as
# it does: out of the collector's sight, a full collection no longer pauses a request for
# ~90 ms scanning it (the caseload's p95 was four times its median for that alone).
gc.collect()
gc.freeze()
