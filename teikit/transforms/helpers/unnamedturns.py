"""Turns without a name: the ">>" that closed captions print at each change of speaker
(">> Tom Smith: How are you?", ">> Yes."), and dialogue printed with a dash before each
turn ("- Question?" / "- Answer."), as Russian and French interviews print it after a
lead paragraph. `split_caption_turns` and `split_dash_turns` make each such line open a
paragraph; the labels pass then opens a turn there (`opens_unnamed_turn`), with the label
that follows the mark or without one.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import Paragraph, Transcript
from teikit.transforms.helpers.dashexchange import dialogue_body, short_exchange
from teikit.transforms.helpers.greetedexchange import greeting_exchange
from teikit.transforms.helpers.lines import first_text, joined, line_text, lines_of
from teikit.transforms.helpers.nameheadings import MIN_DASHED_UNDER, heading_over_dashes
from teikit.transforms.helpers.runon import line_pieces, split_apart
from teikit.transforms.helpers.shapes import SENTENCE_END


# Closed captions mark each change of speaker with ">>" (often followed by "Name:").
CAPTION_MARK = re.compile(r"(?:^|(?<=\s))>>[ \t\u00a0]+(?=\S)")
# A document with fewer marks than this does not print captions (a ">>" is a link arrow).
MIN_CAPTION_MARKS = 2


def split_caption_turns(doc: Transcript, plain: list[tuple[Paragraph, str]]) -> bool:
    """Split one-line paragraphs before every caption mark inside them, when the document
    prints at least `MIN_CAPTION_MARKS` marks, one of them at the start of a line; True
    when it does (each mark then opens a turn, with a label or without). `plain`:
    `one_line_paragraphs(doc)`, brought up to date with the split."""
    texts = [(at, b, text) for at, (b, text) in enumerate(plain) if ">>" in text]
    marks = [m for _, _, text in texts for m in CAPTION_MARK.finditer(text)]
    if len(marks) < MIN_CAPTION_MARKS or not (any(m.start() == 0 for m in marks) or _run_on_captions(texts, marks)):
        return False
    split: dict[int, tuple[int, list]] = {}
    for at, block, text in texts:
        cuts = [m.start() for m in CAPTION_MARK.finditer(text) if m.start()]
        if cuts:
            split[id(block)] = (at, line_pieces(text, cuts, block.line))
    split_apart(doc, plain, split)
    return True


# Captions run on inside lines (a minute line cuts them anywhere) print at least this many
# marks, each after the end of a sentence.
MIN_RUN_ON_MARKS = 3


def _run_on_captions(texts: list, marks: list) -> bool:
    """Every mark follows a punctuation mark (". >> it is time ..."), and there are at least
    `MIN_RUN_ON_MARKS`: captions that no line break separates, as archived TV captions print
    them between minute lines; a link arrow ("More >>") ends its line and is no mark."""
    if len(marks) < MIN_RUN_ON_MARKS:
        return False
    ends = [SENTENCE_END.search(text[:m.start()].rstrip()) for _, _, text in texts
            for m in CAPTION_MARK.finditer(text) if m.start()]
    return all(ends)


# Dialogue printed with a dash before each turn and no names ("- Question?" / "- Answer."),
# as Russian and French interviews print it after a lead paragraph. Some blog editors print
# the dash as a combining long stroke overlay (U+0336) with nothing under it: the stroke
# plays the dash (L1820j).
TURN_DASHES = "-–—\u0336"
DASH_TURN = re.compile(r"^[-–—\u0336][ \u00a0]+(?=\S)")
MIN_DASH_TURNS = 4
MIN_LEAD_WORDS = 8
QUESTION_END = re.compile(r"[?？][\"”»’)]*$")


def split_dash_turns(doc: Transcript, lines: list[str], labelled, lex: Lexicon | None = None) -> bool:
    """True when the document is an interview printed as dashed turns; each line opening
    with a dash then starts a paragraph of its own (and the labels pass a turn). The
    evidence: at least `MIN_DASH_TURNS` such lines, at least two of them questions and two
    not (an exchange, not a list of points), a lead paragraph of prose before the first of
    them (a list's dashes follow a heading, an interview's follow its lead), and no speaker
    label anywhere (`labelled()`: dashes in a labelled text are lists or pauses); or a short
    exchange after an interview's lead (`dashexchange.short_exchange`). `lines`:
    the first text of every line of the document's paragraphs, in reading order."""
    dashed = [text for text in lines if text[:1] in TURN_DASHES and DASH_TURN.match(text)]
    questions = sum(1 for text in dashed if QUESTION_END.search(text.rstrip()))
    exchange = len(dashed) >= MIN_DASH_TURNS and questions >= 2 and len(dashed) - questions >= 2 and _has_lead(doc)
    if not exchange and len(dashed) >= MIN_DASH_TURNS and lines and lines[0] is dashed[0]:
        exchange = _opening_exchange(lines)
    if not exchange and len(dashed) >= MIN_DASHED_UNDER:  # "Name, role:" right above the first dash (L194u)
        exchange = heading_over_dashes(lines, _is_dash_turn)
    exchange = exchange or greeting_exchange(dashed, lex, QUESTION_END.search)  # "– Здравствуйте, …" / "– Здравствуйте, …" (T2240l)
    if not exchange and not (dashed and lex is not None and short_exchange(doc, dashed, QUESTION_END.search, lex)) \
            and not dialogue_body(lines, lambda text: text[:1] in TURN_DASHES and DASH_TURN.match(text) is not None) \
            or labelled():
        return False
    out: list = []
    for block in doc.blocks:
        lines = lines_of(block) if isinstance(block, Paragraph) and len(block.content) > 1 else None
        cuts = [i for i, line in enumerate(lines or ()) if i and DASH_TURN.match(first_text(line))]
        if not cuts:
            out.append(block)
            continue
        for start, end in zip([0] + cuts, cuts + [len(lines)]):
            out.append(joined(lines[start:end], block.line + start if block.line else 0))
    doc.blocks = out
    return True


def _is_dash_turn(text: str) -> bool:
    return text[:1] in TURN_DASHES and DASH_TURN.match(text) is not None


def _opening_exchange(lines: list[str]) -> bool:
    """A page that opens with a dashed turn (a capture or a book page that starts inside an
    interview, so there is no lead) is an exchange when its turns, read to their last line
    (hard-wrapped lines go on without a dash), hold a question and at least two answers."""
    ends: list[str] = []  # the last line of each dashed turn
    for text in lines:
        if text[:1] in TURN_DASHES and DASH_TURN.match(text):
            ends.append(text)
        elif ends:
            ends[-1] = text
    questions = sum(1 for text in ends if QUESTION_END.search(text.rstrip()))
    return questions >= 1 and len(ends) - questions >= 2


# The first characters of a line that opens an unnamed turn (a caption mark, a dash): a
# cheap test before the call, for the many lines that open with a word.
UNNAMED_STARTS = ">" + TURN_DASHES


def opens_unnamed_turn(text: str, captions: bool, dashes: bool) -> bool:
    """In a document of caption turns or of dashed turns (`split_caption_turns`,
    `split_dash_turns`), the line opens a turn of its own; the first characters are compared
    before the patterns run."""
    return (captions and text.startswith(">>") and CAPTION_MARK.match(text) is not None) or (
        dashes and text[:1] in TURN_DASHES and DASH_TURN.match(text) is not None)


def _has_lead(doc: Transcript) -> bool:
    for block in doc.blocks:
        if not isinstance(block, Paragraph):
            continue
        text = line_text(block.content)
        if DASH_TURN.match(text):
            return False
        if len(text.split()) >= MIN_LEAD_WORDS and SENTENCE_END.search(text):
            return True
    return False
