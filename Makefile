# PartnerDesk - the two quick-start commands are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test test-all lint bench translations screenshots dist selftest clean

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

lint: $(VENV)/.test-installed
	$(VENV)/bin/ruff check partnerdesk tests
	$(VENV)/bin/mypy

bench: $(VENV)/.test-installed
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/run.py

translations: $(VENV)/.test-installed
	$(PY) -m partnerdesk.tools.i18n

screenshots: $(VENV)/.test-installed
	QT_QPA_PLATFORM=offscreen $(PY) -m partnerdesk.tools.screenshots docs/screenshots

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
