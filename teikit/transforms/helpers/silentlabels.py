"""A label line with no speech under it, right before another speaker's label.

Podcast and transcription-service pages print each turn as a label line (a name, often with
its recording time) over the speech. Where the page lost a speaker's words, two label lines
follow each other and the first stands over nothing:

    Matt Cundill 00:00:35

    Johnny Podcasts 00:00:35
    Hey, I'm Johnny ...

That line opens no turn (a turn is speech): it is kept verbatim as a `note[@type='cue']`
between the turns, where it was printed.
"""
from __future__ import annotations

from teikit.model import Note, Transcript, Turn


def set_silent_labels_apart(doc: Transcript) -> None:
    blocks = doc.blocks
    silent = [i for i, b in enumerate(blocks[:-1]) if type(b) is Turn and b.label and not b.paragraphs
              and not b.lead_notes and type(blocks[i + 1]) is Turn and blocks[i + 1].label]
    for i in silent:
        blocks[i] = Note(type="cue", text=blocks[i].label)
