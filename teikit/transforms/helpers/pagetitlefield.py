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
    words (at least two, and half of the value's); the field becomes metadata."""
    if len(lines) < 2 or lines[0].kind != K.UNKNOWN:
        return
    first = lines[0]
    for h in lines[1:]:
        value = _title_value(h, lex)
        if value and repeats_words(value, first.text):
            first.kind, h.kind = K.TITLE, K.METADATA
            return


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
