"""A cover sheet's fields among the header's facts (H1273h).

Oral-history typescripts, depositions and archive transcripts open with a cover sheet of
fields, one a line: `Interviewee: Ann Roe`, `Date: June 3, 1998`, `Location: Baton Rouge`,
`Transcriber: M. Salas`, `Length: 1 hour 12 minutes`. The fields the header knows (a date, a
place) are read by their names; a field it does not know was read by its neighbours: a short
capitalised line next to the date or place line is a place or a venue, so `Transcriber: M.
Salas` became the venue. A field names what its value is: one whose name the header does not
read is a field of the form (metadata), never a place, a venue or the title.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind

# a field's name (one or two words, no digit) and a colon, then its value on the same line
_FIELD = re.compile(r"^\s*[^\W\d_][\w'’-]*(?:[ \u00a0][^\W\d_][\w'’-]*)?[ \u00a0]?[:：][ \t\u00a0]+\S")


def cover_field(text: str) -> bool:
    """ "Transcriber: M. Salas", "Length: 1 hour": a form's field with its value."""
    return _FIELD.match(text) is not None


MIN_COVER_FIELDS = 3
# A field's value is a name, a date, a length: a line whose value runs longer is a headline with
# a colon ("CNBC Exclusive: CNBC Transcript: U.S. Commerce Secretary ... Today" over a release's
# `WHEN:` and `WHERE:` fields), which stays the title (H1805j).
MAX_VALUE_WORDS = 12


def cover_sheet(lines: list, lex: Lexicon) -> None:
    """Mark the unclaimed lines of a cover sheet as metadata: a run of `MIN_COVER_FIELDS` or
    more header lines one under the other, each a field with its value. A field the header
    knows by its name (`header_fields`: `Date:`, `Location:`) is left to be read so; the others
    (`Interviewee: Ann Roe`, `Transcriber: M. Salas`) are no title, place or venue."""
    run: list = []
    for h in [*lines, None]:
        if h is not None and cover_field(h.text) and len(h.text.split()) <= MAX_VALUE_WORDS + 2:
            run.append(h)
            continue
        if len(run) >= MIN_COVER_FIELDS:
            for field in run:
                if field.kind in (HeaderKind.UNKNOWN, HeaderKind.TITLE) and _field_name(field.text) not in lex.header_fields:
                    field.kind = HeaderKind.METADATA
        run = []


def _field_name(text: str) -> str:
    return " ".join(re.split(r"[:：]", text, maxsplit=1)[0].split()).lower()


# The brackets a page sets a heading in: "【嘉宾介绍】", "[About the guest]".
_HEADING_MARKS = "【】[]〔〕<>《》*_#:： "


def guest_intro_heading(text: str, lex: Lexicon) -> bool:
    """ "【嘉宾介绍】", "About the guest:": a heading of the lexicon over the guest's portrait,
    which is the header's, not the first speech (H1282h)."""
    return bool(lex.guest_intro_headings) and len(text) < 40 \
        and " ".join(text.strip(_HEADING_MARKS).split()).lower() in lex.guest_intro_headings
