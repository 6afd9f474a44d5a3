"""A surname label completed from the record's attendance lines, surname first with initials
(N2317l).

Russian and Soviet typed records print the chair and those present in the header, surname
first and given names as initials: "Председательствовал тов. ГОРБАЧЕВ М. С.", "Присутствовали
т.т. Громыко А. А., Лигачев Е. К., …", then label the speakers by the surname alone
("Горбачев .", "Громыко ."). A person named by one word gets the form "Surname I. O." when the
header prints that surname (in any case) followed by initials exactly one way: the surname as
the label prints it, the initials as the header does. A surname printed with two sets of
initials (namesakes) is left alone.
"""
from __future__ import annotations

import re

from teikit.model import HeaderLine, Person

# Initials after a surname: one to three capital letters, each with its stop ("М. С.", "А.А.").
_INITIALS = r"((?:[^\W\d_a-zа-яё]\.[ \u00a0]?){1,3})"


def initialled_surnames(header: list[HeaderLine], people: list[Person]) -> None:
    """Complete each one-word name of `people` from the header's "Surname I. O." (see the module)."""
    texts = [h.text for h in header]
    if not texts:
        return
    for person in people:
        name = (person.name or "").strip()
        if not name or " " in name or not name[:1].isupper() or len(name) < 2:
            continue
        pattern = re.compile(rf"(?<!\w)(?i:{re.escape(name)})[ \u00a0]+{_INITIALS}(?=[\s,;.]|$)")
        forms = {" ".join(m.group(1).split()) for text in texts for m in pattern.finditer(text)}
        if len(forms) == 1:
            person.name = f"{name} {forms.pop()}"
