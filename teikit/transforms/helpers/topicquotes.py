"""Topic lines over unlabeled quoted answers (T580a).

A forum or blog report of a press conference prints each answer as quoted lines, every
paragraph reopened by a double quote, under a short topic line of the poster's own
(`Early team news`, `Dinner with Sir Alex`, `Verdict on the tie so far`): a summary of the
reporter's question, most often not a question at all. The topic lines are headings, not
speech; each answer under one is an unlabeled turn of its own. The sibling rule L212x
(`quotedanswers`) reads the same page when the bare lines ask (most end with a question mark
or trail off): those are the reporters' turns.
"""
from __future__ import annotations

from teikit.model import Heading, Paragraph, Turn
from teikit.transforms.helpers.lines import line_text, lines_of
from teikit.transforms.helpers.quotedanswers import QUOTE_OPENINGS

# A topic line is short, and there are several of them, each right over a quoted answer.
MAX_TOPIC_WORDS = 12
MIN_TOPICS = 4
_ASKING_ENDS = ("?", "？", "…", "...")
_SENTENCE_ENDS = (".", "!", ";", ",", "»", "”", '"')


def split_at_topic_lines(turn: Turn) -> list | None:
    """The unlabeled turn cut into headings (its topic lines) and one unlabeled turn per run of
    quoted lines (each line a paragraph); None when the turn is not so printed: every line
    either opens with a quotation mark or is a topic line (at most `MAX_TOPIC_WORDS` words,
    no sentence end), the first a topic line, at least `MIN_TOPICS` topic lines right over a
    quoted line, and fewer than half of the topic lines asking."""
    lines: list[tuple[str, int, list]] = []
    for item in turn.paragraphs:
        if type(item) is not Paragraph:
            return None
        lines += [(line_text(items), item.line + n, items) for n, items in enumerate(lines_of(item))]
    quoted = [text.lstrip().startswith(QUOTE_OPENINGS) for text, _, _ in lines]
    if not lines or quoted[0] or not all(q or _topic_line(text) for (text, _, _), q in zip(lines, quoted)):
        return None
    topics = [text.strip() for (text, _, _), q in zip(lines, quoted) if not q]
    over_answers = sum(1 for n in range(len(lines) - 1) if not quoted[n] and quoted[n + 1])
    if over_answers < MIN_TOPICS or 2 * sum(t.endswith(_ASKING_ENDS) for t in topics) >= len(topics):
        return None
    out: list = []
    for (text, line, items), q in zip(lines, quoted):
        if not q:
            out.append(Heading(text.strip(), level=2))
            continue
        if not out or type(out[-1]) is not Turn:
            out.append(Turn(label=None, line=line))
        out[-1].paragraphs.append(Paragraph(list(items), line))
    if type(out[-1]) is not Turn:
        return None  # a topic line last: the capture stops before its answer, keep as printed
    first = next(b for b in out if type(b) is Turn)
    first.lead_notes = turn.lead_notes
    return out


def _topic_line(text: str) -> bool:
    text = text.strip()
    return 0 < len(text.split()) <= MAX_TOPIC_WORDS and not text.endswith(_SENTENCE_ENDS)

