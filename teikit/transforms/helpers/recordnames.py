"""A record's member in capitals after an honorific printed in mixed case (T682c).

`Mme PETIT -`, `Frau MÜLLER:`, `Sr. GARCÍA:`: records print members' surnames in capitals and
the honorific as it is written ("Mme", "Frau"), so the label is no upper-case label by its
letters, yet the same style as `M. DURAND -` beside it (whose honorific happens to be a
capital). `labelevidence.upper_members` counts it as one of the record's members in capitals.
"""
from __future__ import annotations

import re
from functools import lru_cache

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


@lru_cache(maxsize=None)
def _put_question(lex: Lexicon) -> re.Pattern:
    """The question's number, the member, a bracket, then whom the question is put to or for
    whom the member answers ("to the Prime Minister", "on behalf of the Prime Minister")."""
    put = "|".join(f"(?:{lex.alternation(name)})" for name in ("address_words", "group_mandates")
                   if getattr(lex, name))
    return re.compile(rf"^(?:\d{{1,3}}\.[ \u00a0]+)?(?P<member>[^()]{{3,60}}?)(?P<office>[ \u00a0]*\([^()]{{1,80}}\))?"
                      rf"[ \u00a0]+(?:{put})[ \u00a0]+(?:the[ \u00a0]+)?[^\W\d_a-z][^()]{{1,60}}$")


def member_putting_question(name: str, lex: Lexicon) -> str | None:
    """ "1. Hon ANN ROE (Deputy Leader—Labour) to the Prime Minister", "Rt Hon TOM LEE (Deputy
    Prime Minister) on behalf of the Prime Minister": the member with the bracket after the name
    ("Hon ANN ROE (Deputy Leader—Labour)"), honorifics in mixed case and the name in capitals, of
    a parliament's oral question or its answer (L2466m); None for other labels."""
    if not (lex.address_words or lex.group_mandates) or " " not in name:
        return None
    m = _put_question(lex).match(name)
    if m is None:
        return None
    words = m.group("member").split()
    titles = 0
    while titles < len(words) - 1 and words[titles].lower().rstrip(".") in lex.honorifics:
        titles += 1
    rest = " ".join(words[titles:])
    if not titles or len(words) - titles > 4 or not is_upper_label(rest, lex):
        return None
    return m.group("member") + (m.group("office") or "")
