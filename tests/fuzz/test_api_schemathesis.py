"""Schemathesis against the app's own OpenAPI document, in-process and authenticated.

Schemathesis' pytest plugin does not run under pytest 9, so the operations are walked
with its strategies directly: valid and invalid requests for every operation.
"""

import pytest
import schemathesis
from flask import Flask
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import (
    negative_data_rejection,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from tests.builders import make_patient, make_token

CHECKS = {
    GenerationMode.POSITIVE: [
        not_a_server_error,
        status_code_conformance,
        response_schema_conformance,
    ],
    GenerationMode.NEGATIVE: [not_a_server_error, negative_data_rejection],
}


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_no_generated_request_gets_a_server_error(app: Flask, mode: GenerationMode) -> None:
    token = make_token(make_patient().therapist)
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    if mode == GenerationMode.NEGATIVE:
        # Invalid data, not missing auth (tests/api checks the 401s): otherwise four in five
        # negative cases drop the token and stop at the door instead of reaching the views.
        schema.config.generation.update(with_security_parameters=False)

    # The token goes through Schemathesis' own auth, not fixed headers on the call: a
    # negative case that drops or garbles Authorization is then sent as generated (and
    # must be refused), where fixed headers would put a valid token back and have
    # negative_data_rejection call a valid request accepted. The token never expires,
    # so there is nothing to cache or refresh, and a 401 is not replayed.
    @schema.auth(refresh_interval=None, retry_on=[])
    class TherapistToken:
        def get(self, case: schemathesis.Case, context: schemathesis.AuthContext) -> str:
            return token

        def set(
            self, case: schemathesis.Case, data: str, context: schemathesis.AuthContext
        ) -> None:
            case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}

    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10
    if mode == GenerationMode.NEGATIVE:  # an operation with no input has nothing to make invalid
        operations = [op for op in operations if list(op.iter_parameters()) or op.body]

    for operation in operations:

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(
            max_examples=20, deadline=None, database=None, suppress_health_check=list(HealthCheck)
        )
        def call(case: schemathesis.Case) -> None:
            case.call_and_validate(checks=CHECKS[mode])

        call()
