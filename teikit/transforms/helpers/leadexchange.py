"""An unlabeled exchange under a long page header (P191u).

A fan site or a news page prints its headline, deck, lead, video links and a heading, then
the press conference as questions and answers without labels, a paragraph (or a line) each:

    Di seguito le parole del mister.
    LA CONFERENZA STAMPA
    Come sta la squadra?
    Bene, abbiamo lavorato molto.
    Chi gioca domenica?
    Decido domani.

The interview rule of `qa_turns` lets at most three paragraphs stand before the first
question, so a page's furniture above it hides the exchange. Here the order is the evidence,
wherever the first question stands: from it to the end, paragraphs that end with a question
mark and paragraphs that do not alternate one by one, at least `MIN_QUESTIONS` questions, each
shorter than the answer after it. A speech's rhetorical questions are not answered one by one
by longer paragraphs to its end. What comes before the first question is the writer's lead:
summary lines of the header (`dashedquestions.writers_lead`).
"""
from __future__ import annotations

from teikit.model import Paragraph, Turn
from teikit.transforms.helpers.dashedquestions import one_turn_each
from teikit.transforms.helpers.interviewlead import QUESTION_END
from teikit.transforms.helpers.lines import line_text

MIN_QUESTIONS = 3
MAX_QUESTION_WORDS = 80


def lead_exchange(turn: Turn) -> list[Turn] | None:
    """The turn as its lead and one turn per question and per answer, or None."""
    items = turn.paragraphs
    paragraphs = [p for p in items if type(p) is Paragraph]
    texts = [line_text(p.content).strip() for p in paragraphs]
    asks = [QUESTION_END.search(t) is not None for t in texts]
    first = next((n for n, a in enumerate(asks) if a), None)
    if not first:
        return None  # no question, or none after a lead (the interview rule's case)
    body, kinds = texts[first:], asks[first:]
    if any(k != (n % 2 == 0) for n, k in enumerate(kinds)) or sum(kinds) < MIN_QUESTIONS:
        return None
    for n in range(0, len(body) - 1, 2):
        words = len(body[n].split())
        if words > MAX_QUESTION_WORDS or words >= len(body[n + 1].split()):
            return None
    return one_turn_each(turn, items, paragraphs[first])
