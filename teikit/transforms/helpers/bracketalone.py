"""Speaker labels in square brackets alone on their line, the speech on the next line (L2260l),
as an event page prints its transcript: "[ANN LEE]" over "Good morning. ...", "[BEN KAY]" over
"Thank you, Ann. ...". The brackets are printed with the label and kept in it.

A bracketed line alone is often no label: a recording's event ("[Applause]"), a language tag
("[Français]"), a section ("[Multimedia]"), a time ("[00:00:03]"). The document's style decides
(`bracket_alone_style`): two different names at least, each a speaker's name in shape
(`bracket_name`: capitals, or two to four capitalised words; no event phrase), each printed over
a line of speech.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.labelevidence import bracket_name

# "[ANN LEE]" filling the line: a letter first, no colon or nested bracket inside.
_BRACKET_ALONE = re.compile(r"^\[([^\W\d_][^\[\]:：\n]{0,39}?)\][ \t\u00a0]*$")


def bracketed_alone(line: str) -> str | None:
    """The name of a line that is a name in square brackets and nothing else, or None."""
    m = _BRACKET_ALONE.match(line)
    return m.group(1).strip() if m else None


def bracket_alone_style(name: str, over_speech, lex: Lexicon) -> bool:
    """`name` (printed in brackets alone on its line) is a speaker's label: the document prints
    at least two different such names that read as names over a line of speech (`over_speech`:
    name -> lines)."""
    names = [n for n in over_speech if bracket_name(n, lex)]
    return name in names and len(names) >= 2
