"""A journalist's first label with the outlet and its initials, then the initials alone
(L2281l): `Harry Roe, Harbour News Service (HNS): …`, later `HNS: …`.

Press-office transcripts name a questioner once in full, with the outlet and the short form
they will use for the rest of the page, and print only the short form after that. The short
form is the initials of the outlet (the words after the label's comma), not of the person's
name, so the short forms of L53 (`labelwords.short_forms`: the name's last word or its
initials) do not see it; and the long label, printed once in mixed case with a comma and a
bracket, has no other evidence. The short form printed again as a colon label is that
evidence: both are labels.
"""
from __future__ import annotations

import re

from teikit.transforms.helpers.samepersons import join_person

# "Name Words, Outlet Words (OWI)": a name, a comma, the outlet, its short form in brackets
_OUTLET_LABEL = re.compile(r"^([^,()]+),\s*([^,()]+?)\s*\(([A-Z][A-Z0-9&]{1,9})\)$")
MAX_NAME_WORDS = 4


def outlet_short_forms(names) -> dict[str, str]:
    """{short form: long label} for labels `Name, Outlet (OI)` whose bracket holds the
    initials of the outlet's words and whose short form is itself a label name (`names`
    counts the colon labels of the document)."""
    found: dict[str, str] = {}
    for name in names:
        m = _OUTLET_LABEL.match(name)
        if m is None or not 2 <= len(m.group(1).split()) <= MAX_NAME_WORDS:
            continue
        person, outlet, short = m.groups()
        if not all(w[:1].isupper() for w in person.split()) or short not in names:
            continue
        if short in (_initials(outlet, capitalised_only=True), _initials(outlet, capitalised_only=False)):
            found.setdefault(short, name)
    return found


def _initials(words: str, capitalised_only: bool) -> str:
    """"Voice of America" -> "VA" (capitalised words) or "VOA" (every word)."""
    return "".join(w[0].upper() for w in words.split() if w[:1].isalpha() and (w[0].isupper() or not capitalised_only))


def merge_outlet_short_forms(turns: list, people: list) -> None:
    """The person labelled with the outlet's initials (`FSN:`) is the one whose first label
    defined them (`Harry Roe, Feature Story News (FSN):`), L2281l."""
    by_label = {_bare(p.labels[0]): entry for entry in people for p in [entry[1]] if p.labels}
    for short, long in outlet_short_forms(by_label).items():
        entry, into = by_label.get(short), by_label.get(long)
        if entry is not None and into is not None and entry is not into and entry in people:
            join_person(turns, people, entry, into[1])


def _bare(label: str) -> str:
    """The label's name as the label policy counted it: no colon, no Markdown bold."""
    return label.strip("*_").rstrip(":： ").strip()
