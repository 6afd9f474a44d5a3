"""A speech recogniser's voice tag before the transcriber's own label (L1001f).

A transcript made by a machine and corrected by hand keeps the recogniser's tags, which do
not follow the real voices, and the transcriber writes the real speaker's letter after them:

    S: So before we talk about that game, I'll introduce your crew.
    C: Hello!
    Speaker 2: A Yeah.
    Speaker 0: S Is the beginner's guide.
    Speaker 2: C: Um, I'm gonna...

The letter is the label and the tag is neither label nor speech. It is read so when at
least `MIN_TAGGED` turns, and two thirds of the turns, labelled with a diarization id
("Speaker 2", "spk1", "SPEAKER_01") open with a short label (one to three letters, its colon
optional) that the text also prints as a label of its own (`S:`, `C:`): the turn takes
that label, and the tag is set apart before it as a `note[@type='speaker-tag']`. A
recogniser's tags over plain speech ("Speaker 2: A good game.") name no such label and stay.
"""
from __future__ import annotations

import re

from teikit.model import Note, Text, Transcript, Turn
from teikit.transforms.helpers.labelshapes import DIARIZATION
from teikit.transforms.helpers.labeltext import STRAY_MARKS, base_label

MIN_TAGGED = 3
TAG_NOTE = "speaker-tag"
# one to three letters, a colon maybe, and the speech after a space
_LETTERS = re.compile(r"^([^\W\d_]{1,3})(:?)[ \u00a0]+(?=\S)")


def split_recogniser_tags(doc: Transcript) -> None:
    """Give turns tagged by a recogniser the transcriber's label after the tag (see the module)."""
    turns = doc.turns()
    # (a diarization id opens with "s": the other labels are passed over without reading them)
    tagged = [t for t in turns if t.label and (t.name or t.label).lstrip(STRAY_MARKS)[:1] in "sS"
              and DIARIZATION.match(_speaker(t))]
    if len(tagged) < MIN_TAGGED:
        return
    own = {_speaker(t) for t in turns if t.label and not DIARIZATION.match(_speaker(t))}
    hits = [(t, m) for t in tagged if (m := _opening_label(t, own))]
    if len(hits) < MIN_TAGGED or 3 * len(hits) < 2 * len(tagged):
        return
    at = {id(b): n for n, b in enumerate(doc.blocks)}
    for turn, m in reversed(hits):
        doc.blocks.insert(at[id(turn)], Note(type=TAG_NOTE, text=turn.label))
        first = turn.paragraphs[0].content
        first[0] = Text(first[0].text[m.end():])
        turn.label, turn.name, turn.joined = m.group(1) + m.group(2), m.group(1), False


def _speaker(turn: Turn) -> str:
    return base_label(turn.name or turn.label).strip()


def _opening_label(turn: Turn, own: set[str]) -> re.Match | None:
    """The label the turn's speech opens with, when the text prints it as a label too."""
    first = turn.paragraphs[0] if turn.paragraphs else None
    content = getattr(first, "content", None)
    if not content or type(content[0]) is not Text:
        return None
    m = _LETTERS.match(content[0].text)
    return m if m and m.group(1)[0].isupper() and m.group(1) in own else None
