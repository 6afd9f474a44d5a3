"""Fidelity on the large corpus of foreign TEI that `benchmarks/fetch_validation_corpus.py`
assembles in `benchmarks/data/mixed/` (DraCor, ParlaMint and Parla-CLARIN, TEI Guidelines
and TEI Stylesheets test files; ~230 files, too large to keep in the repository): for each
corpus, the reading text and the HTML `<main>` keep >= 99.9 % of the words of `<text>`
(the measure of `test_fidelity.py`). The files that lose words, and why, are listed in
docs/transform.md ("Fidelity"); `benchmarks/transform_fidelity.py` prints them. Skipped
when the corpus has not been fetched."""
from __future__ import annotations

from pathlib import Path

import pytest

from .test_fidelity import words_lost

ROOT = Path(__file__).resolve().parents[2]
MIXED = ROOT / "benchmarks" / "data" / "mixed"
CORPORA = sorted(p for p in MIXED.iterdir() if p.is_dir()) if MIXED.is_dir() else []


@pytest.mark.skipif(not CORPORA, reason="benchmarks/data/mixed not fetched "
                    "(python benchmarks/fetch_validation_corpus.py --set mixed)")
@pytest.mark.parametrize("corpus", CORPORA, ids=lambda p: p.name)
def test_every_corpus_keeps_at_least_999_per_mille_of_its_words(corpus):
    words = lost_text = lost_html = 0
    losses = []
    for path in sorted(p for p in corpus.iterdir() if p.is_file()):
        result = words_lost(path)
        if isinstance(result, str):  # no <text> (a corpus root, sourceDoc only)
            continue
        n, text_loss, html_loss = result
        words += n
        lost_text += sum(text_loss.values())
        lost_html += sum(html_loss.values())
        if text_loss or html_loss:
            losses.append(f"{path.name}: text {dict(text_loss)} html {dict(html_loss)}"[:200])
    assert words > 10_000
    for view, lost_words in (("reading text", lost_text), ("HTML", lost_html)):
        assert (words - lost_words) / words >= 0.999, (
            f"{corpus.name}: the {view} keeps {(words - lost_words) / words:.3%} of {words} "
            "words:\n" + "\n".join(losses))
