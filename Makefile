# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck unit check eval bench clean

# The virtualenv is (re)built when missing or when pyproject.toml changed.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	@if [ -n "$$TELEGRAM_BOT_TOKEN" ]; then exec $(BIN)/fieldbot run; \
	else exec $(BIN)/fieldbot chat; fi

test: $(STAMP) lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff check bot tests scripts
	$(BIN)/ruff format --check bot tests scripts
	$(BIN)/hadolint Dockerfile

typecheck: $(STAMP)
	$(BIN)/mypy --strict bot

unit: $(STAMP)
	$(BIN)/pytest

check: $(STAMP)
	$(BIN)/fieldbot check

eval: $(STAMP)
	$(BIN)/fieldbot eval

bench: $(STAMP)
	$(BIN)/fieldbot bench

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
