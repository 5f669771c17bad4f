# The two commands a new user types on a fresh machine: `make run` and `make test`.
PYTHON_BIN := $(shell python3 -c 'import sys; print(sys.executable)')
VENV := .venv
PY := $(VENV)/bin/python
UV := $(shell command -v uv 2>/dev/null)

.PHONY: run test install system-deps lint check-deploy bench clean

$(PY): pyproject.toml requirements.lock
	@[ -n "$(UV)" ] || $(PYTHON_BIN) -m pip install --quiet uv
	uv venv --quiet --allow-existing --python $(PYTHON_BIN) $(VENV)
	uv pip install --quiet --python $(PY) -r requirements.lock
	@touch $(PY)

install: $(PY)

# Embedded default: SQLite file, Celery tasks inline, e-mail to the console, demo data.
run: install
	DJANGO_DEBUG=true $(PY) manage.py migrate --no-input
	DJANGO_DEBUG=true $(PY) manage.py load_demo_data
	DJANGO_DEBUG=true $(PY) manage.py runserver 127.0.0.1:8000

# PostgreSQL, Redis and Chromium come from Debian; the tests start their own throwaway servers.
system-deps:
	@bash bin/system-deps

test: system-deps install
	DJANGO_DEBUG=true $(PY) manage.py makemigrations --check --dry-run
	$(PY) -m pytest $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) staticfiles db.sqlite3
