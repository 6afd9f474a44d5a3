"""A colon line that names the person behind a label, no turn of its own (L1635i).

Meeting notes print, under each agenda item's heading, who presents it: `Presenter: Shane F.
Carr (SFC)`, then the item's links and the turns, labelled with the abbreviation (`SFC: …`).
The line has a label's shape and a role word of the lexicon ("Presenter"), and was read as a
turn of a speaker "Presenter" that held the links under it. Its rest is a name and, in
brackets, the short form the document prints as a label: a field that names a speaker, not
speech.
"""
from __future__ import annotations

import re

# "Shane F. Carr (SFC)": two to five name words, then a short form in capitals in brackets
_NAME_AND_SHORT_FORM = re.compile(
    r"^[^\W\d_][\w.'’-]*(?:[ \u00a0][^\W\d_][\w.'’-]*){1,4}[ \u00a0]+\(([^\W\d_a-z]{2,6})\)$")


def names_a_label(c, counts) -> bool:
    """The colon candidate `c` says only a name and a short form in brackets that the document
    prints as a label of its own (`counts`: how often each name is printed as a label)."""
    m = _NAME_AND_SHORT_FORM.match(c.rest) if c.rest.endswith(")") else None
    return m is not None and m.group(1) != c.name and m.group(1).isupper() and counts[m.group(1)] >= 1
