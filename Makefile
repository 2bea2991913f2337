# Saraban: `make run` sets everything up and ingests samples/; `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SARABAN := $(VENV)/bin/saraban
DB ?= warehouse/saraban.duckdb
SHARED ?= ../shared
WORKERS ?= 0
SCALE ?= 1000,10000

.PHONY: run test eval bench samples fidelity docs lint system install clean hostile

## Install what is missing: Debian packages (tesseract + Thai model, Thai fonts) and the venv.
system:
	@$(PYTHON) pipeline/engines/apt.py

$(VENV)/.installed: pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --upgrade pip
	@$(PY) -m pip install --quiet -e ".[dev]"
	@touch $@

install: system $(VENV)/.installed

## Ingest the samples (each document once, as text) into the default warehouse and print a
## summary. Their PDF and scan renderings (samples/pdf, samples/producers) are the same
## documents again: `make fidelity` reads those.
run: install
	@$(SARABAN) ingest samples/*.txt --db $(DB) --workers $(WORKERS)
	@echo "(the samples' text files, each once; the same documents as PDFs and scans are in samples/producers/<variant>/ and samples/pdf/: saraban ingest samples/producers/copier300 --db $(DB) reads the copier scans)"

## Lint, type-check, then run the test suite (pytest's "no tests collected", exit 5, is reported as a failure).
test: install
	@$(VENV)/bin/ruff check .
	@$(VENV)/bin/mypy
	@$(PY) -m pytest -q; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests" >&2; fi; exit $$rc

## Score the seeds in $(SHARED) against their gold files.
eval: install
	@if [ ! -d $(SHARED)/seeds ] || [ ! -d $(SHARED)/gold ]; then \
		echo "skipping eval: $(SHARED)/seeds and $(SHARED)/gold not found"; exit 0; fi; \
	tmp=$$(mktemp -d); \
	$(SARABAN) ingest $(SHARED)/seeds --db $$tmp/eval.duckdb > /dev/null; \
	$(SARABAN) eval --gold $(SHARED)/gold --db $$tmp/eval.duckdb; rc=$$?; \
	rm -rf $$tmp; exit $$rc

## Render samples/*.txt as offices' software does (Chromium, LibreOffice, scans, copier scans)
## under samples/producers/<variant>/ (needs Debian's chromium and libreoffice-writer-nogui).
samples: install
	@$(PYTHON) pipeline/engines/apt.py --producers
	@$(PY) -m pip install --quiet -e ".[dev,samples]"
	@$(PY) scripts/make_corpus.py

## Per producer and font: pages by method, OCR reasons, character/digit error rate, key/strict F1.
fidelity: install
	@$(PY) scripts/fidelity.py --verbose

## docs/warehouse.md from the models in schemas/ (tests/test_reference.py checks it is current).
docs: install
	@$(PY) -m warehouse.reference > docs/warehouse.md

## Throughput, OCR time and peak memory (under 5 minutes).
bench: install
	@$(PY) scripts/bench.py
	@$(PY) scripts/bench_scale.py $(SCALE) --workers 2,1

## Issue 15's check: build a seeded corpus of 1,000+ hostile files mixed with good ones in 15
## batches under $(HOSTILE), ingest each batch, and print the figures of README "Bad input"
## (about 10 minutes on 2 cores; stopped after an hour).
HOSTILE ?= /tmp/saraban-hostile
hostile: install
	@timeout 3600 $(PY) scripts/hostile_corpus.py all $(HOSTILE)

lint: install
	@$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) .cache .pytest_cache .ruff_cache $(DB) $(DB).wal
