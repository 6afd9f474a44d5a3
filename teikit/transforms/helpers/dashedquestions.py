"""Questions opened by a dialogue dash, answers printed plain (P190u).

A forum post or a fan page prints a press conference with a dash before each question and
none before the answers:

    - How is the knee?
    Better, I trained today.
    - Will you play on Sunday?
    We will see tomorrow.

The dash rules of `unnamedturns` read a dash before every turn; the interview rule of
`qa_turns` lets only a short lead stand before the first question. Here the alternation is
the evidence, wherever the exchange starts on the page: from the first dashed paragraph on,
dashed and plain paragraphs alternate one by one, at least `MIN_DASHED` dashed ones, most of
them ending with a question mark and few plain ones doing so. Each dashed paragraph is then
a question's turn and each plain one an answer's; what comes before the first question (a
lead, a page's furniture) is the writer's, not speech: summary lines of the header
(`writers_lead`, as `interviewlead.lead_as_summary` reads a lead under a header that
names an interview).
A dashed line inside a paragraph (under lines of a page that no blank line separates from
it) opens its own paragraph.
"""
from __future__ import annotations

from teikit.model import Boilerplate, HeaderKind, HeaderLine, LineBreak, Paragraph, Text, Turn
from teikit.transforms.helpers.dashtail import DIALOGUE_DASH
from teikit.transforms.helpers.interviewlead import QUESTION_END
from teikit.transforms.helpers.lines import joined, line_text, lines_of

MIN_DASHED = 3
# Of the dashed paragraphs, at least this share ends with a question mark (a capture may cut
# the last question, a question may end in a statement); of the plain ones at most the rest.
MIN_QUESTION_SHARE = 2 / 3


def _is_dashed(text: str) -> bool:
    return text[:1] in "-–—" and DIALOGUE_DASH.match(text) is not None


def _cut_dashed_lines(items: list) -> list:
    """The items with each paragraph cut before a dashed line that is not its first."""
    out: list = []
    for item in items:
        if type(item) is not Paragraph or not any(type(i) is LineBreak for i in item.content):
            out.append(item)
            continue
        lines = lines_of(item)
        cuts = [n for n, line in enumerate(lines) if n and _is_dashed(line_text(line).lstrip())]
        if not cuts:
            out.append(item)
            continue
        for start, end in zip([0] + cuts, cuts + [len(lines)]):
            out.append(joined(lines[start:end], item.line + start if item.line else 0))
    return out


def dashed_questions(turn: Turn) -> list[Turn] | None:
    """The turn as its lead and one turn per question and per answer, or None when its
    paragraphs are not dashed questions over plain answers."""
    items = _cut_dashed_lines(turn.paragraphs)
    paragraphs = [p for p in items if type(p) is Paragraph]
    texts = [line_text(p.content).strip() for p in paragraphs]
    dashed = [_is_dashed(t) for t in texts]
    first = next((n for n, d in enumerate(dashed) if d), None)
    if first is None:
        return None
    body, kinds = texts[first:], dashed[first:]
    # one by one: a dashed paragraph, a plain one, ... (the last may be either)
    if any(k != (n % 2 == 0) for n, k in enumerate(kinds)):
        return None
    questions = [t for t, k in zip(body, kinds) if k]
    answers = [t for t, k in zip(body, kinds) if not k]
    asked = sum(1 for t in questions if QUESTION_END.search(t))
    if len(questions) < MIN_DASHED or len(answers) < MIN_DASHED - 1 or asked < MIN_QUESTION_SHARE * len(questions):
        return None
    if sum(1 for t in answers if QUESTION_END.search(t)) > (1 - MIN_QUESTION_SHARE) * len(answers):
        return None
    return one_turn_each(turn, items, paragraphs[first])


def one_turn_each(turn: Turn, items: list, opening: Paragraph) -> list:
    """What comes before `opening`, as the writer's lines (`writers_lead`), and one turn per
    paragraph from `opening` on (a site line stays with the turn above it)."""
    out: list[Turn] = []
    lead: list = []
    for item in items:
        if item is opening or (out and type(item) is Paragraph):
            out.append(Turn(label=None, line=item.line))
        (out[-1].paragraphs if out else lead).append(item)
    if not lead:
        out[0].lead_notes = turn.lead_notes
        return out
    header = writers_lead(lead) if not turn.lead_notes else None
    if header is not None:
        return header + out
    return [Turn(label=None, line=turn.line, lead_notes=turn.lead_notes, paragraphs=lead), *out]


def writers_lead(items: list) -> list | None:
    """The paragraphs before an exchange's first question as summary lines of the header, a
    line each, the site lines among them kept as they are; None when one holds more than
    words (a note, an event), and the lead stays a turn."""
    out: list = []
    for item in items:
        if type(item) is Boilerplate:
            out.append(item)
        elif type(item) is Paragraph and all(type(i) is Text or type(i) is LineBreak for i in item.content):
            out += [HeaderLine(kind=HeaderKind.SUMMARY, text=line_text(line), line=item.line + n if item.line else 0)
                    for n, line in enumerate(lines_of(item)) if line_text(line).strip()]
        else:
            return None
    return out
