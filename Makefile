# Two commands for a new machine:  `make run` (set up + demo)  and  `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
export HF_HUB_OFFLINE := 1
export ORT_DISABLE_TELEMETRY := 1

.PHONY: setup run test bench clean

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -e '.[dev]'
	touch $@

setup: $(VENV)/.installed

run: setup
	$(VENV)/bin/watchkeeper scan data/demo/events.jsonl --html var/demo-report.html --json var/demo-report.json

test: setup
	$(PY) -m pytest

clean:
	rm -rf $(VENV) var
