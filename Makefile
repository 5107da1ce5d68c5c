# PartnerDesk - the two quick-start commands are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test test-pg lint bench translations translations-check screenshots dist selftest crashtest a11y clean

$(VENV)/.run-installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -e '.[test,dev]'
	touch $@ $(VENV)/.run-installed

run: $(VENV)/.run-installed
	$(VENV)/bin/partnerdesk

## The whole suite, offscreen (conftest.py also sets QT_QPA_PLATFORM=offscreen).
test: $(VENV)/.test-installed
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

## The same suite with a throwaway PostgreSQL cluster, so the tests marked for both
## databases (store, CLI, concurrency) also run on PostgreSQL. Needs the server binaries
## (Debian: apt-get install postgresql).
## The same suite with a throwaway PostgreSQL cluster: the team-mode tests run instead of skipping.
test-pg: $(VENV)/.test-installed
	tests/pg/cluster.sh run $(MAKE) test

lint: $(VENV)/.test-installed
	$(VENV)/bin/ruff check partnerdesk tests tools
	$(VENV)/bin/ruff format --check partnerdesk tests tools
	$(VENV)/bin/mypy

## The build-size benchmark builds the app: it needs PyInstaller (the build extra) too.
bench: $(VENV)/.test-installed $(VENV)/.build-installed
	# With PostgreSQL's server installed, a throwaway cluster lets team_db.py measure it too.
	if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
	  QT_QPA_PLATFORM=offscreen tests/pg/cluster.sh run $(PY) tests/benchmarks/run.py; \
	else QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/run.py; fi

translations: $(VENV)/.test-installed
	$(PY) -m tools.i18n

## Fails while a string of the code has no finished English translation.
translations-check: $(VENV)/.test-installed
	$(PY) -m tools.i18n --check

screenshots: $(VENV)/.test-installed
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.screenshots docs/screenshots

$(VENV)/.build-installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -e '.[build]'
	touch $@ $(VENV)/.run-installed

## The built app: one folder dist/partnerdesk/ (see build.spec; PARTNERDESK_ONEFILE=1 for one
## file, then also pass --distpath elsewhere: the file would be named like the folder).
dist: $(VENV)/.build-installed
	$(VENV)/bin/pyinstaller --noconfirm --clean build.spec

## Crash test: a child saves in a loop, the parent SIGKILLs it; every reported save must
## survive. KILLS=30 is the short form CI runs.
KILLS ?= 1000
crashtest: $(VENV)/.test-installed
	$(PY) tests/crash/crash_test.py --kills $(KILLS)

## Check this installation (checkout): database, data pack, resources, match, PDF, window.
selftest: $(VENV)/.run-installed
	$(PY) -m partnerdesk selftest

## What a screen reader hears: both modes, German and English, walked over AT-SPI under Xvfb
## (docs/accessibility.md).
## Needs the Debian packages xvfb dbus at-spi2-core python3-pyatspi gir1.2-atspi-2.0 dbus-x11.
a11y: $(VENV)/.test-installed
	tests/a11y/run.sh

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
