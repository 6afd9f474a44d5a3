"""Pass `learned_starts`: turn starts the rules missed, added by a small learned score (T570a).

Only where the document's own evidence says the rules failed (the gate of
`helpers/turnstartweights.py`: e.g. they found no printed label, or opened fewer turns than
the document has question lines) may a line the rules left inside a turn open a new,
unlabeled turn, when a logistic score of its features (`helpers/linefeatures.py`: its shape,
the paragraph and document around it, the rules' own verdict) reaches the threshold ADD.
It never removes a turn the rules opened, and never touches a document the gate keeps closed.
The weights, the gate and ADD are written by `tools/line_gate.py --write` (trained on the
development sets, chosen leave-one-set-out inside them: docs/learned-turn-starts.md).
"""
from __future__ import annotations

import math
import re
from dataclasses import replace

from teikit.model import LineBreak, Paragraph, Text, Transcript, Turn
from teikit.transforms.helpers import turnstartweights as learned
from teikit.transforms.helpers.linefeatures import NAMES, document_evidence, document_features, gate_opens

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
            open_turns(doc, starts, lines)


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


def open_turns(doc: Transcript, starts: set[int], lines: list[str]) -> None:
    """Each turn cut before its paragraphs (or lines of a paragraph) at the 1-based `starts`;
    the pieces are unlabeled turns, as the interview rules make them (qa_turns)."""
    blocks: list = []
    for block in doc.blocks:
        if isinstance(block, Turn):
            blocks.extend(_cut(block, starts, lines))
        else:
            blocks.append(block)
    doc.blocks[:] = blocks


def _cut(turn: Turn, starts: set[int], lines: list[str]) -> list[Turn]:
    out = [turn]
    items, turn.paragraphs = turn.paragraphs, []
    for item in items:
        pieces = _split_lines(item, starts, lines) if type(item) is Paragraph and item.line else [item]
        for piece in pieces:
            opens = piece is not pieces[0] or (type(piece) is Paragraph and piece.line in starts)
            if opens and out[-1].paragraphs:
                out.append(Turn(label=None, line=piece.line))
            out[-1].paragraphs.append(piece)
    return out


def _split_lines(paragraph: Paragraph, starts: set[int], lines: list[str]) -> list[Paragraph]:
    """The paragraph cut at its line breaks before the lines in `starts`; a line is cut only
    when its text is the source line's (a paragraph joined across blank lines is left whole)."""
    content, cuts, line = paragraph.content, [], paragraph.line
    for k, item in enumerate(content):
        if type(item) is not LineBreak:
            continue
        line += 1
        after = content[k + 1] if k + 1 < len(content) else None
        key = after.text.strip()[:_KEY_CHARS] if type(after) is Text else ""
        if line in starts and key and line <= len(lines) and lines[line - 1].strip().startswith(key):
            cuts.append((k, line))
    if not cuts:
        return [paragraph]
    out, begin, first = [], 0, paragraph.line
    for k, at in cuts:
        out.append(replace(paragraph, content=content[begin:k], line=first))
        begin, first = k + 1, at
    out.append(replace(paragraph, content=content[begin:], line=first))
    return out


PASS = LearnedStartsPass()
