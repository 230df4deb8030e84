# Every command of the project is defined here once. `make run` and `make test` set everything up first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
PYTEST_ARGS ?=

.PHONY: install run test lint format unit integration eval bench bench-search fuzz clean

$(STAMP): pyproject.toml scripts/ensure-python.sh
	@bash scripts/ensure-python.sh $(PYTHON)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/minutes serve

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

test: install
	@bash scripts/ensure-servers.sh
	$(MAKE) --no-print-directory lint
	$(BIN)/pytest $(PYTEST_ARGS)

unit: install
	$(BIN)/pytest tests/unit $(PYTEST_ARGS)

integration: install
	@bash scripts/ensure-servers.sh
	$(BIN)/pytest tests/integration $(PYTEST_ARGS)

eval: install
	$(BIN)/minutes eval tests/corpus

bench: install
	$(BIN)/minutes bench pipeline --seconds 60

# full-text search on SQLite and on a throwaway PostgreSQL; e.g. make bench-search SEARCH_MEETINGS=100000
SEARCH_MEETINGS ?= 10000
bench-search: install
	@bash scripts/ensure-servers.sh
	$(BIN)/python scripts/bench-search.py --meetings $(SEARCH_MEETINGS)

fuzz: install
	MINUTES_FUZZ_EXAMPLES=5000 $(BIN)/pytest tests/unit/ingest/test_ingest_fuzz.py -p no:logging -q

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
