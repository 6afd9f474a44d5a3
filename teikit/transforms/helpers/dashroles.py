"""A label line that prints the speaker's function after a dash (L347a).

Parliament sites print each speaker's label on a line of its own, the function in the debate
after a dash: `M. Marc-Olivier Buffat (PLR) — Rapporteur-trice`, `Mme Sonya Butera (SOC) —
Président-e`, then the speech. The label shapes read the name and its dash as a label
(`NAME — speech`), so the function became the first words of the speech. When at least
`MIN_ROLE_LINES` labelled turns, and every labelled turn whose label ends with a dash, open
with a paragraph of at most `MAX_ROLE_WORDS` words that starts with a capital, ends with no
sentence mark and has more of the turn after it, those words are the end of the label line.
A spoken reply after a dash label (`ROE — Yes.`, `ROE — Thank you.`) ends as a sentence does.
"""
from __future__ import annotations

import re

from teikit.model import Paragraph, Text, Transcript, Turn

MIN_ROLE_LINES = 2
MAX_ROLE_WORDS = 3
_DASHES = ("—", "–", "-")
_SENTENCE_END = re.compile(r"[.!?…:;,。！？\"”»’)]\s*$")


def join_dash_roles(doc: Transcript) -> None:
    """Give each role line's words back to its label (see the module)."""
    dashed = [b for b in doc.blocks if type(b) is Turn and b.label and b.label.rstrip().endswith(_DASHES)]
    if len(dashed) < MIN_ROLE_LINES or not all(_role_words(t) for t in dashed):
        return
    for turn in dashed:
        words = turn.paragraphs.pop(0).content[0].text.strip()
        label = turn.label.rstrip()
        turn.label = f"{label} {words}"
        if turn.name:  # the speaker part, read for the name, party and function (labelparts)
            turn.name = f"{turn.name.rstrip()} {label[-1]} {words}" if not turn.name.rstrip().endswith(_DASHES) \
                else f"{turn.name.rstrip()} {words}"


def _role_words(turn: Turn) -> str | None:
    items = turn.paragraphs
    if len(items) < 2 or type(items[0]) is not Paragraph or type(items[1]) is not Paragraph:
        return None
    content = items[0].content
    if len(content) != 1 or type(content[0]) is not Text:
        return None
    text = content[0].text.strip()
    if not text[:1].isupper() or len(text.split()) > MAX_ROLE_WORDS or _SENTENCE_END.search(text):
        return None
    return text
