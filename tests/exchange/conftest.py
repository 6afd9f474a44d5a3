"""Paths shared by the exchange tests (corpus formats, subtitles, ISO/TEI, corpora)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "exchange"
CORPUS = sorted((ROOT / "corpus").glob("*/*.txt"))
PARLAMINT = DATA / "parlamint-si-cut.ana.xml"
PARLAMINT_CONLLU = DATA / "parlamint-si-cut.conllu"


def teikit(*args, stdin: bytes | None = None, cwd: Path = ROOT):
    return subprocess.run([sys.executable, "-m", "teikit", *map(str, args)], cwd=cwd,
                          input=stdin, capture_output=True, timeout=300)
