"""tools/output_hashes.py: the byte-identity check for speed and refactoring work must see
every output and change when one output changes."""
from __future__ import annotations

import sys
from pathlib import Path

TEIKIT = Path(__file__).resolve().parents[2] / "teikit"


def _tree(tmp_path: Path, text: str) -> Path:
    tree = tmp_path / "tree"
    (tree / "corpus" / "s").mkdir(parents=True)
    (tree / "corpus" / "s" / "a.txt").write_text(text, encoding="utf-8")
    (tree / "teikit").symlink_to(TEIKIT)
    return tree


def test_hashes_every_output_in_each_flavour_and_change_with_the_text(tmp_path, output_hashes):
    first = output_hashes.hash_lines(_tree(tmp_path / "1", "MODERATOR: Hello.\n\nQ: Why?\n"), sys.executable)
    same = output_hashes.hash_lines(_tree(tmp_path / "2", "MODERATOR: Hello.\n\nQ: Why?\n"), sys.executable)
    other = output_hashes.hash_lines(_tree(tmp_path / "3", "MODERATOR: Hello.\n\nQ: How?\n"), sys.executable)
    assert [line.split()[0] for line in first if line.startswith("rc=")] == ["rc=0"] * 3
    assert sum(line.endswith(("speech", "drama", "iso")) and "a.xml" in line for line in first) == 3
    assert first == same
    assert first != other
