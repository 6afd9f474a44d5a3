"""Label shapes printed in emphasis that `labelshapes._MARKDOWN` does not read:

- a transcription service's bold label that holds the recording time (L1230h):
  `**Jason: (00:00:00)** I got to ...`: the name, its colon and the bracketed time in one bold
  run, the speech after the closing marks. The time is the turn's timestamp, never speech;
  later paragraphs open with the bold time alone (`**(00:01:24)** And when ...`, T1231h,
  `leadtimes`);
- an italic label, its colon inside the italics (L1238h): `*Interviewer:* **What …?**`,
  `_Ann Lee:_ Hello.` (the policy believes it as it believes other labels: printed once
  over a line, "*Harbour Master:* the quay …", it is none).
"""
from __future__ import annotations

import re

from teikit.transforms.helpers.labeltimes import TS

_BOLD_TIMED_LABEL = re.compile(
    r"^(\*\*|__)([^*_\n:：]{1,60}?)[ \u00a0]?[:：][ \t\u00a0]*(\[" + TS + r"\]|\(" + TS + r"\))\1(?=\s|$)")
# one to five words, no emphasis mark inside; a bullet's "* " (a space after the mark) is none
_ITALIC_LABEL = re.compile(r"^([*_])([^\s*_:：][^*_\n:：]{0,58}?)[ \u00a0]?[:：]\1(?=[ \t\u00a0]+\S|[ \t\u00a0]*$)")
MAX_ITALIC_LABEL_WORDS = 5


def bold_timed_label(line: str) -> tuple[int, str, str] | None:
    """`**Name: (hh:mm:ss)**`: where the label ends, the name and the printed time."""
    m = _BOLD_TIMED_LABEL.match(line)
    if m is None or not m.group(2).strip():
        return None
    return m.end(), m.group(2).strip(), m.group(3)


def italic_label(line: str) -> tuple[int, str] | None:
    """`*Name:*`, `_Name:_`: where the label ends and the name."""
    m = _ITALIC_LABEL.match(line)
    if m is None or len(m.group(2).split()) > MAX_ITALIC_LABEL_WORDS:
        return None
    return m.end(), m.group(2).strip()
