"""A header line that prints a code, not words: a hash, an id, a digest (H1305h).

Markdown extracts made by scripts print the source's id as a heading or in backticks over the
text ("## `1792dce49fec668d11ff6ccbe256a790`", `id: 3f2a9c0e-…`): no headline, whatever its
place. Such a line is a note of the header, never its title.
"""
from __future__ import annotations

import re

# One token of letters and digits mixed (hyphens allowed, as in a UUID), long enough to be no
# word or number: a hexadecimal digest, an id.
_CODE = re.compile(r"(?=[0-9a-fA-F-]*\d)(?=[0-9a-fA-F-]*[a-fA-F])[0-9a-fA-F-]{12,}")
# A line printed whole as one Markdown code span: "`Ms. ROE — 4 January 2007`" (H1306h).
CODE_SPAN = re.compile(r"`[^`\n]+`")
_MARKS = "#`'\" \t\u00a0"


def code_line(text: str) -> bool:
    """The line, without a heading's marks and backticks, is one hexadecimal code."""
    return bool(_CODE.fullmatch(text.strip(_MARKS)))
