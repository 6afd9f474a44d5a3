"""A role read after a name ends where another speaker's full name begins (R2452m). A call's
participants line run together prints each entry as a name, a dash and the role, with nothing
between the entries:

    Ann B. Lee - IR Tom Roe - President and CEO Jo Poe - CFO

The role after "Tom Roe - " was read up to the clause's end, "President and CEO Jo Poe", a role
holding the next person's name; read up to the next speaker's full name it is "President and
CEO", and Ann B. Lee's is "IR". The full names (two words or more) of the document's speakers
cut a role, and, after a name's spaced dash, the next full name before a spaced dash (an entry of
the same list, "Jo Poe - "); never the person's own name.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import Person
from teikit.transforms.helpers import names as nm

# Where the role after a name is looked for (as `roleshapes.role_after` reads it).
ROLE_CHARS = 400


class SpeakerNames:
    """The full names of a document's speakers, searched as whole words."""

    def __init__(self, people: list[Person]):
        names = sorted({p.name.strip() for p in people if p.name and len(p.name.split()) >= 2}, key=len, reverse=True)
        self.pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, names))})(?![\w-])") if names else None

    def cut(self, text: str, end: int, own: str, lex: Lexicon) -> str:
        """`text` up to the first full name of another speaker after `end`, or up to the next
        entry of a list of the same shape (a full name before a spaced dash)."""
        stop = end + ROLE_CHARS
        if self.pattern is not None:
            stop = next((m.start() for m in self.pattern.finditer(text, end, stop) if nm.fold(m.group()) != nm.fold(own)),
                        stop)
        if _DASHED_ENTRY.search(text, end, stop) is not None and _DASH.match(text, end):
            stop = next((at for m in _DASHED_ENTRY.finditer(text, end, stop) if (at := _name_at(m, lex)) is not None), stop)
        return text[:stop]


# A list entry's name before its dash: capitalised words, then " - ".
_DASHED_ENTRY = re.compile(r"(?:[^\W\d_][\w'’.-]*\s+){1,4}(?=[-–—]\s)")
_DASH = re.compile(r"\s+[-–—]\s")


def _name_at(m: re.Match, lex: Lexicon) -> int | None:
    """Where the full name at the end of the entry's words starts ("CEO Jo Poe " -> "Jo Poe")."""
    words = m.group().split()
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and nm.is_name_word(words[k - 1], lex):
        k -= 1
    if len(words) - k < 2:
        return None
    return m.start() + len(" ".join(words[:k])) + (1 if k else 0)
