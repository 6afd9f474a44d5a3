"""Delivery notes: interpretation ("(Via interpreter)", "(As interpreted.)") and language
notes ("(In English.)", "(Speaks French.)", "(No translation provided.)").

A note that opens a turn is moved before the turn (`Turn.lead_notes`); a note later in the
turn stays where it was printed (a switch of language mid-turn). A turn with an
interpretation note anywhere is `interpreted`; language notes alone do not make it so.
"""
from __future__ import annotations

import re

from teikit.model import LineBreak, Note, Text, Transcript, Turn
from teikit.transforms.inline import each_paragraph, inner, split_markers

INTERPRETED = re.compile(
    r"^((via|through|thru|by)\s+(an?\s+|the\s+)?(interpret(er|ers|ation)|translat(or|ors|ion))|"
    r"as\s+(interpreted|translated)|(simultaneous(ly)?\s+)?(interpreted|translated)(\s+from\s+\w+)?|"
    r"(interpretation|translation)(\s+from\s+\w+)?|in\s+\w+,?\s+(via|through)\s+(an\s+)?(interpreter|translat(or|ion))|"
    r"\w+,?\s+(interpreted|translated))$")
LANGUAGE = re.compile(
    r"^((in|speaks|speaking|spoken\s+in|continues\s+in|responds\s+in|answers\s+in|"
    r"switches\s+to|begins\s+in)\s+[^\W\d_]+(\s+[^\W\d_]+)?|"
    r"no\s+(translation|interpretation)(\s+(was\s+)?(provided|available|given))?|"
    r"(translation|interpretation)\s+(not\s+provided|unavailable))$")
# "(In English.)" must name a language, i.e. a capitalised word, not "(in progress)".
_CAPITALISED_TAIL = re.compile(r"[\s(]([A-Z][^\W\d_]+)[.)\s]*\)?$")


def classify(marker: str) -> Note | None:
    if not marker.startswith("("):
        return None
    words = inner(marker)
    if INTERPRETED.match(words):
        return Note(type="delivery", text=marker, interpreted=True)
    if LANGUAGE.match(words) and (words.startswith("no ") or words.startswith("translation")
                                  or words.startswith("interpretation")
                                  or _CAPITALISED_TAIL.search(marker)):
        return Note(type="delivery", text=marker)
    return None


def whole_note(line: str) -> Note | None:
    """The note, if `line` is nothing but a delivery note."""
    line = line.strip()
    return classify(line) if line.startswith("(") and line.endswith(")") else None


def apply(doc: Transcript) -> None:
    for paragraph in each_paragraph(doc.blocks):
        split_markers(paragraph, classify)
    for turn in doc.turns():
        _lift_leading_notes(turn)
        turn.interpreted = _label_says_interpreted(turn.label) or any(n.interpreted for n in turn.lead_notes) or any(
            isinstance(i, Note) and i.interpreted
            for p in turn.paragraphs if hasattr(p, "content") for i in p.content)


def _label_says_interpreted(label: str | None) -> bool:
    """ "PRESIDENT ZELENSKYY (via interpreter):" carries the note inside the label."""
    m = re.search(r"\([^()]+\)", label or "")
    return bool(m) and INTERPRETED.match(inner(m.group(0))) is not None


def _lift_leading_notes(turn: Turn) -> None:
    """Move delivery notes that open the turn's first paragraph into `lead_notes`."""
    if turn.label is None or not turn.paragraphs or not hasattr(turn.paragraphs[0], "content"):
        return
    first = turn.paragraphs[0]
    if len(turn.paragraphs) == 1 and all(isinstance(i, Note) or not i.text.strip() for i in first.content
                                         if not isinstance(i, LineBreak)):
        return  # the notes are the whole turn ("(In Moldovan.)"): they stay in it
    while first.content:
        head = first.content[0]
        if isinstance(head, Text) and not head.text.strip():
            first.content.pop(0)
        elif isinstance(head, Note) and head.type == "delivery":
            turn.lead_notes.append(first.content.pop(0))
        else:
            break
    if first.content and isinstance(first.content[0], Text):
        first.content[0] = Text(first.content[0].text.lstrip())
    if not first.content:
        turn.paragraphs.pop(0)
