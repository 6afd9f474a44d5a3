"""The speaker a `Full Name, role:` heading names, for the turns under it (L194u; the shape
is `nameheadings`'). Only turns no label or earlier rule names are pointed at that person;
questions under the heading stay unattributed."""
from __future__ import annotations

from teikit.model import Transcript
from teikit.transforms.helpers.attribution import NamedPeople
from teikit.transforms.helpers.nameheadings import heading_speakers


def attribute_name_headings(doc: Transcript, people: list) -> None:
    """`people`: the (key, Person) pairs found so far; a new person joins them and the
    document's list."""
    named = NamedPeople(people)
    for (name, role), turns in heading_speakers(doc):
        person, new = named.get(name, role)
        if new:
            doc.persons.append(person)
        for turn in turns:
            turn.who = person.id
