"""tools/check_gold.py: the gold checker accepts the committed golds and catches broken ones."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEV2 = ROOT / "corpus" / "dev2"


@pytest.fixture()
def copy_201(tmp_path):
    for name in ("201.txt", "201.gold.json"):
        shutil.copy(DEV2 / name, tmp_path / name)
    return tmp_path


def edit_gold(folder: Path, change) -> None:
    path = folder / "201.gold.json"
    gold = json.loads(path.read_text(encoding="utf-8"))
    change(gold)
    path.write_text(json.dumps(gold), encoding="utf-8")


def test_committed_dev2_golds_pass(check_gold):
    assert check_gold.main([str(DEV2), "--quiet"]) == 0


def test_first_words_not_in_text_is_a_problem(check_gold, copy_201, capsys):
    edit_gold(copy_201, lambda g: g["turns"][3].update(first_words="Words nobody said"))
    assert check_gold.main([str(copy_201)]) == 1
    assert "turn 3: first_words 'Words nobody said' not in the text" in capsys.readouterr().out


def test_turns_out_of_order_are_a_problem(check_gold, copy_201, capsys):
    edit_gold(copy_201, lambda g: g["turns"].reverse())
    assert check_gold.main([str(copy_201)]) == 1
    assert "occur only before the previous turn" in capsys.readouterr().out


def test_boilerplate_must_be_a_whole_line(check_gold, copy_201, capsys):
    edit_gold(copy_201, lambda g: g["boilerplate_lines"].append("Hello."))
    assert check_gold.main([str(copy_201)]) == 1
    assert "boilerplate 'Hello.' is not a line of the text" in capsys.readouterr().out


def test_event_listed_more_often_than_printed(check_gold, copy_201, capsys):
    def twice_more(gold):  # "\\[laughter\\]" is printed twice in 201 and listed twice
        laughter = next(e for e in gold["events"] if "laughter" in e["text"])
        gold["events"] += [dict(laughter), dict(laughter)]
    edit_gold(copy_201, twice_more)
    assert check_gold.main([str(copy_201)]) == 1
    assert "listed 4x, found 2x" in capsys.readouterr().out


def test_unloadable_gold_is_a_problem(check_gold, copy_201, capsys):
    (copy_201 / "201.gold.json").write_text("{not json", encoding="utf-8")
    assert check_gold.main([str(copy_201)]) == 1
    assert "gold does not load" in capsys.readouterr().out


def test_missing_folder_is_a_usage_error(check_gold, tmp_path):
    assert check_gold.main([str(tmp_path / "absent")]) == 2
