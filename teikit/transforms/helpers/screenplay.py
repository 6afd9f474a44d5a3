"""A screenplay or teleplay without sluglines (L1401i): a character's name alone on its line in
capitals, a parenthetical under it, the dialogue, and action lines between the speeches.

    DAVID
    (beat)
    The ferry didn't run.

    She turns back to the window.

A remark in lower case in brackets alone on its line inside a paragraph of speech ("(beat)",
"(quietly)", "(un temps)") says how the words are spoken: a stage event, as the remark that
opens a line (E371a). A text is a screenplay when its speakers' names stand alone over their
dialogue (the speech on the next line) and at least two speeches open with such a remark, or a
name carries a voice extension ("MARTHA (V.O.)"); then a paragraph after a speech's first,
which a screenplay never gives the dialogue (its dialogue runs in one block under the name), is
action: a stage note, no speech. A transcript printed with names alone over paragraphs that
do not open with remarks is left as it is.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import Event, LineBreak, Paragraph, StageNote, Text, Transcript
from teikit.transforms.helpers.alonelabels import voice_name
from teikit.transforms.helpers.openingremarks import MAX_REMARK_WORDS

# A remark alone on its line: a lower-case word first, no digit, colon or bracket inside.
_REMARK_LINE = re.compile(r"^(\s*)(\([^\W\d\s_A-ZÀ-ÞА-Я][^()\[\]:\d\n]{0,80}\))(\s*)$")
MIN_OPENING_REMARKS = 2
MIN_SCREENPLAY_TURNS = 3


def mark_screenplay(doc: Transcript, lex: Lexicon) -> None:
    """Remark lines as stage events; in a screenplay, action paragraphs as stage notes."""
    turns = doc.turns()
    for turn in turns:
        _remark_lines(turn.paragraphs)
    if _screenplay(turns, sum(_opens_with_remark(turn) for turn in turns), lex):
        for turn in turns:
            for index, item in enumerate(turn.paragraphs[1:], 1):
                text = _plain_text(item)
                if text is not None:
                    turn.paragraphs[index] = Paragraph([StageNote(text)], line=item.line, indent=item.indent)


def _remark_lines(paragraphs: list) -> None:
    """Replace the remark lines of speech paragraphs by stage events."""
    for paragraph in paragraphs:
        if not isinstance(paragraph, Paragraph):
            continue
        content = paragraph.content
        for i in range(len(content) - 2, -1, -1):  # (from the end: replacing keeps the indexes before)
            item = content[i]
            if type(item) is not Text or type(content[i + 1]) is not LineBreak \
                    or (i and type(content[i - 1]) is not LineBreak):
                continue
            m = _REMARK_LINE.match(item.text)
            if m is None or len(m.group(2).split()) >= MAX_REMARK_WORDS:
                continue
            pieces = [Text(m.group(1))] if m.group(1) else []
            pieces.append(Event(element="incident", type="stage", text=m.group(2)))
            pieces += [Text(m.group(3))] if m.group(3) else []
            content[i:i + 1] = pieces


def _opens_with_remark(turn) -> bool:
    """The speech opens with an event alone on its line ("(beat)", "(Pause)") under the name."""
    first = turn.paragraphs[0] if turn.paragraphs else None
    content = [i for i in getattr(first, "content", ()) if not (type(i) is Text and not i.text.strip())]
    return len(content) > 2 and isinstance(content[0], Event) and type(content[1]) is LineBreak


def _screenplay(turns: list, opening: int, lex: Lexicon) -> bool:
    labelled = [t for t in turns if t.label]
    if len(labelled) < MIN_SCREENPLAY_TURNS or not all(_alone_over_speech(t) for t in labelled):
        return False
    return opening >= MIN_OPENING_REMARKS or any(voice_name(t.label, lex) != t.label for t in labelled)


def _alone_over_speech(turn) -> bool:
    """The label is a name in capitals printed alone: no colon, stop or dash closes it."""
    label = turn.label.strip()
    return label == label.upper() and (label[-1:].isalnum() or label[-1:] == ")")


def _plain_text(item) -> str | None:
    """The paragraph's text when it holds only words and line breaks."""
    if not isinstance(item, Paragraph) or not item.content:
        return None
    if any(type(i) not in (Text, LineBreak) for i in item.content):
        return None
    text = "".join("\n" if type(i) is LineBreak else i.text for i in item.content)
    return text if text.strip() else None
