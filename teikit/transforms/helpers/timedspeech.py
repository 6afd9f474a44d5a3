"""A speaker's name and the recording time in brackets, then the speech on the same line, no
separator: "Sam Altman (00:00:00) I think compute is going to be …", "Ann Lee [01:02:03] So …",
as podcast sites and transcription services print their transcripts (L1191h). The label
policy believes the shape when the text prints two names so, or one name twice."""
from __future__ import annotations

import re

from teikit.transforms.helpers.labeltimes import TS

# One to five words, each opening with a letter; the time in round or square brackets; speech.
_TIMED_SPEECH = re.compile(rf"^([^\W\d_][\w.'’\-]*(?:[ \u00a0][^\W\d_][\w.'’\-]*){{0,4}})[ \t\u00a0]+"
                           rf"(\[{TS}\]|\({TS}\))[ \t\u00a0]+(?=\S)")


def timed_speech(line: str) -> tuple[int, str, str] | None:
    """(where the label ends, the name, the time as printed) of a line in the shape, or None."""
    if not line[:1].isalpha():
        return None
    m = _TIMED_SPEECH.match(line)
    return (m.end(2), m.group(1), m.group(2)) if m else None
