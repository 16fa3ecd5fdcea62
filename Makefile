# Two commands for a fresh machine:  `make run`  (install + start on embedded defaults)
#                                   `make test` (install + run the test suite)
VENV ?= .venv
PY := $(VENV)/bin/python

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q -U pip uv
	$(VENV)/bin/uv pip install -q --python $(PY) -e '.[dev]'
	touch $@

.PHONY: install run test bench
install: $(VENV)/.installed

run: install
	$(VENV)/bin/copilot calc examples/seed-case.json --explain

test: install
	$(PY) -m pytest

bench: install
	$(PY) -m benchmarks
