# The two commands a new user types on a fresh machine: `make run` and `make test`.
PYTHON_BIN := $(shell python3 -c 'import sys; print(sys.executable)')
VENV := .venv
PY := $(VENV)/bin/python
# uv is called through the interpreter (`python -m uv`): `pip install uv` puts its binary in the
# interpreter's own bin/, which is not on PATH under pyenv until a rehash.
UV := $(PYTHON_BIN) -m uv
# Where `make run` serves the site.
RUN_ADDR ?= 127.0.0.1:8000

.PHONY: run test install messages system-deps bench-deps lint check-deploy bench screenshots clean

$(PY): pyproject.toml requirements.lock
	@$(PYTHON_BIN) -c 'import uv' 2>/dev/null || $(PYTHON_BIN) -m pip install --quiet --disable-pip-version-check uv
	$(UV) venv --quiet --allow-existing --python $(PYTHON_BIN) $(VENV)
	$(UV) pip install --quiet --python $(PY) -r requirements.lock
	@touch $(PY)

# The translations: each catalogue in locale/ compiled to the .mo file Django reads (not committed), again
# whenever its .po changes. GNU gettext's msgfmt does it; bin/system-deps --gettext installs it when missing.
PO_FILES := $(wildcard locale/*/LC_MESSAGES/django.po)
MO_FILES := $(PO_FILES:.po=.mo)

install: $(PY) $(MO_FILES)

$(MO_FILES) &: $(PO_FILES) | $(PY)
	@bash bin/system-deps --gettext
	DJANGO_DEBUG=true $(PY) manage.py compilemessages --ignore '.venv' --ignore 'staticfiles' --verbosity 0
	@touch $(MO_FILES)

# After marking new strings: add them to every catalogue (then translate them, see README "Languages").
messages: install
	DJANGO_DEBUG=true $(PY) manage.py makemessages --all --no-obsolete --ignore '.venv/*' --ignore 'staticfiles/*' \
		--ignore 'bench/*' --ignore 'tests/*' --add-location file

# Embedded default: SQLite file, Celery tasks inline, e-mail to the console, demo data.
run: install
	DJANGO_DEBUG=true $(PY) manage.py migrate --no-input
	DJANGO_DEBUG=true $(PY) manage.py load_demo_data
	DJANGO_DEBUG=true $(PY) manage.py runserver $(RUN_ADDR)

# PostgreSQL, Redis and Chromium come from Debian; the tests start their own throwaway servers.
system-deps:
	@bash bin/system-deps

# wrk drives bench/site_load.py; the tests do not need it.
bench-deps: system-deps install
	@bash bin/system-deps --bench

test: system-deps install
	DJANGO_DEBUG=true $(PY) manage.py makemigrations --check --dry-run
	$(PY) -m pytest $(PYTEST_ARGS)

# Rewrites the committed screenshots in docs/screenshots/ (the tests write theirs to a temporary folder).
screenshots: system-deps install
	SCREENSHOT_DIR=$(CURDIR)/docs/screenshots $(PY) -m pytest tests/test_browser.py tests/test_browser_moderation.py \
		tests/test_browser_extraction.py tests/test_browser_saved_check.py tests/test_browser_api.py \
		tests/test_browser_languages.py

lint: install
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) staticfiles db.sqlite3 $(MO_FILES)
