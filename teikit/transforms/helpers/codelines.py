"""A header line that prints a code, not words: a hash, an id, a digest (H1305h).

Markdown extracts made by scripts print the source's id as a heading or in backticks over the
text ("## `1792dce49fec668d11ff6ccbe256a790`", `id: 3f2a9c0e-…`): no headline, whatever its
place. Such a line is a note of the header, never its title.

A record's document symbol is such a code too (H2483m): the file code and the symbol an
assembly prints over its verbatim record (`FR16CR01`, `AS (2016) CR 01`, `A/HRC/52/L.1`). One
token of capital letters and digits, two runs of each at least (`FR16CR01`; `G20` is a name), a
United Nations symbol of parts joined by slashes, or a line of short abbreviations in capitals
and numbers (a year in brackets among them) is no heading: a note.
"""
from __future__ import annotations

import re

# One token of letters and digits mixed (hyphens allowed, as in a UUID), long enough to be no
# word or number: a hexadecimal digest, an id.
_CODE = re.compile(r"(?=[0-9a-fA-F-]*\d)(?=[0-9a-fA-F-]*[a-fA-F])[0-9a-fA-F-]{12,}")
# A line printed whole as one Markdown code span: "`Ms. ROE — 4 January 2007`" (H1306h).
CODE_SPAN = re.compile(r"`[^`\n]+`")
_MARKS = "#`'\" \t\u00a0"


# A file code: capital letters and digits, each in two runs at least ("FR16CR01"; "B2B" and
# "G20" are words).
_FILE_CODE = re.compile(r"(?:[A-Z]{1,6}\d{1,6}){2,4}[A-Z]{0,6}")
# A symbol of parts joined by slashes: "A/HRC/52/L.1", "S/PV.9000", "E/CN.4/2005/1".
_SLASHED = re.compile(r"(?=.*\d)[A-Z]{1,4}(?:/[A-Z0-9][A-Z0-9.\-]{0,8}){2,6}")
# "AS (2016) CR 01": abbreviations in capitals and numbers, a year in brackets among them.
_SYMBOL = re.compile(r"[A-Z]{1,5}(?: [A-Z]{1,5})* \(\d{4}\)(?: [A-Z]{1,5}| \d{1,4})+")


def code_line(text: str) -> bool:
    """The line, without a heading's marks and backticks, is one hexadecimal code, or a
    record's file code or document symbol (H2483m)."""
    stripped = text.strip(_MARKS)
    return bool(_CODE.fullmatch(stripped) or _FILE_CODE.fullmatch(stripped) or _SLASHED.fullmatch(stripped)
                or _SYMBOL.fullmatch(stripped))
