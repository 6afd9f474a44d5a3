"""The asker and the outlet in brackets after a question label (L1002f).

Press-conference transcripts (motor racing, football, ministries) label every question `Q:`
and name the journalist of a question from the floor in brackets right after the label,
with the outlet after a dash or a comma:

    Q: (Julien Billiotte – AutoHebdo) Two-fold question about the new directive.
    Frage: [Anna Roth, Kicker] Wie geht es dem Knie?

The bracket is no speech: it is set apart as a `note[@type='asker']` after the label, and
the turn's speaker is the journalist, the outlet the role (the turn's name reads as a label
`Julien Billiotte (AutoHebdo):` would). The label is a question label of the lexicon
(`question_labels`); the name two to four capitalised words; the outlet, after a dash (`–`,
`—`, `-`), a comma, a slash or a bar, at most six words. A bracket of other words after
`Q:` (`(laughs)`, `(Via Interpreter)`) stays where it is.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import Note, Text, Transcript
from teikit.transforms.helpers.attribution import normalised_label

NOTE_TYPE = "asker"
_WORD = r"[^\W\d_][\w'’.\-]*"
_ASKER = re.compile(r"^(?:\((?P<p>[^()\[\]]+)\)|\[(?P<s>[^()\[\]]+)\])[ \u00a0]+(?=\S)")
_PARTS = re.compile(rf"^(?P<name>{_WORD}(?:[ \u00a0]{_WORD}){{1,3}})[ \u00a0]*(?:[ \u00a0][–—\-][ \u00a0]|[,/|][ \u00a0])"
                    rf"[ \u00a0]*(?P<outlet>\S(?:[^,]*\S)?)$")
MAX_OUTLET_WORDS = 6


def set_askers_apart(doc: Transcript, lex: Lexicon) -> None:
    """Name the journalist a question label's bracket prints (see the module)."""
    questions = {w.upper() for w in lex.question_labels}
    if not questions:
        return
    for turn in doc.turns():
        if not turn.label or not turn.paragraphs:
            continue
        content = getattr(turn.paragraphs[0], "content", None)
        if not content or type(content[0]) is not Text or content[0].text.lstrip()[:1] not in "([" \
                or normalised_label(turn.name or turn.label) not in questions:
            continue  # (the speech's first character first: few turns open with a bracket)
        text = content[0].text.lstrip()
        m = _ASKER.match(text)
        parts = _PARTS.match((m.group("p") or m.group("s")).strip()) if m else None
        if parts is None or not _named(parts.group("name")) or len(parts.group("outlet").split()) > MAX_OUTLET_WORDS:
            continue
        turn.lead_notes.insert(0, Note(type=NOTE_TYPE, text=m.group(0).rstrip()))
        content[0] = Text(text[m.end():])
        turn.name = f"{parts.group('name')} ({parts.group('outlet')})"


def _named(name: str) -> bool:
    return all(w[:1].isupper() for w in name.split())
