"""Pass `learned_starts`: turn starts the rules missed, added by a small learned score (T570a).

Only where the document's own evidence says the rules failed (the gate of
`helpers/turnstartweights.py`: e.g. they found no printed label, or opened fewer turns than
the document has question lines) may a paragraph the rules left inside a turn open a new,
unlabeled turn, when a logistic score of its features (`helpers/linefeatures.py`: its shape,
the paragraph and document around it, the rules' own verdict) reaches the threshold ADD.
It never removes a turn the rules opened, and never touches a document the gate keeps closed.
The weights, the gate and ADD are written by `tools/line_gate.py --write` (trained on the
development sets, chosen leave-one-set-out inside them: docs/learned-turn-starts.md).
"""
from __future__ import annotations

import math
import re

from teikit.model import Paragraph, Text, Transcript, Turn
from teikit.transforms.helpers import turnstartweights as learned
from teikit.transforms.helpers.linefeatures import document_evidence, document_features, gate_opens

# What may come before a turn's label (or first words) on the line it opens: numbers,
# brackets, dashes, a timestamp; no letter.
_NO_LETTER = re.compile(r"^[\W\d_]*$")
# How much of a label or of the first words is looked for on the line.
_KEY_CHARS = 20
# How many lines from its recorded line a turn's printed line may be.
_NEAR = 2


class LearnedStartsPass:
    name = "learned_starts"
    after = ("qa_turns",)

    def apply(self, doc: Transcript, ctx) -> None:
        lines = doc.source_lines
        if not lines or not learned.WEIGHTS or not any(isinstance(b, Turn) for b in doc.blocks):
            return
        rule = rule_verdict(doc, lines)
        if not gate_opens(learned.GATE, learned.GATE_THRESHOLD, document_evidence(lines, rule)):
            return
        starts = {n + 1 for n, vector in document_features(lines, rule)
                  if n not in rule and probability(vector) >= learned.ADD}
        if starts:
            open_turns(doc, starts)


def probability(vector: list[float]) -> float:
    """The logistic score of one line's features (pure Python: a dot product, a logistic)."""
    z = learned.BIAS + math.fsum(w * x for w, x in zip(learned.WEIGHTS, vector))
    return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


def rule_verdict(doc: Transcript, lines: list[str]) -> dict[int, bool]:
    """{0-based line: labelled} of the turns that open their printed line, read as the training
    tools read them from the text: the label (or the first words) with no letter before it on
    a line near the turn's recorded one (which is the paragraph's, or off by the margin
    numbers a typescript prints), in order."""
    verdict: dict[int, bool] = {}
    cursor = 0
    for turn in doc.turns():
        first = next((p for p in turn.paragraphs if type(p) is Paragraph and p.line), None)
        line = turn.line if turn.label is not None or first is None else first.line
        key = (turn.label or _first_words(first)).strip()[:_KEY_CHARS]
        if not key or not 0 < line <= len(lines):
            continue
        for n in range(max(cursor, line - 1 - _NEAR), min(len(lines), line + _NEAR)):
            at = lines[n].find(key)
            if at >= 0 and _NO_LETTER.match(lines[n][:at]):
                verdict[n] = verdict.get(n, False) or turn.label is not None
                cursor = n + 1
                break
    return verdict


def _first_words(paragraph: Paragraph | None) -> str:
    if paragraph is None:
        return ""
    return next((i.text for i in paragraph.content if type(i) is Text and i.text.strip()), "")


def open_turns(doc: Transcript, starts: set[int]) -> None:
    """Each turn cut before its paragraphs that begin at the 1-based `starts`; the pieces are
    unlabeled turns, as the interview rules make them (qa_turns). A line inside a paragraph
    opens nothing: the reader joined it to the lines above as one hard-wrapped paragraph, and
    the interview rules refuse to cut such lines on purpose (P33t)."""
    blocks: list = []
    for block in doc.blocks:
        if isinstance(block, Turn):
            blocks.extend(_cut(block, starts))
        else:
            blocks.append(block)
    doc.blocks[:] = blocks


def _cut(turn: Turn, starts: set[int]) -> list[Turn]:
    out = [turn]
    items, turn.paragraphs = turn.paragraphs, []
    for item in items:
        if type(item) is Paragraph and item.line in starts and out[-1].paragraphs:
            out.append(Turn(label=None, line=item.line))
        out[-1].paragraphs.append(item)
    return out


PASS = LearnedStartsPass()
