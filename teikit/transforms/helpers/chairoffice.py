"""The chair's office printed after the chair's name in a record's presidency line (R2484m).

`La séance est ouverte à 11 h 35, sous la présidence de Mme Durrieu, doyenne de l’Assemblée.`:
the phrase that names the chair (the lexicon's `chair_phrases`) prints no office of its own, as
`PRESIDENZA DEL VICEPRESIDENTE TARGETTI` does; the office stands after the name and a comma, an
apposition: a noun in lower case, a link word and the field it is the office of (`doyenne de
l’Assemblée`, `vice-président de la Commission`). That is the holder's office; the label's
`LA PRÉSIDENTE` is the function the holder serves in. A clause after the comma (`qui ouvre la
séance`, `et déclare …`) or an apposition without a link and a capitalised field is none.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.transforms.helpers import names as nm

MAX_APPOSITION_WORDS = 6
# The apposition ends at the sentence's end, or at the next comma or semicolon.
_APPOSITION = re.compile(r",[ \u00a0]+([^,;.!?()]+)")


def office_after_name(text: str, name: str, lex: Lexicon) -> str:
    """The office `text` prints right after `name` and a comma, or ""."""
    at = text.find(name)
    m = _APPOSITION.match(text, at + len(name)) if at >= 0 else None
    if m is None:
        return ""
    office = m.group(1).strip()
    words = office.split()
    if not 3 <= len(words) <= MAX_APPOSITION_WORDS or not words[0].islower() or not words[0].replace("-", "").isalpha():
        return ""
    if nm.fold(words[0]) in nm.folded(lex, "articles") | nm.folded(lex, "small_words") or (
            lex.relative_pronouns and lex.pattern("relative_pronouns").fullmatch(words[0])):
        return ""  # "…, qui ouvre la séance", "…, et le bureau": a clause, no office
    return office if _linked_field(words[1:], lex) else ""


def _linked_field(words: list[str], lex: Lexicon) -> bool:
    """A link word ("de", "of") and then the field in capitals, after an article or an elided
    one ("de l’Assemblée", "de la Commission", "of the Council")."""
    if not words or not nm.office_link(words[0], lex):
        return False
    articles = nm.folded(lex, "articles")
    rest = [w for w in words[1:] if nm.fold(w) not in articles]
    if not rest:
        return False
    field = rest[0]
    elided = lex.elisions and lex.pattern("elisions").match(field)
    field = field[elided.end():] if elided else field
    return field[:1].isupper()
