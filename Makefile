# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench bench-contacts install clean model

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,photos]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/profile-audit demo

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy audit detectors tui --ignore-missing-imports
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy audit detectors tui --ignore-missing-imports

# Rebuild the shipped classifiers (detectors/models/): profession and workplace from the labelled corpus in
# corpus/profession/, the address judgement from corpus/contacts/: deterministic (fixed seeds, CPU), offline,
# a few minutes on 2 cores.
model: $(STAMP)
	$(BIN)/python -m training.build
	$(BIN)/python bench/profession_eval.py --split dev
	$(BIN)/python bench/contacts_eval.py --split dev

bench: $(STAMP)
	$(BIN)/python bench/text_detectors.py --end-to-end
	$(BIN)/python bench/meta_export.py

# Contacts on real public text beside Presidio (a bench-only dependency), findings and speed: CORPORA=../shared/corpora
CORPORA ?= ../shared/corpora
bench-contacts: $(STAMP)
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python bench/contacts_eval.py --split test
	$(BIN)/python bench/contacts_real.py $(CORPORA)
	$(BIN)/python bench/presidio_speed.py $(CORPORA)

clean:
	rm -rf $(VENV) build dist .pytest_cache
