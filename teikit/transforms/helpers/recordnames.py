"""A record's member in capitals after an honorific printed in mixed case (T682c).

`Mme PETIT -`, `Frau MÜLLER:`, `Sr. GARCÍA:`: records print members' surnames in capitals and
the honorific as it is written ("Mme", "Frau"), so the label is no upper-case label by its
letters, yet the same style as `M. DURAND -` beside it (whose honorific happens to be a
capital). `labelevidence.upper_members` counts it as one of the record's members in capitals.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.labeltext import is_upper_label


def honorific_capitals(name: str, lex: Lexicon) -> bool:
    """An honorific of the lexicon, then one to four words in capitals (T682c)."""
    honorific, _, surname = name.partition(" ")
    return bool(surname) and len(surname.split()) <= 4 and honorific.lower() in lex.honorifics \
        and is_upper_label(surname, lex)


# A surname in capitals, a "Mc"/"Mac" prefix in mixed case allowed ("McGOVERN").
_CAPITAL_SURNAME = re.compile(r"(?:Mc|Mac)?[^\W\d_a-zß]{2,}(?:[-'’][^\W\d_a-zß]{2,})?")
# Words of the surname after the title: "Mr. VAN HOLLEN" has two.
MAX_SURNAME_WORDS = 2


def titled_capitals(name: str, lex: Lexicon) -> bool:
    """ "Mr. RISCH", "Senator BARRASSO", "Secretary GRANHOLM", "The CHAIRMAN", "Mr. McGOVERN": a
    title word or honorific in mixed case, then a surname in capitals, as the US Congress's
    hearings and Record print their speakers before a full stop (L1218h)."""
    title, _, surname = name.partition(" ")
    words = surname.split()
    return bool(words) and len(words) <= MAX_SURNAME_WORDS and title[:1].isupper() and not title.isupper() \
        and title.lower().rstrip(".") in lex.honorifics | lex.title_words \
        and all(_CAPITAL_SURNAME.fullmatch(w) for w in words) and words[-1].upper() not in lex.label_not_words
