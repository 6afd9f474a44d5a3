"""A column's name over the headline of its instalment (H2247l).

A site's regular column prints its name, then the instalment's headline, which repeats the
name's opening words with the instalment's own ending, often in capitals:

    En tête de raquette avec MHD
    EN TETE DE RAQUETTE AVEC JEAN-VICTOR TRAORE

The first line, the shorter, was taken for the title. When the title line and the header line
after it open with the same words (at least `MIN_SHARED_WORDS`, compared without case or
accents), the first ending one or two words after them and the second going on longer, the
first is the column's name (the site's) and the second the page's title. A longer title over
a shorter heading that opens with its words ("… Press Conference Transcript April 15" over
"… April 15 Briefing") keeps its place.
"""
from __future__ import annotations

from teikit.model import HeaderKind, HeaderLine
from teikit.transforms.helpers import names as nm

K = HeaderKind
MIN_SHARED_WORDS = 3
MAX_COLUMN_TAIL = 2  # words of the column's name after the shared opening
_OPEN_KINDS = (K.TITLE, K.SUBTITLE, K.UNKNOWN)


def column_over_headline(header: list) -> None:
    """Set the column's name apart (BOILERPLATE) and make the headline under it the title."""
    lines = [h for h in header if isinstance(h, HeaderLine)]
    for column, headline in zip(lines, lines[1:]):
        if column.kind == K.TITLE and headline.kind in _OPEN_KINDS and _shared_opening(column.text, headline.text):
            column.kind, headline.kind = K.BOILERPLATE, K.TITLE
            return


def _shared_opening(first: str, second: str) -> bool:
    a = [nm.fold(w) for w in first.split()]
    b = [nm.fold(w) for w in second.split()]
    shared = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    # the column's name is its opening words and a short tail (the columnist's name); the
    # headline goes on longer ("… Press Conference Transcript April 15" over "… April 15
    # Briefing" is a title over a heading)
    return shared >= MIN_SHARED_WORDS and 0 < len(a) - shared <= MAX_COLUMN_TAIL and len(b) - shared > len(a) - shared
