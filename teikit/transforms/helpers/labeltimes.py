"""Recording timestamps printed with a speaker label: before it ("[00:01:23] Name:",
"00:00:03 Ann Lee: ..."), inside or after it ("Name (00:01:23):", "Speaker 1: (00:00)"), or
opening the speech line under a label alone (`TIMED_LINE`). Patterns only: `labelshapes`
takes the time out of a candidate's label.
"""
from __future__ import annotations

import re

# A recording timestamp, bare or bracketed: "03:04", "(00:01:23)", "[1:02:03.5]".
TS = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
TIMESTAMP = re.compile(rf"^(?:\[{TS}\]|\({TS}\)|{TS})$")
LEADING_TS = re.compile(rf"^(\[{TS}\]|\({TS}\))[ \t\u00a0]*(?=\S)")
# A speech line that opens with a bracketed recording timestamp ("[0:06] Hello"), under a label
# printed alone on the line above it (L122m).
TIMED_LINE = re.compile(rf"^[ \t\u00a0]*(?:\[{TS}\]|\({TS}\))[ \t\u00a0]*\S")
# A recording time printed bare before a label ("00:00:03 Ann Lee: ..."): hours, minutes and
# seconds, or minutes with a leading zero, so that a clock time ("10:30 AM: ...") is none; the
# label may open with its bold marks ("0:00:12.9 **Ann Lee** ...", L920e).
BARE_LEADING_TS = re.compile(r"^((?:\d{1,2}:\d{2}:\d{2}|0\d:\d{2})(?:[.,]\d{1,3})?)[ \t\u00a0]+(?=[^\W\d_]|\*\*|__)")
# A player's time in minutes and seconds, no leading zero, before a label alone on its line
# over the speech ("0:23 Matteo:", "1:09 Raffaele:"): taken only so, a clock time ("1:29 P.M.
# EDT", "9:00 Registration: ...") having no colon label alone after it (L1731j).
MINUTE_LEADING_TS = re.compile(r"^(\d:\d{2})[ \t\u00a0]+(?=[^\W\d_])")
TRAILING_TS = re.compile(rf"[ \t\u00a0]*(\[{TS}\]|\({TS}\))$")
# After a label, a record's clock note is a time too: "(12:14 horas)", "(10:30 Uhr)", "(12時22分)".
_CLOCK_NOTE = r"\(\d{1,2}:\d{2}[ \u00a0][^\W\d_]{1,6}\.?\)|\(\d{1,2}時\d{1,2}分\)"
REST_TS = re.compile(rf"^(\\?\[{TS}\\?\]|\({TS}\)|{_CLOCK_NOTE}|{TS})(?=\s|$)")
# A timestamp in brackets anywhere in the line ("Name (00:01:23): ...").
BRACKETED_TS = re.compile(rf"[\[(]{TS}[\])]")


def inside_timestamp(line: str, i: int) -> bool:
    """The colon at `i` belongs to a bracketed timestamp ("Name (00:01:23): ...")."""
    return any(m.start() < i < m.end() for m in BRACKETED_TS.finditer(line, 0, i + 16))

