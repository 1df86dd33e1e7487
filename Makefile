# The two commands of the README: `make run` and `make test`. Each sets itself up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
FLASK := $(BIN)/flask --app wsgi

.PHONY: run test lint bench clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11+ is needed")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.runtime: $(BIN)/python requirements.txt
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

# A local signing token, so `flask --app wsgi chat PHONE` can talk to the running app.
run: export TWILIO_AUTH_TOKEN ?= local-development-token
run: $(VENV)/.runtime
	$(FLASK) db upgrade
	$(FLASK) companion demo --if-empty
	@echo "Companion on http://127.0.0.1:5000 (demo@example.org / demo-password); Ctrl-C stops it."
	trap 'kill 0' INT TERM EXIT; \
	$(FLASK) scheduler run & \
	$(FLASK) run --host 127.0.0.1 --port 5000

# Every benchmark, each against a baseline of the same run, into bench/RESULTS.md.
# The webhook load comes from wrk: `apt-get install -y wrk`.
bench: $(VENV)/.dev
	BENCH_DATABASE_URL=$${BENCH_DATABASE_URL:-$$TEST_DATABASE_URL} $(BIN)/python -m bench.run

# axe-core, which the browser tests inject into pages; package-lock.json pins it.
node_modules/.installed: package.json package-lock.json
	npm ci
	touch $@

lint: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/mypy

# `make test PYTEST_WORKERS=2`: pytest-xdist workers, one test file each at a time (its
# screenshots and Chromium stay on one worker), each on a PostgreSQL database of its own
# (tests/conftest.py). Serial by default: on a busy 2-core machine the two workers slow the
# latency tests (an answer "within a second") past their limits.
PYTEST_WORKERS ?=

test: lint node_modules/.installed
	$(BIN)/python -m pytest $(if $(PYTEST_WORKERS),-n $(PYTEST_WORKERS) --dist loadfile)

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache
