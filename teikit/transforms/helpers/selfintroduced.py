"""A name alone on its line over speech in which that person introduces themself (L2423l).

A meeting's or an event's transcript page may print its one speaker's full name alone on the
first line, the speech one paragraph a line below: `Samuel Lee` / `Good afternoon, everybody,
… My name is Sam Lee, and I am the Chair. …`. Printed once, the name is no label by the
weak shapes' evidence (a label alone needs the same name twice) and reads as the page's title.
The speech's own opening words say whose they are: when the line below opens (its first
`ownwords.OPENING_WORDS` words) with a self-introduction naming the same person, the line is
that speaker's label. The same person: the same surname, each given name the same or one the
short form of the other (`Sam` and `Samuel`). A heading over an article ("Early Years") names
no one, and a name over another's speech ("Ann Roe" / "My name is Ben Kay") stays as it was.
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers import ownwords as ow
from teikit.transforms.helpers.labelevidence import speech_line
from teikit.transforms.helpers.labeltext import base_label, words_of

MAX_NAME_WORDS = 4
# A given name's short form keeps at least this many of its letters ("Sam" of "Samuel").
MIN_SHORT_FORM = 3


def self_introduced_alone(lines: list[str], found: list, lex: Lexicon) -> frozenset[str]:
    """The names of the "alone" candidates (`found`: each line's candidates) whose next line is
    speech that opens with the same person's self-introduction."""
    named: set[str] = set()
    for i, shapes in enumerate(found):
        for c in shapes:
            if c.shape != "alone" or c.name in named or i + 1 >= len(lines) or not speech_line(lines[i + 1]):
                continue
            words = words_of(base_label(c.name))
            if not 2 <= len(words) <= MAX_NAME_WORDS or not all(w[:1].isupper() for w in words):
                continue
            said, _ = ow.self_named(lines[i + 1], lex)
            if said and same_person_named(words, said.split()):
                named.add(c.name)
    return frozenset(named)


def same_person_named(printed: list[str], said: list[str]) -> bool:
    """`said` ("Sam Lee") names the person `printed` ("Samuel Lee") does: the same
    surname, and each given name said the same as the one printed or a short form of it."""
    a = [nm.fold(w.strip(",.")) for w in printed]
    b = [nm.fold(w.strip(",.")) for w in said]
    if len(b) < 2 or len(a) != len(b) or a[-1] != b[-1]:
        return False
    return all(x == y or min(len(x), len(y)) >= MIN_SHORT_FORM and (x.startswith(y) or y.startswith(x))
               for x, y in zip(a[:-1], b[:-1]))
