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


TEI_ALL = ROOT / "teikit" / "data" / "tei_all.rng"


def jing_errors(named: dict[str, bytes], schema: Path = TEI_ALL) -> dict[str, list[str]]:
    """jing's own verdicts (not teikit's validator): file name -> error messages."""
    from teikit.validate.jing import run
    results = run(schema, list(named.items()))
    return {name: [str(d) for d in diags if d.severity in ("error", "fatal")]
            for name, diags in results.items()}
