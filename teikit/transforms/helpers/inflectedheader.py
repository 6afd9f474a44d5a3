"""A header that prints a speaker's name in another grammatical case than the label (N1302h).

Polish, Czech or Russian titles inflect names: "Wywiad z Wiktorią Choręziak" (with Wiktoria
Choręziak) over the label `Wiktoria Choręziak:`. Folded, both read the same, so the header's
form used to name the person. A label that prints diacritics of its own is no copy stripped of
its accents (`Jose Garcia:` under "José García", whose header form is the better one): its
printing is the name, in the nominative a label uses.
"""
from __future__ import annotations

import unicodedata


def label_printing_kept(header_name: str, label_name: str) -> bool:
    """Whether the label's own printing of a name names the person rather than the header's,
    the two folding alike: the label is mixed case, carries diacritics and differs from the
    header's form."""
    if header_name == label_name or label_name.isupper():
        return False
    return any(unicodedata.decomposition(c) for c in label_name if c.isalpha())
