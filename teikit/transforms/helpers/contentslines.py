"""A record's index between its cover and its first label (H2103k): a stenographic record
prints a contents list before the sitting opens, each entry a heading or a speaker over a
leader of dots and its page numbers:

    (Giuramento di Deputato):
    PRESIDENTE . . . . . . . . . . . . . . . . 3

No speech carries such a leader, so an opening before the first label that holds two entries
at least is the record's front matter: header lines (entries and their headings summary lines,
a line another shape claims kept as that), no unlabeled turn."""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind, HeaderLine, Paragraph
from teikit.transforms.helpers.headerlines import classify
from teikit.transforms.helpers.lines import numbered_lines

# a leader of three dots or more (spaced or not), then one page number or a list of them
_ENTRY_END = re.compile(r"(?:\.[ \u00a0]?){3,}[ \u00a0]*\d{1,4}(?:[ \u00a0]*[,-][ \u00a0]*\d{1,4})*[ \u00a0]*$")
# only the end of a line is searched: a long line of dots costs no more than this
_ENTRY_TAIL = 200
MIN_CONTENTS_ENTRIES = 2


def contents_entry(text: str) -> bool:
    """ "PRESIDENTE . . . . 4,6,7", "(Comunicazione relativa a costituzione) ....... 7"."""
    text = text.rstrip()
    return text[-1:].isdigit() and _ENTRY_END.search(text[-_ENTRY_TAIL:]) is not None


def contents_lines(speech: list, lex: Lexicon) -> list:
    """The opening's blocks as header lines when it holds a record's index (see the module);
    else an empty list. Blocks that are no paragraph (boilerplate) are kept as they are."""
    paragraphs = [b for b in speech if isinstance(b, Paragraph)]
    lines = numbered_lines(paragraphs)
    if sum(1 for text, _ in lines if contents_entry(text)) < MIN_CONTENTS_ENTRIES:
        return []
    out: list = []
    for block in speech:
        if not isinstance(block, Paragraph):
            out.append(block)
            continue
        out += [HeaderLine(kind=classify(text, lex) or HeaderKind.SUMMARY, text=text, line=n)
                for text, n in numbered_lines([block]) if text.strip()]
    return out
