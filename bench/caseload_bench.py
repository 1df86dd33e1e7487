"""Benchmark: the caseload page (`/`) for a therapist with 60 patients and 12 weeks of data
(check-ins, texts both ways, alerts, settled programme days), through the Flask test client
signed in with the real login form; against a signed-in page that reads almost nothing (the
password form), requested in turn with it. Also the SQL statements the page runs (an engine
event listener) at 20 and at 60 patients, which must be the same number.

Run alone with `python -m bench.caseload_bench`; BENCH_CASELOAD_REQUESTS sets N.
"""

import gc
import os
import re
import statistics
import sys
from typing import Any

from flask.testing import FlaskClient

from bench.caseload_data import EMAIL, PASSWORD, WEEKS, add_patients, therapist_with_profiles
from bench.common import Check, Section, backends, p95, prepared, profile_top, table, timed
from messaging.db import utcnow
from tests.statements import counting_statements

REQUESTS = int(os.environ.get("BENCH_CASELOAD_REQUESTS", "100"))
PATIENTS, FEWER = 60, 20
MAX_P95_MS = 150.0
CSRF = re.compile(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"')


def signed_in(client: FlaskClient) -> FlaskClient:
    """Sign in through the real form, CSRF token and all, as a browser would."""
    token = CSRF.search(client.get("/login").get_data(as_text=True))
    if token is None:
        raise RuntimeError("no CSRF token on /login")
    form = {"email": EMAIL, "password": PASSWORD, "csrf_token": token.group(1)}
    if client.post("/login", data=form).status_code != 302:
        raise RuntimeError("signing in failed")
    return client


def page(client: FlaskClient, path: str, patients: int | None = None) -> None:
    body = client.get(path).get_data(as_text=True)
    if patients is not None and body.count("data-patient-id=") != patients:
        raise RuntimeError(f"{path} did not list the {patients} patients")


def pages(client: FlaskClient, path: str, count: int) -> None:
    for _ in range(count):
        page(client, path)


def measure(backend: str) -> dict[str, Any]:
    with prepared(backend, 0, utcnow(), demo=False) as (app, _):
        therapist, profiles = therapist_with_profiles()
        add_patients(therapist, profiles, 0, FEWER)
        client = signed_in(app.test_client())
        page(client, "/", FEWER)  # warm up: first-request work is not the page's
        with counting_statements() as fewer:
            page(client, "/", FEWER)
        add_patients(therapist, profiles, FEWER, PATIENTS - FEWER)
        with counting_statements() as full:
            page(client, "/", PATIENTS)
        # As wsgi.py does once a worker has loaded: what is loaded by now (here the bench's
        # data too) stays out of the collector's scans while requests are served.
        gc.collect()
        gc.freeze()
        caseload, baseline = [], []
        for _ in range(REQUESTS):  # in turn, so a busy moment of the machine hits both
            caseload.append(timed(lambda: page(client, "/", PATIENTS)) * 1000)
            baseline.append(timed(lambda: page(client, "/password")) * 1000)
        result: dict[str, Any] = {
            "median": statistics.median(caseload),
            "p95": p95(caseload),
            "baseline": statistics.median(baseline),
            "queries": (len(fewer), len(full)),
        }
        if result["p95"] > MAX_P95_MS:
            result["profile"] = profile_top(lambda: pages(client, "/", 20))
        gc.unfreeze()
        return result


def section(results: dict[str, dict[str, Any]]) -> Section:
    rows, checks = [], []
    for backend, r in results.items():
        (fewer, full), ratio = r["queries"], r["median"] / r["baseline"]
        times = [f"{r[k]:.1f}" for k in ("median", "p95", "baseline")]
        rows.append([backend, *times, f"{ratio:.1f}×", f"{fewer} / {full}"])
        latency = f"caseload p95 ≤ {MAX_P95_MS:.0f} ms ({backend})"
        met = r["p95"] <= MAX_P95_MS
        checks.append(Check(latency, f"{r['p95']:.1f} ms", met, r.get("profile")))
        constant = f"the same number of queries for {FEWER} and {PATIENTS} patients ({backend})"
        checks.append(Check(constant, f"{fewer} and {full}", fewer == full))
    header = "backend|caseload median ms|caseload p95 ms|baseline median ms|ratio|"
    header += f"queries {FEWER} / {PATIENTS} patients"
    how = (
        f"`GET /` for a therapist with {PATIENTS} patients and {WEEKS} weeks of check-ins, texts, "
        f"alerts and settled programme days, {REQUESTS} requests through the Flask test client "
        "signed in with the login form. Baseline: the signed-in password page (session check "
        "and a template, no patient data), requested in turn with it. Queries: statements "
        f"seen by an engine listener for one caseload at {FEWER} and at {PATIENTS} patients."
    )
    return Section("Caseload page", how, table(header.split("|"), rows), checks)


def measure_all() -> dict[str, dict[str, Any]]:
    return {backend: measure(backend) for backend in backends()}


def main() -> int:
    print(section(measure_all()).markdown())
    return 0


if __name__ == "__main__":
    sys.exit(main())
