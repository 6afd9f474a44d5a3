"""Label shapes printed in emphasis that `labelshapes._MARKDOWN` does not read:

- a transcription service's bold label that holds the recording time (L1230h):
  `**Jason: (00:00:00)** I got to ...`: the name, its colon and the bracketed time in one bold
  run, the speech after the closing marks. The time is the turn's timestamp, never speech;
  later paragraphs open with the bold time alone (`**(00:01:24)** And when ...`, T1231h,
  `leadtimes`); other services print the time first inside the run (L1600i):
  `**[00:03] SPEAKER_00:** Hello ...` (a diarization id's underscore is part of the name);
  interview transcripts print the name and the time in one bold run with no colon at all
  (L1630i): `**I [00:00:00]** Zu allererst ...`, a weak shape (a bold name, L920e);
- an italic label, its colon inside the italics (L1238h): `*Interviewer:* **What …?**`,
  `_Ann Lee:_ Hello.` (the policy believes it as it believes other labels: printed once
  over a line, "*Harbour Master:* the quay …", it is none).
"""
from __future__ import annotations

import re

from teikit.transforms.helpers.labeltimes import TS

_BOLD_TIMED_LABEL = re.compile(
    r"^(\*\*|__)([^*_\n:：]{1,60}?)[ \u00a0]?[:：][ \t\u00a0]*(\[" + TS + r"\]|\(" + TS + r"\))\1(?=\s|$)")
# "**[00:03] SPEAKER_00:** Hello": the bracketed time first, then the label and its colon, in
# one bold run (L1600i); inside "**" a name may hold "_" (diarization ids), inside "__" not.
_BOLD_TIME_FIRST_LABEL = re.compile(
    r"^(?:\*\*(\[" + TS + r"\]|\(" + TS + r"\))[ \u00a0]+([^*\n:：\[\]()]{1,60}?)[ \u00a0]?[:：]\*\*"
    r"|__(\[" + TS + r"\]|\(" + TS + r"\))[ \u00a0]+([^*_\n:：\[\]()]{1,60}?)[ \u00a0]?[:：]__)(?=\s|$)")
# "**I [00:00:00]** Zu allererst ...": a name and its bracketed time, no colon, the speech after
# the closing marks (L1630i)
_BOLD_NAME_TIME = re.compile(
    r"^(\*\*|__)([^\W\d_][^*_\n:：\[\]()]{0,59}?)[ \u00a0]+(\[" + TS + r"\]|\(" + TS + r"\))\1(?=[ \t\u00a0]+\S)")
# one to five words, no emphasis mark inside; a bullet's "* " (a space after the mark) is none
_ITALIC_LABEL = re.compile(r"^([*_])([^\s*_:：][^*_\n:：]{0,58}?)[ \u00a0]?[:：]\1(?=[ \t\u00a0]+\S|[ \t\u00a0]*$)")
MAX_ITALIC_LABEL_WORDS = 5


def bold_timed_label(line: str) -> tuple[int, str, str, bool] | None:
    """`**Name: (hh:mm:ss)**` or `**[mm:ss] Name:**` (L1600i): where the label ends, the name,
    the printed time and whether the time is printed first."""
    m = _BOLD_TIMED_LABEL.match(line)
    if m is not None and m.group(2).strip():
        return m.end(), m.group(2).strip(), m.group(3), False
    m = _BOLD_TIME_FIRST_LABEL.match(line) if line[2:3] in "[(" else None
    if m is None:
        return None
    name = (m.group(2) or m.group(4)).strip()
    return (m.end(), name, m.group(1) or m.group(3), True) if name else None


def bold_name_time(line: str) -> tuple[int, str, str] | None:
    """`**Name [hh:mm:ss]** speech` (L1630i): where the bold run ends, the name and the time."""
    m = _BOLD_NAME_TIME.match(line)
    return (m.end(), m.group(2).strip(), m.group(3)) if m is not None else None


def italic_label(line: str) -> tuple[int, str] | None:
    """`*Name:*`, `_Name:_`: where the label ends and the name."""
    m = _ITALIC_LABEL.match(line)
    if m is None or len(m.group(2).split()) > MAX_ITALIC_LABEL_WORDS:
        return None
    return m.end(), m.group(2).strip()
