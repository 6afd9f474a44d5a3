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
_AN_INITIAL = re.compile(r"[ \u00a0][^\W\d_a-zа-яё]\.")  # the first, as it follows the surname


def initialled_surnames(header: list[HeaderLine], people: list[Person]) -> None:
    """Complete each one-word name of `people` from the header's "Surname I. O." (see the module)."""
    # a pattern was compiled for each one-word name of a long record (hundreds): only the lines
    # printing an initial after a space are read, and an ASCII name only where it is printed
    texts = [h.text for h in header if _AN_INITIAL.search(h.text)]
    if not texts:
        return
    # (ASCII letters match regardless of case exactly where their lower cases are equal)
    lowered = "\n".join(texts).lower() if all(t.isascii() for t in texts) else None
    for person in people:
        name = (person.name or "").strip()
        if not name or " " in name or not name[:1].isupper() or len(name) < 2:
            continue
        if lowered is not None and name.isascii() and name.lower() not in lowered:
            continue
        pattern = re.compile(rf"(?<!\w)(?i:{re.escape(name)})[ \u00a0]+{_INITIALS}(?=[\s,;.]|$)")
        forms = {" ".join(m.group(1).split()) for text in texts for m in pattern.finditer(text)}
        if len(forms) == 1:
            person.name = f"{name} {forms.pop()}"
