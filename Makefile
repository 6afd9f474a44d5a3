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
	$(BIN)/teikit validate --profile teikit $(OUT)

## Run the test suite.
test: setup
	$(BIN)/python -m pytest -q

SCORER ?= ../shared/tools/score_transcripts.py

## Score the converter against the gold annotations in corpus/ with the shared scorer.
score: setup
	$(BIN)/teikit convert -q corpus/dev -o $(OUT)/dev
	$(BIN)/teikit convert -q corpus/seeds -o $(OUT)/seeds
	$(BIN)/python $(SCORER) --gold corpus/dev --tei $(OUT)/dev --quiet
	$(BIN)/python $(SCORER) --gold corpus/seeds --tei $(OUT)/seeds --quiet

## Print throughput figures (not part of the tests).
bench: setup
	$(BIN)/python benchmarks/convert_throughput.py
	$(BIN)/python benchmarks/transform_throughput.py

clean:
	rm -rf $(OUT) .pytest_cache
