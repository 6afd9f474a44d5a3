"""A transcriber's remark in brackets that opens a turn, the speech right after it:
`- (выходя из конференц-зала) Какие выводы?!`, `ANN LEE: (turning to the minister) And you?`.

A parenthesis in lower case at the very start of a turn's first line (after the dash that
opens an unlabeled turn, if any), of a few words, no digit and no colon, with speech after
it on the same line, says how or where the speaker spoke, not what: it is no speech, and
becomes `<incident type="stage">` kept verbatim (E371a). Remarks whose words the lexicon
knows ("(ride)", "(Risas)") are the events pass's already; enumerations ("(a) first"),
asides in capitals ("(Inaudible)" is a word of the lexicon) and longer prose stay speech.
"""
from __future__ import annotations

import re

from teikit.model import Event, Paragraph, Text, Transcript

# A remark of this many words or more is prose in brackets, not a stage direction (as
# `events.MAX_EVENT_WORDS`).
MAX_REMARK_WORDS = 8
# The opening dash of an unlabeled turn, the remark (a lower-case letter first, no digit, no
# colon, no bracket inside), then a space and the speech.
_OPENING = re.compile(r"^([-–—][ \u00a0]*)?(\((?=[^\W\d_])[^\W\d_][^()\[\]:\d\n]{1,80}\))[ \u00a0]+(?=\S)")


def set_opening_remarks_apart(doc: Transcript) -> None:
    """Replace each turn-opening remark by a stage event, in place."""
    for turn in doc.turns():
        first = next((p for p in turn.paragraphs if isinstance(p, Paragraph)), None)
        if first is None or not first.content or type(first.content[0]) is not Text:
            continue
        text = first.content[0].text
        m = _OPENING.match(text)
        if m is None or not m.group(2)[1].islower() or len(m.group(2).split()) >= MAX_REMARK_WORDS:
            continue
        pieces = [Text(m.group(1))] if m.group(1) else []
        pieces += [Event(element="incident", type="stage", text=m.group(2)), Text(text[m.end(2):])]
        first.content[0:1] = pieces
