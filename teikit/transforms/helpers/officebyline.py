"""A byline over two lines: the author word and an office, then the name (H2242l).

A local portal's documentation of a speech prints who gave it under the title, the office
on one line and the name on the next:

    Jahresabschluss und Ausblick 2012
    Von Oberbürgermeister
    Thomas Thumann

Neither line is a byline on its own ("Von Oberbürgermeister" names no one, "Thomas Thumann"
says nothing of authorship), so both were read as subtitles and the unlabelled speech was
nobody's. The lexicon's author word (`author_bylines`: "von", "by", "par") followed only by
office words (`title_words`, `office_words`, `label_role_words`), right over a line that is a name, makes
the two lines one byline: the name is the speaker's, the office his role. A line with a name
after the author word is an ordinary byline (`titlenames.author_byline`) and stays so.
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind, HeaderLine
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.headerlines import header_shapes, is_name

K = HeaderKind
MAX_OFFICE_WORDS = 3
_OPEN_KINDS = (K.UNKNOWN, K.SUBTITLE, K.BYLINE)


def byline_office(text: str, lex: Lexicon) -> str | None:
    """ "Von Oberbürgermeister" -> "Oberbürgermeister": the office after the author word,
    when every word after it is an office's; None for other lines."""
    words = text.split()
    if not lex.author_bylines or not 2 <= len(words) <= MAX_OFFICE_WORDS + 1 \
            or not lex.pattern("author_bylines").fullmatch(words[0]):
        return None
    office = words[1:]
    roles = nm.folded(lex, "label_role_words")
    shapes = header_shapes(lex)
    if not office[-1][:1].isupper() or not all(nm.is_title_word(w, lex) or nm.fold(w) in roles
                                               or shapes.office.fullmatch(w) for w in office):
        return None
    return " ".join(office)


def mark_office_bylines(header: list, lex: Lexicon) -> None:
    """Each "Von <office>" line right over a name line: both lines the byline."""
    lines = [h for h in header if isinstance(h, HeaderLine)]
    for above, below in zip(lines, lines[1:]):
        if above.kind in _OPEN_KINDS and below.kind in _OPEN_KINDS and below.line == above.line + 1 \
                and byline_office(above.text, lex) and is_name(below.text.strip(), lex):
            above.kind = below.kind = K.BYLINE


def office_above(header: list, line: HeaderLine, lex: Lexicon) -> str:
    """The office a byline's first line gives the name line under it ("" when none)."""
    above = next((h for h in header if isinstance(h, HeaderLine) and h.kind == K.BYLINE
                  and line.line and h.line == line.line - 1), None)
    return (byline_office(above.text, lex) or "") if above is not None else ""
