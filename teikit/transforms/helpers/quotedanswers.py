"""An interview whose answers are printed as quotations (L212x).

Italian, French and German papers print an unlabeled interview's answers inside quotation
marks, each answer paragraph opening with `«` (or `“`, `„`, `"`), the questions bare:

    Perché nel libro Uffa è senza punto esclamativo?
    «Perché l'Uffa! originale era uno scatto nervoso …»
    È un'espressione che indica un certo snobismo?
    «La seconda che ha detto».

The unlabeled-interview rule (`qa_turns`) wants questions shorter than answers, so that a
speech's rhetorical questions are not read as an interview; short answers ("«Sì».") or a
capture cut inside an answer break that. When every paragraph that asks nothing, from the
first question on, opens with a quotation mark, the answers are marked as such, and their
length is no longer needed as evidence.
"""
from __future__ import annotations

_QUOTE_OPENINGS = ("«", "“", "„", '"', "»")  # (German prints »answer«)


def quoted_answers(texts: list[str], asks: list[bool]) -> bool:
    """`texts`: the paragraphs from the first question on; `asks`: which are questions.
    True when there are answers and each opens with a quotation mark."""
    answers = [t.lstrip() for t, a in zip(texts, asks) if not a]
    return bool(answers) and all(t.startswith(_QUOTE_OPENINGS) for t in answers)
