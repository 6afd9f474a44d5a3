"""The converter against the gold annotations of the development set and the seeds, scored
with the project's shared scoring tool; the thresholds are those the converter is held to."""
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


def load_scorer():
    if not SCORER.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{SCORER} is missing: CI must have ../shared beside the project")
        pytest.skip("the shared scoring tool is not beside this checkout")
    spec = importlib.util.spec_from_file_location("score_transcripts", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("subset", ["dev", "seeds"])
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
    below = {k: round(summary[k], 3) for k, limit in THRESHOLDS.items()
             if summary[k] is not None and summary[k] < limit}
    assert below == {}
