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

## The whole job on the sample corpus: transcripts -> TEI ($(OUT)/tei), validated with the
## teikit profile, rendered as an HTML site ($(OUT)/site) and as plain text ($(OUT)/text).
run: setup
	@echo "== convert: corpus/ -> $(OUT)/tei/"
	$(BIN)/teikit convert corpus/seeds corpus/dev -o $(OUT)/tei
	@echo "== validate: tei_all + the teikit profile"
	$(BIN)/teikit validate --profile teikit $(OUT)/tei
	@echo "== transform: HTML site and plain text"
	$(BIN)/teikit transform --to html $(OUT)/tei -o $(OUT)/site
	$(BIN)/teikit transform --to text $(OUT)/tei -o $(OUT)/text
	@echo
	@echo "Open $(abspath $(OUT))/site/index.html in a browser (e.g. xdg-open $(OUT)/site/index.html);"
	@echo "the TEI is in $(OUT)/tei/ and the plain text in $(OUT)/text/."

## Run the test suite, on every core (pytest-xdist; docs/contributing.md, "Running the
## tests"): `make test WORKERS=0` runs it in this one process, as plain `pytest` does.
WORKERS ?= auto
test: setup
	$(BIN)/python -m pytest -q -n $(WORKERS) --dist worksteal

SCORER ?= ../shared/tools/score_transcripts.py
## The sets scored, in order; narrow it to keep a set unseen: make score SETS="dev dev2 holdout".
SETS ?= dev dev2 dev3 dev4 dev5 dev6 dev7 dev8 dev9 dev10 dev11 dev12 dev13 dev14 dev15 dev16 dev17 dev18 dev19 dev20 dev21 dev22 dev23 dev24 dev25 dev26 dev27 dev28 dev29 dev30 dev31 dev32 dev33 dev34 dev35 dev36 dev37 dev38 dev39 dev40 dev41 dev42 dev43 dev44 dev45 dev46 dev47 dev48 dev49 dev50 dev51 dev52 dev53 dev54 dev55 dev56 dev57 dev58 dev59 dev60 dev61 dev62 dev63 dev64 dev65 dev66 seeds holdout

## Score the converter against the gold annotations in corpus/ with the shared scorer, per set
## (holdout is never used to tune rules: it measures text the converter has not seen). The
## scorer is not part of this repository: SCORER=path/to/score_transcripts.py.
score: setup
	@test -f "$(SCORER)" || { echo "make score: no scorer at $(SCORER); it lives outside this repository (the project's shared/tools/). Run: make score SCORER=path/to/score_transcripts.py" >&2; exit 2; }
	@for set in $(SETS); do \
	  ls corpus/$$set/*.txt >/dev/null 2>&1 || continue; \
	  $(BIN)/teikit convert -q corpus/$$set -o $(OUT)/score/$$set || exit 2; \
	  echo "== $$set"; $(BIN)/python $(SCORER) --gold corpus/$$set --tei $(OUT)/score/$$set --quiet || exit 1; \
	done

## Print throughput figures (not part of the tests).
bench: setup
	$(BIN)/python benchmarks/convert_throughput.py
	$(BIN)/python benchmarks/transform_throughput.py

clean:
	rm -rf $(OUT) .pytest_cache
