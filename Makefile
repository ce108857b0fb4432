# Timeline: `make run` to serve the seed timeline, `make test` to run the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
export DEBUG ?= 1

.PHONY: install run migrate ingest-seeds test test-postgres browsers bench evaluate clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(BIN)/python manage.py migrate --noinput

ingest-seeds: migrate
	$(BIN)/python manage.py ingest seeds/

run: ingest-seeds
	@echo "Timeline at http://$(HOST):$(PORT)/  (admin at /admin/; create an editor with: $(BIN)/python manage.py createsuperuser)"
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# Headless Chromium from Debian for the browser tests (Playwright drives it; it downloads no browser).
browsers:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium missing: install Debian's chromium package (browser tests will be skipped)"; fi; }

test: install browsers
	$(BIN)/python -m pytest

# The database tests again on a throwaway PostgreSQL server (DATABASE_URL).
test-postgres: install
	.ci/with-postgres $(BIN)/python -m pytest -m "not browser" -q

bench: install
	$(BIN)/python bench/engine_speed.py
	$(BIN)/python bench/merge_speed.py

evaluate: install
	@for gold in ../shared/eval/seeds.gold.jsonl ../shared/eval/dev/timebank.jsonl ../shared/eval/dev/aquaint.jsonl; do \
	  echo "== $$gold"; $(BIN)/python manage.py evaluate $$gold; done

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .pytest_cache
