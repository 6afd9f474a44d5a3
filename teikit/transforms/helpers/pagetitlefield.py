"""The page's first line over the record's own title field that restates it (H2223l):
"Libre à vous ! Radio Cause Commune - Transcription de l'émission du 24 novembre 2020" over
"Titre : Émission Libre à vous ! diffusée mardi 24 novembre 2020 sur radio Cause Commune";
"Geschäft: VI. Nachtrag zum Gerichtsgesetz" over a flattened table's "TitelVI. Nachtrag zum
Gerichtsgesetz". The page's line is the title the site gives the record (the reposting site's
headline, as for the other position rules); the field is the record's metadata."""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind as K
from teikit.transforms.helpers.headerlines import field_value
from teikit.transforms.helpers.headerneighbours import repeats_words


def page_title_over_field(lines: list, lex: Lexicon) -> None:
    """Make the first header line the title when a later title field's value repeats its
    words (at least two, and half of the value's); the field becomes metadata. A header line
    above the field that the field restates word for word is the title, whatever stands above
    it (H2504m): a TV archive prints the programme's title, then its fields, "Title: <the same
    words>", under a tag line naming the guest ("Ann Roe" over "Ann Roe on the Harbour, Part
    I"). (A front matter's "title:" over the document's own heading stays the title.)"""
    if len(lines) < 2:
        return
    first = lines[0]
    for n, h in enumerate(lines[1:], 1):
        value = _title_value(h, lex)
        if not value:
            continue
        printed = next((p for p in lines[:n] if p.kind in _RESTATED and _words(p.text) == _words(value)), None)
        if printed is not None:
            printed.kind, h.kind = K.TITLE, K.METADATA
            return
        if first.kind == K.UNKNOWN and repeats_words(value, first.text):
            first.kind, h.kind = K.TITLE, K.METADATA
            return


_RESTATED = (K.UNKNOWN, K.TITLE, K.SUBTITLE)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _title_value(line, lex: Lexicon) -> str | None:
    """The value of a title field ("Titre : …"), or of a title cell glued to its value in a
    flattened table ("TitelVI. Nachtrag …": the field's name, then a capital or a digit)."""
    if line.kind == K.TITLE:
        field = field_value(line.text, lex)
        return field[1] if field and field[0] == K.TITLE else None
    if line.kind == K.UNKNOWN and (m := _glued_title_cell(lex).match(line.text.strip())):
        return line.text.strip()[m.end():]
    return None


@lru_cache(maxsize=None)
def _glued_title_cell(lex: Lexicon) -> re.Pattern:
    names = sorted((name for name, kind in lex.header_fields.items() if kind == "title"), key=len, reverse=True)
    alternation = "|".join(re.escape(name.capitalize()) for name in names if " " not in name) or "(?!)"
    return re.compile(rf"(?:{alternation})(?=[A-ZÀ-ÖØ-Þ\d])")
