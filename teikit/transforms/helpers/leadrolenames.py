"""A role label whose holder the lead names (N2151k).

A club's or a company's press service labels its people by role and organisation
("Тренер ФК «Зоркий»:") and names them once in the lead: "На вопросы журналистов отвечали
тренер вратарей футбольной команды «Зоркий» Кулешов Кирилл Сергеевич и ...". The label's
first word is a role word of the lexicon, its last word the organisation's name in quotation
marks; the lead prints that role word, then within a few words that same quoted name, then
a name of two to four capitalised words: the person's name, and the role as the lead
prints it (from the role word to the quoted name).
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon

# The organisation's name in quotes closing the label: «Зоркий», "Зоркий", “Зоркий”.
_QUOTED_LAST = re.compile(r'[«"“„][^«»"“”„]{1,40}[»"”“]$')
MAX_ROLE_CHARS = 80  # from the role word to the quoted name, in the lead
_NAME = r"((?:[^\W\d_a-zа-яё][^\W\d_]+(?:-[^\W\d_]+)?)(?: [^\W\d_a-zа-яё][^\W\d_]+(?:-[^\W\d_]+)?){1,3})"


def lead_role_holder(label: str, texts: list[str], lex: Lexicon) -> tuple[str, str] | None:
    """(name, role) of the role label `label` from the lead lines `texts`, or None."""
    base = label.strip().rstrip(":：").strip()
    words = base.split()
    quoted = _QUOTED_LAST.search(base)
    if len(words) < 2 or quoted is None or words[0].lower() not in lex.label_role_words | lex.staff_words:
        return None
    org = quoted.group(0)[1:-1]
    # (the role word in any case, the name in capitals: no IGNORECASE over the name's classes)
    pattern = re.compile(rf"\b((?i:{re.escape(words[0])})\b[^.;:!?]{{0,{MAX_ROLE_CHARS}}}?[«\"“„]{re.escape(org)}[»\"”“])\s+{_NAME}")
    found = {(m.group(2), m.group(1)) for text in texts for m in pattern.finditer(text)}
    return found.pop() if len(found) == 1 else None
