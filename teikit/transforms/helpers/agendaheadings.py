"""A record's agenda heading closing a turn, right before the next label (T2486m).

A sitting's record prints the heading of each item of the agenda between two turns: the
chair's opening, then `1. Ouverture de la Session ordinaire de 2016`, then the chair's label
again; `IZAMIENTO DE LA BANDERA NACIONAL` before the acting president's first words. Read line
by line, the heading is the last paragraph of the turn above it. A one-line paragraph closing
a labelled turn, right before another labelled turn, that ends no sentence and holds few words,
is a heading note when it is numbered as an item (a number and a stop or bracket, then a
capital: `1.`, `2)`, `IV.`) or printed in capitals (two words at least); it is no speech of the
turn above. A line that ends a sentence (`1. We will cut the fares.`), one in mixed case without
an item's number, one before speech of the same turn, a cue in brackets (`(END VIDEOTAPE)`, an
event), or the last line of a record's unlabelled opening (H190v's) stays as it was.
"""
from __future__ import annotations

import re

from teikit.model import Note, Paragraph, Text, Transcript, Turn
from teikit.transforms.helpers.shapes import SENTENCE_END

MAX_HEADING_WORDS = 15
MIN_CAPITAL_WORDS = 2
# "1. Ouverture …", "2) Izamiento …", "IV. Elección …": an item's number, then a capital.
_NUMBERED = re.compile(r"(?:\d{1,3}|[IVXLC]{1,6})[.)][ \u00a0]+[^\W\d_]")


def mark_agenda_headings(doc: Transcript) -> None:
    blocks = doc.blocks
    for turn, after in zip(blocks, blocks[1:]):
        if type(turn) is not Turn or turn.label is None or type(after) is not Turn or after.label is None \
                or len(turn.paragraphs) < 2:
            continue
        last = turn.paragraphs[-1]
        text = _one_line(last)
        if text is None or not _agenda_heading(text):
            continue
        if any(type(item) is Paragraph for item in turn.paragraphs[:-1]):  # (the turn's speech above it)
            last.content = [Note(type="heading", text=text)]


def _agenda_heading(text: str) -> bool:
    words = text.split()
    if not words or len(words) > MAX_HEADING_WORDS or SENTENCE_END.search(text) or not text[:1].isalnum():
        return False  # (a cue in brackets, "(END VIDEOTAPE)", is an event: the events pass reads it)
    if _NUMBERED.match(text):
        return words[1][:1].isupper()
    letters = [c for c in text if c.isalpha()]
    return len(words) >= MIN_CAPITAL_WORDS and len(letters) >= 2 * MIN_CAPITAL_WORDS and text.upper() == text \
        and any(c.isupper() for c in letters)


def _one_line(item) -> str | None:
    if type(item) is not Paragraph or len(item.content) != 1 or type(item.content[0]) is not Text:
        return None
    text = item.content[0].text.strip()
    return text if text and "\n" not in text else None
