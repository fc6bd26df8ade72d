# StalkDesk. `make help` lists the targets. Everything runs inside .venv, made on demand.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export QT_QPA_PLATFORM ?= offscreen

.DEFAULT_GOAL := help
.PHONY: help run test test-core lint ui bench build screenshots clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "StalkDesk needs Python 3.11 or newer")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP) ## Open the desktop app (offers the fictional demo case on an empty store)
	QT_QPA_PLATFORM= $(BIN)/stalkdesk

test: $(STAMP) ## Run the whole test suite headless
	$(BIN)/python -m pytest -q

test-core: $(STAMP) ## Run the tests that need no Qt
	$(BIN)/python -m pytest -q -m "not gui"

lint: $(STAMP) ## ruff, the import-layer contracts, and mypy (strict) on the core
	$(BIN)/ruff check stalkdesk tests bench
	$(BIN)/lint-imports
	$(BIN)/mypy

ui: $(STAMP) ## Compile ui/*.ui (Qt Designer) into stalkdesk/gui/forms/
	$(BIN)/python -m stalkdesk.gui.build_forms

.PHONY: soak
soak: $(STAMP) ## Long kill and fuzz campaigns (figures, not pass/fail)
	$(BIN)/python scripts/soak.py

bench: $(STAMP) ## Run the benchmarks (figures, not pass/fail)
	$(BIN)/python -m bench

build: $(STAMP) ## Build the one-folder app with PyInstaller and smoke-test it
	$(BIN)/pyinstaller --noconfirm --clean build.spec
	QT_QPA_PLATFORM=offscreen dist/StalkDesk/StalkDesk --smoke-test

screenshots: $(STAMP) ## Render the main screens under Xvfb into docs/screenshots/
	xvfb-run -a -s "-screen 0 1440x900x24" $(BIN)/python scripts/screenshots.py

clean: ## Remove build output (not .venv, not your data)
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
