"""Which lines the converter's rules open a turn at: the current converter, or an old one.

Usage: python tools/rule_lines.py CORPUS_SET_DIR [--commit COMMIT]   (prints JSON)

For every transcript of the set: the 0-based lines where a turn of the converted model
starts at the line start, each with whether the turn carries a label. The model's turns
are found in the text from their labels and first words exactly as tools/label_lines.py
finds the gold turns, so that the two verdicts are read alike. With
--commit the converter as it was at COMMIT is used (`tools/first_run.py` builds it), the
rules as they stood before a set was tuned on. A training aid for tools/line_model.py.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from label_lines import corpus_files, gold_starts, read_lines  # noqa: E402

# Run in the child: each turn's line, label and first words, from the converter imported there.
_CHILD = """
import json, sys
from pathlib import Path
old, listing = sys.argv[1:3]
if old:
    sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in repr(f).lower()]
    sys.path.insert(0, old)
from teikit.convert_api import read_transcript
out = {}
for stem, path in json.loads(listing):
    doc = read_transcript(Path(path).read_bytes(), Path(path).name)
    rows = []
    for t in doc.turns():
        first = next((p.text for p in t.paragraphs if hasattr(p, "content") and p.text.strip()), "")
        rows.append([t.line, t.label, first[:80]])
    out[stem] = rows
print(json.dumps(out))
"""


def rule_starts(set_dir: Path, commit: str | None = None) -> dict[str, dict[int, bool]]:
    """{stem: {line (0-based): labelled}} for the turns that open their line."""
    files = corpus_files(set_dir)
    listing = json.dumps([[stem, str(text)] for stem, text, _ in files])
    with tempfile.TemporaryDirectory(prefix="rule-lines-") as tmp:
        old = ""
        if commit:
            from first_run import build
            old = str(build(commit, Path(tmp)))
        done = subprocess.run([sys.executable, "-c", _CHILD, old, listing], check=True,
                              capture_output=True, text=True)
    turns = json.loads(done.stdout)
    out: dict[str, dict[int, bool]] = {}
    for stem, text, _ in files:
        # the model's turn lines are not always the printed ones (a paragraph split at a
        # label keeps the paragraph's line): the turns are found in the text as gold turns are
        found = [{"speaker_label": label, "first_words": first} for _, label, first in turns[stem]]
        starts: dict[int, bool] = {}
        for turn, start in zip(found, gold_starts(read_lines(text), {"turns": found})):
            if start.line >= 0 and start.at_line_start:
                starts[start.line] = starts.get(start.line, False) or turn["speaker_label"] is not None
        out[stem] = starts
    return out


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("set_dir", type=Path)
    parser.add_argument("--commit")
    args = parser.parse_args(argv)
    found = rule_starts(args.set_dir, args.commit)
    print(json.dumps({stem: sorted(starts.items()) for stem, starts in found.items()}))


if __name__ == "__main__":
    main()
