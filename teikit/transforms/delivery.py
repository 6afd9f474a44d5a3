"""Delivery notes: interpretation ("(Via interpreter)", "(As interpreted.)") and language
notes ("(In English.)", "(Speaks French.)", "(No translation provided.)").

A note that opens a turn is moved before the turn (`Turn.lead_notes`); a note later in the
turn stays where it was printed (a switch of language mid-turn). A turn with an
interpretation note anywhere is `interpreted`; language notes alone do not make it so.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import LineBreak, Note, Text, Transcript, Turn
from teikit.transforms.helpers.markers import delivery_note, each_paragraph, inner, split_markers


class DeliveryPass:
    name = "delivery"
    after = ("ending",)

    def apply(self, doc: Transcript, ctx) -> None:
        lex = ctx.lexicon
        for paragraph in each_paragraph(doc.blocks):
            split_markers(paragraph, lambda marker: delivery_note(marker, lex))
        for turn in doc.turns():
            _split_label_note(turn, lex)
            _lift_leading_notes(turn)
            turn.interpreted = (_label_says_interpreted(turn.label, lex)
                                or any(n.interpreted for n in turn.lead_notes)
                                or any(isinstance(i, Note) and i.interpreted for p in turn.paragraphs
                                       if hasattr(p, "content") for i in p.content))


def _label_says_interpreted(label: str | None, lex: Lexicon) -> bool:
    """ "PRESIDENT ZELENSKYY (via interpreter):" carries the note inside the label."""
    notes = re.findall(r"\([^()]+\)|\[[^\[\]]+\]", label or "")
    return any(lex.pattern("interpreted_notes").fullmatch(inner(n)) for n in notes)


# A bracketed note at the end of a label, before its separator: "Name (Kuwait) (interpretation
# from Arabic):", "Вопрос (как переведено):".
_LABEL_NOTE = re.compile(r"\s*(\([^()]+\)|\[[^\[\]]+\])(\s*[:：.\-–—]*\s*)$")


def _split_label_note(turn: Turn, lex: Lexicon) -> None:
    """A delivery note printed inside the label is not part of the label: the label ends
    before it, and the note (with the separator printed after it) goes before the speech."""
    if not turn.label or turn.time:
        return
    m = _LABEL_NOTE.search(turn.label)
    note = delivery_note(m.group(1), lex) if m and m.start() else None
    if note is None:
        return
    turn.label = turn.label[:m.start()]
    turn.lead_notes.insert(0, Note(type="delivery", text=m.group(0).strip(),
                                   interpreted=note.interpreted))


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


PASS = DeliveryPass()
