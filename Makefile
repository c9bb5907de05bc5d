# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha1sum | cut -c1-12)

.PHONY: run test install system-deps bench lint format migrations-check clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

## run: the whole product on embedded defaults at http://127.0.0.1:8000
run: install
	$(BIN)/autoagi db seed
	$(BIN)/autoagi serve --host 127.0.0.1 --port 8000

## system-deps: the servers the tests use (PostgreSQL, Redis), from Debian's packages
system-deps:
	bash scripts/install-system-deps.sh

## test: every suite, against real SQLite, PostgreSQL and Redis
test: install system-deps
	$(BIN)/python -m ruff check src tests benchmarks
	$(BIN)/python -m pytest

## bench: the benchmarks; figures land in benchmarks/results/
bench: install
	@set -e; for script in benchmarks/bench_*.py; do echo "== $$script"; $(BIN)/python $$script; done

lint: install
	$(BIN)/python -m ruff check src tests benchmarks
	$(BIN)/python -m ruff format --check src tests benchmarks

format: install
	$(BIN)/python -m ruff format src tests benchmarks
	$(BIN)/python -m ruff check --fix src tests benchmarks

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
