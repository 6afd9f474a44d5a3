# Two entry points, both working on a fresh machine (see README.md).
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= out

.PHONY: run test setup score bench clean

$(BIN)/teikit: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

setup: $(BIN)/teikit

## Convert the sample corpus to TEI in $(OUT)/ and validate the result.
run: setup
	$(BIN)/teikit convert corpus/seeds corpus/dev -o $(OUT)
	$(BIN)/teikit validate $(OUT)

## Run the test suite.
test: setup
	$(BIN)/python -m pytest -q

## Score the converter against the gold annotations (needs ../shared or corpus/ golds).
score: setup
	$(BIN)/teikit convert corpus/dev -o $(OUT)/dev
	$(BIN)/teikit convert corpus/seeds -o $(OUT)/seeds
	$(BIN)/python tools/score.py $(OUT)

bench: setup
	$(BIN)/python benchmarks/convert_throughput.py

clean:
	rm -rf $(OUT) .pytest_cache
