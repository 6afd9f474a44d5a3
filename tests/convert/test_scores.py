"""The converter against the gold annotations of the development sets and the seeds, scored
with the project's shared scoring tool.

`dev` and the seeds are held to the project's targets. `dev2` (transcripts of shapes the
first set lacks: podcasts, transcription-service exports, parliamentary records, OCR'd
typescripts, seven languages) is held to what the converter reaches today, a little below
it so that noise in one file does not fail the suite; the issue's targets for dev2 (turn_f1
0.97, names 0.90 ...) are not met yet, and these thresholds say by how much."""
from __future__ import annotations

import importlib.util
import json
import os

import pytest

from teikit import convert
from tests.convert.conftest import ROOT

SCORER = ROOT.parent / "shared" / "tools" / "score_transcripts.py"
THRESHOLDS = {"turn_f1": 0.97, "label_acc": 0.99, "speaker_f1": 0.95, "interp_f1": 0.95,
              "para_acc": 0.95, "event_f1": 0.95, "boiler_sep": 0.90, "date_acc": 0.90,
              "title_acc": 0.95, "lossless": 1.0, "parsed": 1.0}
# Reached on dev2 when these were set: turn_f1 0.825, label_acc 0.98, speaker_f1 0.952,
# interp_f1 1.0, para_acc 0.859, event_f1 0.943, boiler_sep 0.699, date_acc 0.775,
# title_acc 0.457, name_acc 0.568, role_acc 0.318.
# Turns, labels, paragraphs and events since (cv-turns): turn_f1 0.926, label_acc 0.993,
# speaker_f1 0.957, para_acc 0.958, event_f1 0.963.
DEV2_THRESHOLDS = {"turn_f1": 0.90, "label_acc": 0.98, "speaker_f1": 0.94, "interp_f1": 0.95,
                   "para_acc": 0.93, "event_f1": 0.94, "boiler_sep": 0.67, "date_acc": 0.75,
                   "title_acc": 0.43, "name_acc": 0.54, "role_acc": 0.29, "lossless": 1.0, "parsed": 1.0}
LIMITS = {"dev": {**THRESHOLDS, "name_acc": 0.88, "role_acc": 0.90}, "seeds": THRESHOLDS,
          "dev2": DEV2_THRESHOLDS}


def load_scorer():
    if not SCORER.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{SCORER} is missing: CI must have ../shared beside the project")
        pytest.skip("the shared scoring tool is not beside this checkout")
    spec = importlib.util.spec_from_file_location("score_transcripts", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("subset", ["dev", "seeds", "dev2"])
def test_scores_meet_the_thresholds(subset, tmp_path):
    scorer = load_scorer()
    gold_dir = ROOT / "corpus" / subset
    rows = []
    for text in sorted(gold_dir.glob("*.txt")):
        gold_file = text.with_name(text.stem + ".gold.json")
        (tmp_path / f"{text.stem}.xml").write_bytes(convert(text.read_bytes(), name=text.name).tei)
        rows.append(scorer.score_file(json.loads(gold_file.read_text(encoding="utf-8")),
                                      text.read_text(encoding="utf-8"), tmp_path / f"{text.stem}.xml"))
    summary = scorer.summarise(rows)
    below = {k: round(summary[k], 3) for k, limit in LIMITS[subset].items()
             if summary[k] is not None and summary[k] < limit}
    assert below == {}
