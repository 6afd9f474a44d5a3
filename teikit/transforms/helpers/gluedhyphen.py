"""A dialogue turn run on after a sentence's end with a hyphen glued to it (P193u).

A page that prints its exchange as lines opened by `- ` may lose a line break between two
turns, and the typist's hyphen sticks to the full stop: `- … хорошей команды.- Что скажете о
пенальти?`. `dashrunon` reads a glued en or em dash so, but not a hyphen: `QUESTION.- ` and
`Sr. Pérez.- ` are labels' separators. Here the line itself opens with a dialogue dash, at
least `MIN_DASHED_LINES` lines of the page do, and the words before the glued hyphen are more
than a label's (`MAX_LABEL_WORDS`): the hyphen opens the next turn.
"""
from __future__ import annotations

import re

from teikit.transforms.helpers.unnamedturns import DASH_TURN

MIN_DASHED_LINES = 3
MAX_LABEL_WORDS = 4
# a lower-case letter, a sentence's end, a glued hyphen, a space, a capital
_GLUED = re.compile(r"(?<=[^\W\d_])[.!?…]-(?=[ \u00a0]+[^\W\d_])")


def glued_hyphens(texts: list) -> list[tuple]:
    """(line, offset of the hyphen) for each turn run on so; `texts`: (Text item, whether it
    opens its line) of the document's paragraphs."""
    dashed = [item for item, opening in texts if opening and item.text[:1] == "-" and DASH_TURN.match(item.text)]
    if len(dashed) < MIN_DASHED_LINES:
        return []
    out = []
    for item in dashed:
        text = item.text
        if ".-" not in text and "?-" not in text and "!-" not in text and "…-" not in text:
            continue
        for m in _GLUED.finditer(text):
            if text[m.start() - 1].islower() and text[m.end():].lstrip()[:1].isupper() \
                    and len(text[:m.start()].split()) > MAX_LABEL_WORDS:
                out.append((item, m.end() - 1))
    return out
