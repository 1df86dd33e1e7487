"""The WSGI entry point: `gunicorn wsgi:app`, `flask --app wsgi …`."""

import scheduler
from companion import create_app

app = create_app()
scheduler.register_cli(app)
