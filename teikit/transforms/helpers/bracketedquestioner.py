"""A press conference's questioner in brackets before the question: "Q: (Ann Lee – Harbour
Times) Two questions ...", "P: (Ana Ruiz, elpais.com) ¿Cómo ...?" (N1031f). (Square brackets are
read as the editor's before this pass.) The bracket names the
journalist and their outlet; it is an attribution, not speech: it becomes a lead note of the
turn, and the caller points the turn at the person it names."""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import Note, Paragraph, Text, Turn
from teikit.transforms.helpers import ownwords as ow

# "(" name words, a dash or comma, the outlet, ")" and a space before the question.
_BRACKETED = re.compile(r"\(((?:[^\W\d_][\w'’.-]*[ \u00a0]){1,3}[^\W\d_][\w'’-]*)[ \u00a0]*(?:[–—-]|,)"
                        r"[ \u00a0]*([^()\n]{2,60}?)\)[ \u00a0]+(?=\S)")


def bracketed_questioner(turn: Turn, lex: Lexicon) -> tuple[str, str] | None:
    """(name, outlet) of the bracket that opens the turn's speech, moved into a lead note;
    None (and the turn unchanged) when the speech opens otherwise."""
    first = turn.paragraphs[0] if turn.paragraphs else None
    if type(first) is not Paragraph or not first.content or type(first.content[0]) is not Text:
        return None
    text = first.content[0].text
    m = _BRACKETED.match(text) if text[:1] == "(" else None
    found = ow.named_outlet(m.group(1).replace("\u00a0", " "), m.group(2).strip(), lex, bracketed=True) if m else None
    if found is None:
        return None
    turn.lead_notes.append(Note(type="questioner", text=text[:m.end()].strip()))
    first.content[0] = Text(text[m.end():])
    return found
