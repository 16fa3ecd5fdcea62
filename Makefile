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
	$(VENV)/bin/copilot chat --employee E0001 --facts examples/seed-facts.json --message "他干了七年，公司想跟他谈离职，他要8个月，怎么谈？"

test: install
	$(PY) -m pytest

bench: install
	$(PY) -m benchmarks
