"""A record's index between its cover and its first label (H2103k): a stenographic record
prints a contents list before the sitting opens, each entry a heading or a speaker over a
leader of dots and its page numbers:

    (Giuramento di Deputato):
    PRESIDENTE . . . . . . . . . . . . . . . . 3

No speech carries such a leader, so an opening before the first label that holds two entries
at least, under the index's heading (`INDICE`, `Contents`), is the record's front matter: header lines (entries and their headings summary lines,
page furniture and the opening time kept as such), no unlabeled turn."""
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


def contents_lines(header: list, speech: list, lex: Lexicon) -> list:
    """The opening's blocks as header lines when it holds a record's index under its heading
    (see the module); else an empty list. Blocks that are no paragraph (boilerplate) are kept
    as they are."""
    paragraphs = [b for b in speech if isinstance(b, Paragraph)]
    lines = numbered_lines(paragraphs)
    if sum(1 for text, _ in lines if contents_entry(text)) < MIN_CONTENTS_ENTRIES or not _headed(header, lines, lex):
        return []
    out: list = []
    for block in speech:
        if not isinstance(block, Paragraph):
            out.append(block)
            continue
        out += [HeaderLine(kind=_index_kind(text, lex), text=text, line=n)
                for text, n in numbered_lines([block]) if text.strip()]
    return out


def _headed(header: list, lines: list[tuple[str, int]], lex: Lexicon) -> bool:
    """The index's heading ("INDICE", "Sumario", "Contents", the lexicon's `contents_headings`)
    is a line of the header or of the opening (a running head may stand between it and the
    entries)."""
    heading = lex.pattern("contents_headings")
    texts = [h.text for h in header if isinstance(h, HeaderLine)] + [t for t, _ in lines]
    return any(heading.fullmatch(text.strip().rstrip(":")) for text in texts)


def _index_kind(text: str, lex: Lexicon) -> HeaderKind:
    """A summary line, but for page furniture and the time the sitting opens: a date, a place
    or a heading inside the index is an entry's, not the record's."""
    kind = classify(text, lex)
    return kind if kind in _KEPT_KINDS else HeaderKind.SUMMARY


_KEPT_KINDS = (HeaderKind.BOILERPLATE, HeaderKind.TIME)
