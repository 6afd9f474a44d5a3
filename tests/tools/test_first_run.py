"""tools/first_run.py: an old converter, built from a commit without checking it out, is the
one that converts the set (not the installed teikit), and the scorer's figures are printed."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "corpus" / "seeds"


@pytest.fixture()
def head():
    try:
        return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], check=True, capture_output=True,
                              text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")


def test_build_unpacks_the_package_as_it_was_at_the_commit(first_run, tmp_path, head):
    old = first_run.build(head, tmp_path / "old")
    committed = subprocess.run(["git", "-C", str(ROOT), "show", f"{head}:teikit/__init__.py"], check=True,
                               capture_output=True, text=True).stdout
    assert (old / "teikit" / "__init__.py").read_text() == committed


def test_first_run_scores_the_old_converter_on_the_set(first_run, tmp_path, head, capsys):
    if not first_run.DEFAULT_SCORER.is_file():
        pytest.skip("the shared scorer is not next to this checkout")
    stem = sorted(SEEDS.glob("*.gold.json"))[0].name[:-len(".gold.json")]
    corpus = tmp_path / "corpus" / "one"
    corpus.mkdir(parents=True)
    for name in (f"{stem}.txt", f"{stem}.gold.json"):
        shutil.copy(SEEDS / name, corpus / name)
    keep = tmp_path / "keep"
    assert first_run.main(["--corpus", str(tmp_path / "corpus"), "--keep", str(keep), f"{head}:one"]) == 0
    out = capsys.readouterr().out
    assert f"== one at {head}" in out and "turn_f1" in out and "lossless     1.000" in out
    assert (keep / f"out-{head}-one" / f"{stem}.xml").is_file()


def test_a_pair_without_its_set_is_a_usage_error(first_run, tmp_path):
    with pytest.raises(SystemExit) as stop:
        first_run.main(["--corpus", str(tmp_path), "abc123:nothere"])
    assert stop.value.code == 2
