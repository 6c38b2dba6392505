# The commands README promises, exactly as CI runs them. Each sets itself up on a fresh machine.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test check lint install bench postgres eval

$(BIN)/eventwire: pyproject.toml requirements/main.txt requirements/dev.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements/dev.txt
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(BIN)/eventwire

install: $(BIN)/eventwire

demo: install  ## run the pipeline on the bundled demo corpus
	$(BIN)/eventwire demo --output eventwire-demo

# The store tests start their own PostgreSQL server (initdb + pg_ctl in a temporary folder): install
# the server binaries when they are missing and we may (root on Debian/Ubuntu); otherwise those tests skip.
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
		&& apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; } || true

test: install postgres  ## lint + the whole test suite
	$(BIN)/ruff check src tests
	$(BIN)/python -W error -c "import eventwire"
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python bench/extract_throughput.py

eval: install  ## every `eventwire eval` on its test part; rebuilds EVALUATION.md (needs ../shared/data)
	scripts/evaluate.sh eval-reports
