# tidings: `make demo` runs the main job on the bundled corpus; `make test` runs the tests.
# Both create the virtual environment (.venv) from the pinned requirements when needed.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install demo test test-fast bench eval readme clean

$(STAMP): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

install: $(STAMP)  ## create .venv and install tidings with pinned dependencies

demo: $(STAMP)  ## ingest the bundled corpus into demo/tidings.duckdb and summarise it
	$(BIN)/tidings demo --db demo/tidings.duckdb

test: $(STAMP)  ## the whole test suite
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)  ## the tests, without the slow whole-corpus ones
	$(BIN)/python -m pytest -q -m "not slow"

bench: $(STAMP)  ## throughput vs bare spaCy on the bundled corpus
	$(BIN)/tidings bench

eval: $(STAMP)  ## score every dev set (needs ../shared/data)
	$(BIN)/tidings eval all

readme: $(STAMP)  ## regenerate README.md's reference-article table (needs ../shared/data)
	$(BIN)/python scripts/update_readme.py

clean:
	rm -rf $(VENV) demo build *.egg-info .pytest_cache
