"""A screenplay's scene headings (L1277h): `INT. HARBOUR OFFICE - NIGHT`, `EXT. PIER -
CONTINUOUS`, `INT./EXT. CAR - DAY`, in capitals on a line of their own (lexicon `sluglines`:
`INT.`, `EXT.`, `INNEN`, `INTÉRIEUR`). The spaced dash before the time of day made the line a
spaced-dash label (`INT. HARBOUR OFFICE -` a person saying `NIGHT`); it is a heading of the
script, never a label (`labellike.not_labels`), and a heading note where it closes a turn
(`markdownheadings`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.lexicons import Lexicon

MAX_SLUGLINE_CHARS = 100


@lru_cache(maxsize=None)
def _pattern(lex: Lexicon) -> re.Pattern:
    return re.compile(rf"^\s*(?:{lex.alternation('sluglines')})\s+\S", re.IGNORECASE)


def slugline(text: str, lex: Lexicon) -> bool:
    """A scene heading: a slugline word of the lexicon, then the place, all in capitals."""
    return bool(lex.sluglines) and len(text) <= MAX_SLUGLINE_CHARS and text.isupper() \
        and _pattern(lex).match(text) is not None
