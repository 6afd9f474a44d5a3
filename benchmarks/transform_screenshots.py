"""Screenshots of the HTML reading view for docs/img/ (headless Chromium, see
tests/transform/browser_support.py).

    .venv/bin/python benchmarks/transform_screenshots.py

docs/img/html-seed.png: a seed transcript from corpus/seeds, converted with teikit.convert;
docs/img/html-foreign-play.png: a DraCor play from tests/data/foreign;
docs/img/html-structure-*.png: the structure test files (notes, readings, drama, front
matter and languages, tables and lists) of tests/data/transform/structure.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from teikit.transform_api import transform  # noqa: E402
from tests.transform.browser_support import screenshot  # noqa: E402

SEED = ROOT / "corpus" / "seeds" / "004_bd4c8dd8c497f38f.txt"
PLAY = ROOT / "tests" / "data" / "foreign" / "dracor-menander-dyskolos.xml"
STRUCTURE = ROOT / "tests" / "data" / "transform" / "structure"


def seed_tei() -> bytes:
    from teikit import convert
    return convert(SEED.read_bytes(), SEED.name).tei


def main() -> None:
    out = ROOT / "docs" / "img"
    with tempfile.TemporaryDirectory() as tmp:
        jobs = [("html-foreign-play.png", PLAY.read_bytes())]
        jobs += [(f"html-structure-{p.name.split('.')[0]}.png", p.read_bytes())
                 for p in sorted(STRUCTURE.glob("*.tei.xml"))]
        try:
            jobs.append(("html-seed.png", seed_tei()))
        except ImportError:
            print("teikit.convert is not available yet: no seed screenshot", file=sys.stderr)
        for png, tei in jobs:
            page = Path(tmp) / (png[:-4] + ".html")
            page.write_text(transform(tei, to="html"), encoding="utf-8")
            screenshot(page, out / png)
            print(f"wrote {out / png}")


if __name__ == "__main__":
    main()
