"""A record's narration line led by a dash, inside a turn of a record whose labels close with a
full stop and a dash (E2489m).

The stenographic records of Spanish-speaking chambers label their speakers `Sr. PRESIDENTE
(Juri).-` and print what happens in the room on a line of its own opened by a dash: `- Ocupa
la Presidencia de la Honorable Cámara el señor diputado don Amado Nicomedes Juri. (Aplausos
prolongados.)`, `- Se practica la votación.`, `- Luego de unos instantes:`. The record's
voice, no one's speech: read line by line it was a paragraph of the turn above it. Such a
paragraph (not a turn's first), a dash, a space and a capital, a sentence or a colon closing
it, in a record at least one of whose labels closes with `.-`, becomes a stage note; an event
in brackets it holds stays the event it is. A dash-led line in a text of other labels (a list,
a dialogue's dash) is no narration.
"""
from __future__ import annotations

import re

from teikit.model import Event, Paragraph, StageNote, Text, Transcript

# "- Ocupa la Presidencia …": a dash, a space, a capital.
_DASHED = re.compile(r"[-–—][ \u00a0]+([^\W\d_])")
_CLOSED = tuple(".:!?)")
MAX_NARRATION_WORDS = 60


def mark_dash_narration(doc: Transcript) -> None:
    turns = doc.turns()
    if not any(t.label and t.label.rstrip().endswith((".-", ". -", ".–")) for t in turns):
        return
    for turn in turns:
        for item in turn.paragraphs[1:]:
            if type(item) is Paragraph and _narration(item.content):
                item.content = [piece for i in item.content for piece in _as_stage(i)]


def _as_stage(item) -> list:
    """A text as a stage note, the spaces around it kept as text (the source view gives them
    back: "… Juri. (Aplausos prolongados.)")."""
    if type(item) is not Text or not item.text.strip():
        return [item]
    core = item.text.strip()
    before, after = item.text[:len(item.text) - len(item.text.lstrip())], item.text[len(item.text.rstrip()):]
    return [*([Text(before)] if before else []), StageNote(text=core), *([Text(after)] if after else [])]


def _narration(content: list) -> bool:
    first = content[0] if content else None
    dashed = _DASHED.match(first.text.lstrip()) if type(first) is Text else None
    if dashed is None or not dashed.group(1).isupper():
        return False
    if not all(type(i) is Text or isinstance(i, Event) for i in content):
        return False
    words = " ".join(i.text for i in content if type(i) is Text).rstrip()
    return len(words.split()) <= MAX_NARRATION_WORDS and (words.endswith(_CLOSED) or isinstance(content[-1], Event))
