"""One error envelope for the JSON API: {"errors": {field: [messages]}}."""

from typing import Any

from flask import Flask, Response, jsonify, request
from marshmallow import ValidationError
from werkzeug.exceptions import HTTPException


def envelope(errors: dict[str, Any], status: int) -> tuple[Response, int]:
    response = jsonify(errors=errors)
    if status == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="companion"'
    return response, status


def register(app: Flask) -> None:
    """Answer API errors as JSON envelopes; other routes keep Flask's own pages."""

    @app.errorhandler(ValidationError)
    def invalid_input(exc: ValidationError) -> tuple[Response, int]:
        messages = exc.messages if isinstance(exc.messages, dict) else {"_schema": exc.messages}
        return envelope(messages, 422)

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> Any:
        if not request.path.startswith("/api/"):
            return exc
        return envelope({"_schema": [exc.description]}, exc.code or 500)
