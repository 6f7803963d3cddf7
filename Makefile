# sayso: two commands from a fresh clone -- `make demo`, then `make test`.
#
#   make venv    create .venv and install sayso (editable) with its dev tools and pyarrow (parquet)
#   make demo    analyse the German and the English example article, print the tables
#   make test    the test suite (tests needing ../shared skip without it)
#   make eval    score the dev sets in ../shared/data and the acceptance article
#   make bench   throughput and peak memory of analyze_many on the German dev set
#   make train   retrain the shipped models from ../shared/data (NER, reported sentences, quotations, speakers, confidence)
#   make kb      regenerate the CLDR country tables of the knowledge base
#   make lint    ruff

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.sayso-installed

.PHONY: venv demo test eval bench lint clean train train-deps kb

venv: $(STAMP)

# Re-installs only when pyproject.toml changes. Debian's python3 may lack ensurepip
# (package python3-venv): then the venv is made without pip and pip is put in by the system pip.
$(STAMP): pyproject.toml
	@if ! $(PY) -m pip --version >/dev/null 2>&1; then \
	  echo "== creating $(VENV) with $(PYTHON)"; \
	  $(PYTHON) -m venv $(VENV) || { \
	    echo "== python3 -m venv failed (no ensurepip?): creating $(VENV) without pip, adding pip with the system pip"; \
	    rm -rf $(VENV) && $(PYTHON) -m venv --without-pip $(VENV) && $(PYTHON) -m pip --python $(PY) install -q pip; \
	  }; \
	fi
	@echo "== installing sayso (editable) with its dev tools and pyarrow into $(VENV)"
	$(PY) -m pip install -q -e '.[dev,parquet]'
	@touch $@

demo: venv
	$(VENV)/bin/sayso analyze examples/de-kursk-dprk.txt
	$(VENV)/bin/sayso analyze examples/en-port-strike.txt

# pytest exits 5 when it collects no tests: not a failure here.
test: venv
	@$(PY) -m pytest -q; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest: no tests collected"; exit 0; fi; exit $$rc

eval: venv
	$(PY) benchmarks/eval.py
	$(PY) benchmarks/eval_statements.py
	$(PY) benchmarks/eval_figures.py --floor 0.90

# scikit-learn and babel are needed only to fit the models and rebuild the tables
train-deps: venv
	$(PY) -m pip install -q -e '.[dev,train]'

# The order matters: the reported-sentence model sees the entity mentions (NER), the quotation
# model the reported sentences, the speaker choice both, the confidence model the chosen speakers. About 10 minutes
# on 2 cores, most of it the NER model.
train: train-deps
	$(PY) scripts/build_function_words.py
	$(PY) scripts/train_ner.py
	$(PY) scripts/train_reported.py
	$(PY) scripts/train_quotes.py
	$(PY) scripts/train_speakers.py
	$(PY) scripts/train_confidence.py

kb: train-deps
	$(PY) scripts/build_kb.py

bench: venv
	$(PY) benchmarks/bench.py

lint: venv
	$(VENV)/bin/ruff check src tests benchmarks

clean:
	rm -rf out build dist .pytest_cache .ruff_cache
