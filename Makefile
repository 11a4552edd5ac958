# Quick start: `make build` (set up .venv, build the site and its pseudo-locales) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
CHECKED := src tests benchmarks

define SHIP_TERMBASE
from dataclasses import replace; from pathlib import Path
from painl10n.terms.tbx import read_tbx, write_tbx
ours = read_tbx(Path('locales/glossary.tbx'))
kept = tuple(c for c in ours.concepts if c.subject != 'brand')
Path('src/painl10n/terms/data/medical.tbx').write_text(write_tbx(replace(ours, concepts=kept)), 'utf-8')
endef
export SHIP_TERMBASE

.PHONY: build test test-latest lint typecheck unit check docs clean

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

# Over every CPU (pytest-xdist); a test module's tests share one worker, so its
# expensive fixtures (a Docusaurus site, a built corpus) are made once.
PARALLEL := -n auto --dist loadscope

unit: $(STAMP)
	$(BIN)/pytest -q $(PARALLEL)

check: $(STAMP)
	$(BIN)/painl10n check

test: lint typecheck check unit

# The suite again with the newest release of every dependency, as `pip install`
# gives them to users (no constraints file): .ci/run runs it after `make test`.
LATEST := .venv-latest
test-latest:
	$(PYTHON) -m venv $(LATEST)
	$(LATEST)/bin/python -m pip install --quiet --disable-pip-version-check --upgrade -e '.[dev]'
	$(LATEST)/bin/python -m pip list --disable-pip-version-check 2>/dev/null | grep -iE '^(babel|polib|markdown-it-py|mdit-py-plugins|typer|pyyaml|nh3|jinja2|rich|weblate-language-data) '
	$(LATEST)/bin/pytest -q -p no:cacheprovider $(PARALLEL)

# The generated reference pages and the shipped medical termbase (tests fail when they are stale).
docs: $(STAMP)
	$(BIN)/python -c "$$SHIP_TERMBASE"
	$(BIN)/painl10n check --list-checks --format markdown > docs/checks.md
	$(BIN)/python -c "from painl10n.config import settings_markdown as m; print(m(), end='')" > docs/settings.md

clean:
	rm -rf $(VENV) $(LATEST) output/*/ output/index.html locales/en-XA locales/ar-XB .pytest_cache .mypy_cache .ruff_cache
