"""SHA-256 of `teikit convert` output for every corpus text and test transcript, in all
three flavours: the check that a refactoring or speed change leaves every output
byte-identical.

    python tools/output_hashes.py TREE OUTFILE [--python PY]
    diff BEFORE.txt AFTER.txt            # no output: byte-identical

TREE is a checkout of teikit (its `teikit` package is the one run, via PYTHONPATH).
Inputs: corpus/*/*.txt and tests/**/*.{txt,srt,vtt}. Each input folder is converted in one
`teikit convert -j 1` call per flavour. Held-out outputs are hashed, never printed.
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

FLAVOURS = ("speech", "drama", "iso")


def inputs_by_folder(root: Path) -> dict[Path, list[Path]]:
    found = sorted(root.glob("corpus/*/*.txt"))
    found += sorted(p for ext in ("txt", "srt", "vtt") for p in root.glob(f"tests/**/*.{ext}"))
    groups: dict[Path, list[Path]] = collections.defaultdict(list)
    for path in found:
        groups[path.parent].append(path)
    return dict(sorted(groups.items()))


def hash_lines(root: Path, python: str) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(root)}
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, (folder, files) in enumerate(inputs_by_folder(root).items()):
            rel = folder.relative_to(root)
            for flavour in FLAVOURS:
                dest = Path(tmp) / f"{i}-{flavour}"
                dest.mkdir()
                run = subprocess.run(
                    [python, "-m", "teikit", "convert", "-q", "-j", "1", "--flavour", flavour,
                     "-o", f"{dest}/", *map(str, files)],
                    capture_output=True, cwd=root, env=env)
                produced = sorted(dest.iterdir())
                lines.append(f"rc={run.returncode} n={len(produced)} {rel} {flavour}")
                lines += [f"{hashlib.sha256(f.read_bytes()).hexdigest()}  {rel}/{f.name} {flavour}"
                          for f in produced]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tree", type=Path)
    parser.add_argument("outfile", type=Path)
    parser.add_argument("--python", default=sys.executable,
                        help="interpreter with teikit's dependencies (default: this one)")
    args = parser.parse_args()
    lines = hash_lines(args.tree.resolve(), args.python)
    args.outfile.write_text("\n".join(lines) + "\n")
    print(len(lines), "lines ->", args.outfile)


if __name__ == "__main__":
    main()
