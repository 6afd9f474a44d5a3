"""A Markdown section heading at the end of a turn (T928e): `# Interview`, `## Part two`,
a line in bold capitals (`**QUESTIONS FROM THE FLOOR**`, T1006f) printed between two turns
belongs to neither speaker. Read line by line, the heading is the
last paragraph of the turn above it; it becomes a heading note there, no paragraph of speech,
as a chapter heading with its time does (H881d). A heading that holds only a time (`## 5:30`)
is the next turn's timestamp (T925e), left to the timestamps' reading; a heading inside a
turn, speech after it, is left where it is. A results call's section heading of the lexicon
(`call_sections`: `Question-and-Answer Session`, `Fragerunde`) is one there too, printed plain
(T1272h).
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.sluglines import slugline
from teikit.model import Note, Paragraph, Text, Transcript, Turn
from teikit.transforms.helpers.shapes import SENTENCE_END
from teikit.transforms.helpers.timeabove import time_of

_HEADING = re.compile(r"^#{1,6}[ \t\u00a0]+\S")
MAX_HEADING_CHARS = 80


def call_section(text: str, lex: Lexicon) -> bool:
    """A section heading of the lexicon (`call_sections`) alone on its line, in bold, after a
    Markdown heading's marks or with a colon: "Opening statement:" over a coach's statement at
    the top of a press conference (H2519m)."""
    line = text.strip()
    return len(line) <= MAX_HEADING_CHARS and " ".join(line.strip("*_:#").split()).lower() in lex.call_sections


def _heading(item, sections: frozenset = frozenset(), lex: Lexicon | None = None) -> str | None:
    """The text of a paragraph that is one Markdown heading line, or one of `sections`, else None."""
    if type(item) is not Paragraph or len(item.content) != 1 or type(item.content[0]) is not Text:
        return None
    text = item.content[0].text.strip()
    if sections and len(text) <= MAX_HEADING_CHARS and " ".join(text.strip("*_:#").split()).lower() in sections:
        return text  # "Question-and-Answer Session" between a call's parts (T1272h)
    if lex is not None and slugline(text, lex):
        return text  # "EXT. PIER - CONTINUOUS" between two speeches of a script (L1277h)
    if text[:1] not in "#*_" or len(text) > MAX_HEADING_CHARS or SENTENCE_END.search(text):
        return None  # (a sentence printed as a heading is speech)
    if text[:1] == "#":
        return text if _HEADING.match(text) and time_of(text) is None else None
    return text if _bold_capitals(text) else None


# A section heading printed in bold capitals: "**QUESTIONS FROM THE FLOOR**", "__FRAGEN AUS DEM
# PUBLIKUM__" (T1006f), two words at least.
_BOLD_LINE = re.compile(r"^(\*\*|__)(\S(?:.*\S)?)\1$")


def _bold_capitals(text: str) -> bool:
    m = _BOLD_LINE.match(text)
    inner = m.group(2) if m else ""
    return len(inner.split()) >= 2 and inner.isupper() and sum(c.isalpha() for c in inner) >= 6


def mark_closing_headings(doc: Transcript, lex: Lexicon | None = None) -> None:
    """The Markdown headings that end a turn (speech before them in the turn, a turn after
    them) become heading notes."""
    blocks = doc.blocks
    sections = lex.call_sections if lex is not None else frozenset()
    for n, block in enumerate(blocks):
        if type(block) is not Turn or len(block.paragraphs) < 2 \
                or (_heading(block.paragraphs[-1], sections, lex) is None and not _noted(block.paragraphs[-1])):
            continue  # (most turns: their last paragraph is speech)
        if not any(type(b) is Turn for b in blocks[n + 1:n + 3]):
            continue  # the last turn's closing heading: the ending's, if anything
        k = len(block.paragraphs) - 1
        while k >= 1:
            if _noted(block.paragraphs[k]):
                k -= 1  # a section's stated aim under its heading, already a note (P1108g)
                continue
            text = _heading(block.paragraphs[k], sections, lex)
            if text is None:
                break
            block.paragraphs[k].content = [Note(type="heading", text=text)]
            k -= 1


def _noted(item) -> bool:
    return type(item) is Paragraph and bool(item.content) and all(type(i) is Note for i in item.content)
