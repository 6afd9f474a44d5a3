"""Whether two name keys (`names.name_key`: a label's words, folded) name one person: equal,
one ending the other ("LAVROV", "Sergey Lavrov"), an initial for the given name, or a near
spelling of as many words ("DI MAIO", "DE MAIO"); numbered ids ("Speaker 1") only when alike.
"""
from __future__ import annotations

from functools import lru_cache

from teikit.transforms.helpers.shapes import similar


def numbered(key: tuple[str, ...]) -> bool:
    """The key's last word holds a digit ("speaker 2", "spk09"): it names one person only
    when spelt exactly alike."""
    return bool(key) and any(map(str.isdigit, key[-1]))


@lru_cache(maxsize=4096)  # pairs of speakers; bounded, since it outlives the document
def same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Keys of two labels name the same person: equal, one ends the other ("LAVROV" and
    "Sergey Lavrov"), or a near spelling of the same length ("DI MAIO", "DE MAIO")."""
    if not a or not b:
        return False
    if numbered(a) or numbered(b):  # "Speaker 1" and "Speaker 2", "spk09" and "spk00": two people
        return a == b
    return plainly_same(a, b) or (near_spelling_pair(a, b) and near_spelling(a, b))


def plainly_same(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The cheap half of `same_person` (keys of words): equal, one ends the other, or an
    initial for the given name ("В. ПУТИН" and "ВЛАДИМИР ПУТИН")."""
    return a == b or a[-len(b):] == b or b[-len(a):] == a or len(a) == len(b) > 1 and a[-1] == b[-1] and all(
        x == y or (min(len(x), len(y)) == 1 and x[0] == y[0]) for x, y in zip(a[:-1], b[:-1]))


def near_spelling_pair(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Keys that may be near spellings of each other: as many words, the same initial,
    four letters or more (the cheap gate before `near_spelling`)."""
    return len(a) == len(b) and a[0][:1] == b[0][:1] and min(sum(map(len, a)), sum(map(len, b))) + len(a) - 1 >= 4


def near_spelling(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """"DI MAIO" and "DE MAIO": the keys' spellings match by four fifths (the costly test)."""
    return similar(" ".join(a), " ".join(b), 0.8)
