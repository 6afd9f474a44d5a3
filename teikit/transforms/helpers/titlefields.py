"""A title that names who asks in brackets: "chihao訪談逐字稿（提問：Yiping）", "Harbour talk
(Interview: Ann Lee)", "Der Hafen (Fragen: Tom Roe)" (N1036f). The field before the colon is
a word of asking (lexicon `asking_fields`), and the value is the name a speaker is known by:
the field, as printed, is that speaker's role."""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import Person
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.attribution import normalised_label

# "(" or "（", the field, a colon, the value, ")" or "）".
_BRACKET_FIELD = re.compile(r"[(（]\s*([^()（）:：\n]{1,30}?)\s*[:：]\s*([^()（）:：\n]{1,60}?)\s*[)）]")


def roles_in_title_brackets(titles: list[str], persons: list[Person], lex: Lexicon) -> None:
    """Give the speaker a title's bracket names after a word of asking that word as role,
    when they have none."""
    if not lex.asking_fields or not any("(" in t or "（" in t for t in titles):
        return
    asking = lex.pattern("asking_fields")
    for title in titles:
        for m in _BRACKET_FIELD.finditer(title):
            if not asking.fullmatch(m.group(1).strip()):
                continue
            value = nm.fold(m.group(2))
            named = [p for p in persons if p.role is None and value in _known_as(p)]
            if len(named) == 1:
                named[0].role = m.group(1).strip()


def _known_as(person: Person) -> set[str]:
    """The person's name and labels, folded."""
    return {nm.fold(person.name or "")} | {nm.fold(normalised_label(label)) for label in person.labels}
