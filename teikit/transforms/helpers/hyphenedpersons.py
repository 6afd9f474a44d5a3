"""A hyphenated surname's label and its hyphenated initials are one person (L262x).

L260x reads `Tshabalala-Msimang: ` printed once as a label because `T-M: ` follows it as a
label again and again; both name the same speaker. `samepersons.merge_initials` joins dotted
or plain capitals to a name of as many words; a hyphen-joined label (`T-M`) is joined here to
the one labelled person whose name's hyphenated parts begin with those letters, when that
person speaks first.
"""
from __future__ import annotations

from teikit.model import Turn
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.initialled import hyphened_initials
# (samepersons' own joining, reused: a person's labels, role and turns go over)
from teikit.transforms.helpers.samepersons import join_person, speaks_first


def merge_hyphened_initials(turns: list[Turn], people: list) -> None:
    """ "T-M:" after "Tshabalala-Msimang:": the initials' person joins the named one."""
    for entry in list(people):
        short = entry[1]
        label = (short.labels[0] if short.labels else "").rstrip(":： ").strip()
        letters = hyphened_initials(label)
        if letters is None:
            continue
        matches = [p for _, p in people if p is not short and p.name and _initials(p.name) == letters]
        if len(matches) == 1 and speaks_first(turns, matches[0], short):
            join_person(turns, people, entry, matches[0])


def _initials(name: str) -> str:
    """ "Nkosazana Tshabalala-Msimang" -> "TM": the first letters of the last word's parts."""
    return "".join(nm.fold(part)[:1].upper() for part in name.split()[-1].split("-") if part)
