# Quick start: `make build` (set up .venv, build the site and its pseudo-locales) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
CHECKED := src tests benchmarks

.PHONY: build test lint typecheck unit check docs clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $(STAMP)

build: $(STAMP)
	$(BIN)/painl10n build
	$(BIN)/painl10n pseudo
	$(BIN)/painl10n build -l en-XA -l ar-XB
	$(BIN)/painl10n report

lint: $(STAMP)
	$(BIN)/ruff check $(CHECKED)
	$(BIN)/ruff format --check $(CHECKED)
	$(BIN)/pytest -q -p no:cacheprovider tests/test_architecture.py  # layers, cycles, a light root

typecheck: $(STAMP)
	$(BIN)/mypy --strict src

unit: $(STAMP)
	$(BIN)/pytest -q

check: $(STAMP)
	$(BIN)/painl10n check

test: lint typecheck check unit

# The generated reference pages (a test fails when they are stale).
docs: $(STAMP)
	$(BIN)/painl10n check --list-checks --format markdown > docs/checks.md
	$(BIN)/python -c "from painl10n.config import settings_markdown as m; print(m(), end='')" > docs/settings.md

clean:
	rm -rf $(VENV) output/*/ output/index.html locales/en-XA locales/ar-XB .pytest_cache .mypy_cache .ruff_cache
