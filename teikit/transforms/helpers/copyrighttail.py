"""A copyright line inside the last turn closes the speech (B552a).

A news page prints its copyright notice under the article ("©RIPRODUZIONE RISERVATA",
"© 2013 Harbour Post") and the readers' comments below it, with no blank line between the
last answer and the notice:

    "I will wear a dress from my own country."
    ©RIPRODUZIONE RISERVATA
      1. Walker
        February 15, 2013 at 19:36
        said:
        Well done ;)

The notice is set apart as a site line already, but the comment's lines were read as more of
the last answer. No speech follows a page's copyright notice: when a few short paragraphs
follow it in the last turn, they are the page's tail, site lines outside the speech. A notice
over a long tail (a record's running footer, printed on every page) is left where it is.
"""
from __future__ import annotations

import re

from teikit.model import Boilerplate, Turn
from teikit.transforms.helpers.footers import plain_lines

# The notice opens with the sign, in any language: "©RIPRODUZIONE RISERVATA", "(c) 2013 ...".
COPYRIGHT = re.compile(r"\s*(?:©|\([cC]\)\s)")
# A comment section under the notice holds a few short lines (a name, a date, "said:", a
# sentence or two); more paragraphs, or a longer line, are speech under a running footer.
MAX_TAIL_PARAGRAPHS = 8
MAX_TAIL_WORDS = 30


def copyright_tail(turn: Turn) -> list[Boilerplate]:
    """The notice and the paragraphs after it, taken out of `turn` as site lines (one block a
    line), when the turn holds such a notice after its first paragraph over a short tail; []
    otherwise (the turn is left as it is)."""
    at = next((i for i, p in enumerate(turn.paragraphs)
               if i and isinstance(p, Boilerplate) and COPYRIGHT.match(p.text)), None)
    if at is None or at == len(turn.paragraphs) - 1 or len(turn.paragraphs) - at - 1 > MAX_TAIL_PARAGRAPHS:
        return []
    blocks: list[Boilerplate] = [turn.paragraphs[at]]
    for para in turn.paragraphs[at + 1:]:
        if isinstance(para, Boilerplate):
            blocks.append(para)
            continue
        lines = plain_lines(para)
        if lines is None or any(len(line.split()) > MAX_TAIL_WORDS for line in lines):
            return []
        blocks += [Boilerplate(line.strip(), (para.line or 0) + n) for n, line in enumerate(lines) if line.strip()]
    del turn.paragraphs[at:]
    return blocks
