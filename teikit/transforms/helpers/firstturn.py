"""The opening turn's statements, read for the speaker who answers it (N8, N151g)."""
from __future__ import annotations

import re

from teikit.model import Paragraph, Turn

# Where a sentence ends and the next begins: a stop, then space and a capital or a quote.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[\"“«(]?[^\W\d_])")


def introduction(turns: list[Turn], turn: Turn) -> list[str]:
    """The opening turn's statements, for the speaker who answers it: a moderator's "Welcome to
    this press conference with Director-General Lamy." names the holder of the office label
    that speaks next. A question names others ("Do you agree with President Roe?"): it is not
    read, sentence by sentence, so that "Joining me now is the Prime Minister, Ann Roe. … how
    will you …?" still names the guest (N151g)."""
    if len(turns) < 2 or turn is not turns[1] or turns[0].label is None or turns[0].label == turn.label:
        return []
    return [s for p in turns[0].paragraphs if isinstance(p, Paragraph)
            for s in _SENTENCE_BREAK.split(p.text) if not s.rstrip().endswith("?")]
