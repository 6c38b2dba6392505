# The commands README promises, exactly as CI runs them. Each sets itself up on a fresh machine.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test check lint install bench

$(BIN)/eventwire: pyproject.toml requirements/main.txt requirements/dev.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements/dev.txt
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(BIN)/eventwire

install: $(BIN)/eventwire

demo: install  ## run the pipeline on the bundled demo corpus
	$(BIN)/eventwire demo --output eventwire-demo

test: install  ## lint + the whole test suite
	$(BIN)/ruff check src tests
	$(BIN)/python -W error -c "import eventwire"
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python bench/extract_throughput.py
