"""Identifiers: the document id (an NCName from the file stem), `DOC.uN` per turn, and
person ids that never collide with the other ids of the file."""
from __future__ import annotations

import re

from teikit.model import DELIVERY_TAXONOMY_ID, INTERPRETED_ID, Transcript


def ncname(stem: str) -> str:
    """A valid, readable NCName: "101" -> "doc-101", "my file" -> "my-file"."""
    text = re.sub(r"[^\w.-]+", "-", stem, flags=re.ASCII).strip("-.") or "doc"
    return text if re.match(r"[A-Za-z_]", text) else f"doc-{text}"


class IdsPass:
    name = "ids"
    after = ("persons", "setting")

    def apply(self, doc: Transcript, ctx) -> None:
        assign_ids(doc)


def assign_ids(doc: Transcript) -> None:
    doc.id = ncname(doc.id)
    for n, turn in enumerate(doc.turns(), 1):
        turn.id = f"{doc.id}.u{n}"
    _separate_person_ids(doc)


def _separate_person_ids(doc: Transcript) -> None:
    """A speaker labelled "T:" in t.txt, or "DELIVERY:", must not take an id the file
    already uses; such a person becomes "t-person", "delivery-person"."""
    taken = {doc.id, DELIVERY_TAXONOMY_ID, INTERPRETED_ID}
    renamed = {}
    for person in doc.persons:
        if person.id in taken:
            new, n = f"{person.id}-person", 2
            while new in taken or any(p.id == new for p in doc.persons):
                new, n = f"{person.id}-person-{n}", n + 1
            renamed[person.id] = person.id = new
        taken.add(person.id)
    for turn in doc.turns():
        turn.who = renamed.get(turn.who, turn.who)


PASS = IdsPass()
