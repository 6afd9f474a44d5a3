"""tools/first_run.py: an old converter, built from a commit without checking it out, is the
one that converts the set (not the installed teikit), and the scorer's figures are printed."""
from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "corpus" / "seeds"


def load_tool():
    spec = importlib.util.spec_from_file_location("first_run", ROOT / "tools" / "first_run.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture()
def head():
    try:
        return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], check=True, capture_output=True,
                              text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")


def test_build_unpacks_the_package_as_it_was_at_the_commit(tmp_path, head):
    tool = load_tool()
    old = tool.build(head, tmp_path / "old")
    committed = subprocess.run(["git", "-C", str(ROOT), "show", f"{head}:teikit/__init__.py"], check=True,
                               capture_output=True, text=True).stdout
    assert (old / "teikit" / "__init__.py").read_text() == committed


def test_first_run_scores_the_old_converter_on_the_set(tmp_path, head, capsys):
    tool = load_tool()
    if not tool.DEFAULT_SCORER.is_file():
        pytest.skip("the shared scorer is not next to this checkout")
    stem = sorted(SEEDS.glob("*.gold.json"))[0].name[:-len(".gold.json")]
    corpus = tmp_path / "corpus" / "one"
    corpus.mkdir(parents=True)
    for name in (f"{stem}.txt", f"{stem}.gold.json"):
        shutil.copy(SEEDS / name, corpus / name)
    keep = tmp_path / "keep"
    assert tool.main(["--corpus", str(tmp_path / "corpus"), "--keep", str(keep), f"{head}:one"]) == 0
    out = capsys.readouterr().out
    assert f"== one at {head}" in out and "turn_f1" in out and "lossless     1.000" in out
    assert (keep / f"out-{head}-one" / f"{stem}.xml").is_file()


def test_a_pair_without_its_set_is_a_usage_error(tmp_path):
    tool = load_tool()
    with pytest.raises(SystemExit) as stop:
        tool.main(["--corpus", str(tmp_path), "abc123:nothere"])
    assert stop.value.code == 2
