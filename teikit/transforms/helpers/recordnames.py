"""A record's member in capitals after an honorific printed in mixed case (T682c).

`Mme PETIT -`, `Frau MÜLLER:`, `Sr. GARCÍA:`: records print members' surnames in capitals and
the honorific as it is written ("Mme", "Frau"), so the label is no upper-case label by its
letters, yet the same style as `M. DURAND -` beside it (whose honorific happens to be a
capital). `labelevidence.upper_members` counts it as one of the record's members in capitals.
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.labeltext import is_upper_label


def honorific_capitals(name: str, lex: Lexicon) -> bool:
    """An honorific of the lexicon, then one to four words in capitals (T682c)."""
    honorific, _, surname = name.partition(" ")
    return bool(surname) and len(surname.split()) <= 4 and honorific.lower() in lex.honorifics \
        and is_upper_label(surname, lex)
