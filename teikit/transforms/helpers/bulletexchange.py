"""An unlabeled interview printed as a bulleted list: each bullet holds one exchange, the
question and its answer on the same line ("• Did you expect it? “Not at all.”").

Local papers print short interviews so: a bullet (`•`, `·`, `▪` …) opens each line, the
question ends with a question mark and the answer follows on the line, most often between
quotation marks. When at least `MIN_EXCHANGES` bullet lines hold a question mark followed by
more words, and at least two thirds of the bullet lines do, each bullet line is cut after
its question: the question and the answer are unlabeled turns of their own. The answer
starts at the first question mark followed by an opening quotation mark, else after the
last question mark of the line (a question of two sentences, an answer without quotes).
Paragraphs before the first bullet (a lead) stay one turn; paragraphs after an answer (an
author box) stay in it, for the boilerplate pass to set apart.
"""
from __future__ import annotations

import re

from teikit.model import Paragraph, Text, Turn
from teikit.transforms.helpers.lines import first_text, joined, lines_of

MIN_EXCHANGES = 3
BULLET = re.compile(r"^[•·▪◦‣●■►][ \u00a0]+(?=\S)")
_QUOTED_ANSWER = re.compile(r"[?？][ \u00a0]+(?=[“«\"„‘'‹「『])")
_ANY_ANSWER = re.compile(r"[?？][ \u00a0]+(?=\S)")


def _one_line(paragraph) -> str | None:
    if not isinstance(paragraph, Paragraph):
        return None  # a caption or site line set apart inside the turn
    content = paragraph.content
    return content[0].text if len(content) == 1 and type(content[0]) is Text else None


def answer_start(text: str) -> int | None:
    """Where the answer starts on a bullet line, or None when the line is a question only."""
    quoted = _QUOTED_ANSWER.search(text)
    if quoted is not None:
        return quoted.end()
    last = None
    for last in _ANY_ANSWER.finditer(text):
        pass
    return last.end() if last is not None else None


def _units(paragraphs: list) -> list:
    """The paragraphs, a run of short bullet lines (read as one wrapped paragraph) cut back
    into its lines: each bullet is an item of its own."""
    out: list = []
    for para in paragraphs:
        lines = lines_of(para) if isinstance(para, Paragraph) else ()
        if len(lines) > 1 and all(BULLET.match(first_text(line)) for line in lines):
            out.extend(joined([line], para.line + n if para.line else 0) for n, line in enumerate(lines))
        else:
            out.append(para)
    return out


def bullet_exchange(turn: Turn) -> list[Turn] | None:
    """The unlabeled turn cut into question and answer turns, or None when it is no bulleted
    interview (too few bullets, or most bullets hold no answer: a list of points)."""
    units = _units(turn.paragraphs)
    bullets = [(n, text) for n, para in enumerate(units)
               if (text := _one_line(para)) is not None and BULLET.match(text)]
    cuts = {n: at for n, text in bullets if (at := answer_start(text)) is not None}
    if len(cuts) < MIN_EXCHANGES or 3 * len(cuts) < 2 * len(bullets):
        return None
    bulleted = {n for n, _ in bullets}
    turns: list[Turn] = []
    current: Turn | None = None
    for n, para in enumerate(units):
        if n in cuts:
            text, at = _one_line(para), cuts[n]
            question = Paragraph([Text(text[:at].rstrip())], para.line)
            answer = Paragraph([Text(text[at:])], para.line)
            turns.append(Turn(label=None, line=para.line, paragraphs=[question]))
            current = Turn(label=None, line=para.line, paragraphs=[answer])
            turns.append(current)
        elif current is None or n in bulleted:
            current = Turn(label=None, line=para.line, paragraphs=[para])
            turns.append(current)
        else:
            current.paragraphs.append(para)
    turns[0].lead_notes = turn.lead_notes
    return turns
