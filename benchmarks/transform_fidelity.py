"""Fidelity of `transform` on the fetched corpus of foreign TEI, per corpus, in words kept.

The measure of `tests/transform/test_fidelity.py` (the words of `<text>`, one reading of
each choice, against the words of the reading text and of the HTML `<main>` as innerText
gives them), over every file of `benchmarks/data/mixed/` (DraCor plays, ParlaMint and
Parla-CLARIN sessions, TEI Guidelines and TEI Stylesheets test files; fetched by
`benchmarks/fetch_validation_corpus.py`). Prints, per corpus, the share of words kept by
each view, then every file that loses a word with the first words it loses: the
exceptions to explain (see docs/transform.md, "Fidelity").

    .venv/bin/python benchmarks/transform_fidelity.py [FOLDER]
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.transform.test_fidelity import words_lost  # noqa: E402


def main(folder: Path) -> None:
    for corpus in sorted(p for p in folder.iterdir() if p.is_dir()):
        words = kept_text = kept_html = files = 0
        exceptions = []
        for path in sorted(p for p in corpus.iterdir() if p.is_file()):
            result = words_lost(path)
            if isinstance(result, str):
                exceptions.append(f"  {path.name}: {result[:100]}")
                continue
            n, text_loss, html_loss = result
            files += 1
            words += n
            kept_text += n - sum(text_loss.values())
            kept_html += n - sum(html_loss.values())
            if text_loss or html_loss:
                first = list((text_loss | html_loss).items())[:6]
                exceptions.append(f"  {path.name}: {n} words, text -{sum(text_loss.values())}, "
                                  f"html -{sum(html_loss.values())} {first}")
        if words:
            print(f"{corpus.name}: {files} files, {words} words, kept: text "
                  f"{kept_text / words:.3%}, html {kept_html / words:.3%}")
        print("\n".join(exceptions))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "benchmarks" / "data" / "mixed")
