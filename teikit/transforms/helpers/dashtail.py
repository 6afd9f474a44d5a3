"""A dialogue-dash exchange after prose (P40n).

A radio script, a feature or a blog post may open with paragraphs of prose (a narrator's
talk, a reporter's lead) of any length and then print an exchange whose every paragraph opens
with a dialogue dash ("—¿Y por qué …?" / "—Porque …"). The interview rule of `qa_turns` lets
only a short lead stand before the first question; here the position says it: a run of at
least `MIN_DASH_TURNS` dash paragraphs that ends the turn, with questions among them, is one
turn per dash, and the prose before it stays one turn.
"""
from __future__ import annotations

import re

from teikit.model import LineBreak, Paragraph, Turn
from teikit.transforms.helpers.interviewlead import QUESTION_END
from teikit.transforms.helpers.lines import joined, line_text, lines_of

MIN_DASH_TURNS = 4
MIN_DASH_QUESTIONS = 2
# A dialogue dash opening a paragraph, spaced or glued to the first word ("- Sí." / "—¿Y …?").
_DASH, _SPEECH_START = r"^[-–—][ \u00a0]?", r"[^\W\d_]|[¿¡\"“«„]"
DIALOGUE_DASH = re.compile(rf"{_DASH}(?={_SPEECH_START})")
# ... or glued to a bracketed note of a word or more that opens the answer ("-(Risas). A ver,
# ...", P245l): in an interview whose every paragraph is dashed.
DIALOGUE_DASH_OR_NOTE = re.compile(rf"{_DASH}(?={_SPEECH_START}|[(\[][^\W\d_]{{2}})")


def _dashed(item) -> bool:
    return type(item) is Paragraph and DIALOGUE_DASH.match(line_text(item.content).lstrip()) is not None


def dash_tail(turn: Turn) -> list[Turn] | None:
    """The turn as its prose and one turn per dash paragraph of the exchange that ends it,
    or None when it does not end with such an exchange."""
    items = turn.paragraphs
    end = len(items)
    while end and type(items[end - 1]) is not Paragraph:
        end -= 1  # boilerplate kept after the exchange stays with its last turn
    start = end
    while start and _dashed(items[start - 1]):
        start -= 1
    run = items[start:end]
    if not start or any(_dashed(p) for p in items[:start]) or len(run) < MIN_DASH_TURNS:
        return None
    if sum(QUESTION_END.search(line_text(p.content)) is not None for p in run) < MIN_DASH_QUESTIONS:
        return None
    out = [Turn(label=None, line=turn.line, paragraphs=list(items[:start]), lead_notes=turn.lead_notes)]
    out += [Turn(label=None, line=p.line, paragraphs=[p]) for p in run]
    out[-1].paragraphs.extend(items[end:])
    return out


def dash_answer_lines(turn: Turn) -> list[Turn] | None:
    """A question line and, on the next line of the same paragraph, its answer opened by a
    dialogue dash (P41n: "…на взгляд губернатора?" / "- А разве …"): the question and the
    answer are two turns, the paragraphs before the first question one turn of their own (a
    lead), and each answer runs on to the next paragraph that holds such a question. None when
    no paragraph holds a question line over a dash line."""
    out: list[Turn] = [Turn(label=None, line=turn.line, lead_notes=turn.lead_notes)]
    found = False
    for item in turn.paragraphs:
        cut = _answer_cut(item)
        if cut is None:
            out[-1].paragraphs.append(item)
            continue
        found = True
        lines = lines_of(item)
        question = joined(lines[:cut], item.line)
        answer = joined(lines[cut:], item.line + cut if item.line else 0)
        out.append(Turn(label=None, line=question.line, paragraphs=[question]))
        out.append(Turn(label=None, line=answer.line, paragraphs=[answer]))
    if not found:
        return None
    if not out[0].paragraphs:
        out[1].lead_notes, out = out[0].lead_notes, out[1:]
    return out


def _answer_cut(item) -> int | None:
    """Index of the dash line that answers the question line above it, the question opening
    the paragraph."""
    if type(item) is not Paragraph or not any(type(i) is LineBreak for i in item.content):
        return None
    texts = [line_text(line).strip() for line in lines_of(item)]
    if DIALOGUE_DASH.match(texts[0]):
        return None
    for n in range(1, len(texts)):
        if DIALOGUE_DASH.match(texts[n]) and QUESTION_END.search(texts[n - 1]):
            return n
    return None

