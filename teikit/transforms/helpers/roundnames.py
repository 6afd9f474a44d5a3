"""A round of introductions around a table: each speaker's turn opens with their own full name
and their organisation (N1040f): "MR. ROE: Tom Roe, with the Harbour Board.", "SRA. RUIZ: Ana
Ruiz, de la Autoridad Portuaria." The words after the name and a link of the lexicon
(`affiliation_links`: "with", "from", "de", "von" ...) up to the sentence's end are the
speaker's organisation, when they open with a capital and hold no digit (a margin line number
inside them is the record's layout, not the name's)."""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.transforms.helpers import names as nm

# The organisation is at most this many words.
MAX_ORGANISATION_WORDS = 12


def own_name_affiliation(opening: str, name: str | None, lex: Lexicon) -> str | None:
    """The organisation after the speaker's own full name `name` opening `opening`, else None."""
    words = (name or "").split()
    if len(words) < 2 or not lex.affiliation_links:
        return None
    head = opening.lstrip()[:len(name) + 2]
    if nm.fold(head.rstrip(",. ")) != nm.fold(name) or not head.rstrip().endswith(","):
        return None
    rest = opening.lstrip()[len(head.rstrip()):]
    m = re.match(rf"\s*(?:{lex.alternation('affiliation_links')})\s+([^.;:!?()\d]+?)\s*[.;]", rest, re.IGNORECASE)
    org = m.group(1).strip() if m else ""
    if not org[:1].isupper() or len(org.split()) > MAX_ORGANISATION_WORDS:
        return None
    return org
