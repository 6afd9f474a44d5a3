"""Questions run on into their answers, line by line (P340a).

A news site or a forum repost prints an unlabeled interview with each question and its answer
on one line: `Wie kam sie denn zustande? In den ersten 20 Minuten haben wir gut gespielt. …`.
No paragraph ends with a question mark, so the unlabeled-interview rule (`qa_turns`) sees
none. When at least `MIN_FUSED` paragraphs, and most of them, open with a question (at most
`MAX_FUSED_QUESTION_WORDS` words up to the first question mark) followed by a space, or glued
(a lost line break), and an answer of `MIN_ANSWER_WORDS` words or more opening with a capital,
each of those paragraphs is cut after its question. On such a page a paragraph whose first
sentence trails off with an ellipsis before the answer's capital (`Und der Gegner hatte auch
keinen schlechten Tag ... Das Spiel …`) is a question printed without its mark and is cut
there too. The cut paragraphs then go to the interview rule, whose own evidence (questions
shorter than answers) still has to hold. A speech that asks and answers itself now and then
(`Why does it matter? Because …`) opens few of its paragraphs so.

Most paragraphs counts from the first fused one on, and the interview rule then takes any
number of paragraphs above the first question as the lead (T2462m): a magazine's page prints
its index box, teasers and a standfirst over the interview, more than the three paragraphs of
lead an unmarked interview may have.
"""
from __future__ import annotations

import re

from teikit.model import Paragraph, Text, Turn
from teikit.transforms.helpers.gluedlabels import cut_paragraph

MIN_FUSED = 3
MAX_FUSED_QUESTION_WORDS = 40
MIN_ANSWER_WORDS = 3
# the first question mark (closing quotes after it), then a space or nothing, then a capital
# (or two apostrophes, an Italian site's typed quotation mark: "… chi è? ''Signor D è …", L772c)
_QUESTION_CUT = re.compile(r"[?？][\"”»’)]*(?:[ \u00a0]+|(?=[^\W\d_]))(?=(?:[\"“«„]|'')?[^\W\d_])")
# an ellipsis that ends a first sentence, then a space and a capital
_TRAILING_CUT = re.compile(r"(?:\.\.\.|…)[ \u00a0]+(?=[\"“«„]?[^\W\d_])")


def split_fused_questions(turn: Turn) -> Turn | None:
    """The turn with each fused question cut from its answer into a paragraph of its own, or
    None when the turn's paragraphs are not fused questions and answers (see the module)."""
    items = turn.paragraphs
    paragraphs = [p for p in items if _plain(p)]
    cuts = {id(p): at for p in paragraphs if (at := _cut(p.content[0].text, _QUESTION_CUT)) is not None}
    # most paragraphs from the first fused one on: a page's box and lead above the interview
    # (teasers, a heading, a standfirst) do not count against it (T2462m)
    first = next((k for k, p in enumerate(paragraphs) if id(p) in cuts), 0)
    if len(cuts) < MIN_FUSED or 2 * len(cuts) <= len(paragraphs) - first:
        return None
    for p in paragraphs:
        if id(p) not in cuts and (at := _cut(p.content[0].text, _TRAILING_CUT)) is not None:
            cuts[id(p)] = at
    out: list = []
    for item in items:
        at = cuts.get(id(item))
        # the pieces keep the space between question and answer, or that there was none
        out += cut_paragraph(item, {id(item.content[0]): [at]}) if at is not None else [item]
    return Turn(label=None, line=turn.line, paragraphs=out, lead_notes=turn.lead_notes)


def _plain(item) -> bool:
    return type(item) is Paragraph and len(item.content) == 1 and type(item.content[0]) is Text


def _cut(text: str, pattern: re.Pattern) -> int | None:
    """Where the question ends and the answer starts, when the text opens with a question that
    is short enough and an answer long enough follows it."""
    m = pattern.search(text)
    if m is None or not text[:1].isupper() and text[:1] not in "\"“«„¿¡":
        return None
    question, answer = text[:m.end()], text[m.end():]
    if len(question.split()) > MAX_FUSED_QUESTION_WORDS or len(answer.split()) < MIN_ANSWER_WORDS \
            or not answer.lstrip("\"“«„'")[:1].isupper():
        return None
    return m.end()
