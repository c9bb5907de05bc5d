# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha1sum | cut -c1-12)
FRONTEND := frontend
FRONTEND_DEPS := $(FRONTEND)/node_modules/.installed
FRONTEND_BUILD := $(FRONTEND)/out/index.html
FRONTEND_SOURCES := $(shell find $(FRONTEND)/src $(FRONTEND)/public -type f 2>/dev/null) \
	$(wildcard $(FRONTEND)/*.json $(FRONTEND)/*.ts $(FRONTEND)/*.mjs)

.PHONY: run test install system-deps frontend frontend-check bench lint format clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

$(FRONTEND_DEPS): $(FRONTEND)/package-lock.json
	cd $(FRONTEND) && npm ci --no-audit --no-fund --loglevel=error
	touch $(FRONTEND_DEPS)

$(FRONTEND_BUILD): $(FRONTEND_DEPS) $(FRONTEND_SOURCES)
	cd $(FRONTEND) && npm run build --silent

## frontend: the web UI's static export (served by `autoagi serve` at /)
frontend: $(FRONTEND_BUILD)

## frontend-check: types, and the committed API client matches the API
frontend-check: install $(FRONTEND_DEPS)
	$(BIN)/python scripts/export-openapi.py | diff -q - $(FRONTEND)/openapi.json \
		|| (echo "frontend/openapi.json is stale: run 'python scripts/export-openapi.py -o frontend/openapi.json && cd frontend && npm run api:gen'" && exit 1)
	cd $(FRONTEND) && npm run --silent api:check && npm run --silent typecheck

## run: the whole product on embedded defaults at http://127.0.0.1:8000
run: install frontend
	$(BIN)/autoagi db seed
	$(BIN)/autoagi serve --host 127.0.0.1 --port 8000

## system-deps: the servers and tools the tests use, from Debian's packages
system-deps:
	bash scripts/install-system-deps.sh

## test: every suite, against real SQLite, PostgreSQL, Redis, S3 and SMTP servers and Chromium
test: install system-deps frontend frontend-check
	$(BIN)/python -m ruff check src tests benchmarks scripts
	$(BIN)/python -m pytest

## bench: the benchmarks; figures land in benchmarks/results/
bench: install
	@set -e; for script in benchmarks/bench_*.py; do echo "== $$script"; $(BIN)/python $$script; done

lint: install
	$(BIN)/python -m ruff check src tests benchmarks scripts
	$(BIN)/python -m ruff format --check src tests benchmarks scripts

format: install
	$(BIN)/python -m ruff format src tests benchmarks scripts
	$(BIN)/python -m ruff check --fix src tests benchmarks scripts

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache $(FRONTEND)/node_modules $(FRONTEND)/.next $(FRONTEND)/out
