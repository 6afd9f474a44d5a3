"""Speaker labels in square brackets alone on their line, the speech on the next line (L2260l),
as an event page prints its transcript: "[ANN LEE]" over "Good morning. ...", "[BEN KAY]" over
"Thank you, Ann. ...". The brackets are printed with the label and kept in it. A page of
questions and answers may name its speakers in parentheses so (L2521m): "(Padre Lombardi)"
alone over the moderator's speech, and the answer letter's line "R. – (Santo Padre)" naming the
one who answers, its bracket part of the label.

A bracketed line alone is often no label: a recording's event ("[Applause]"), a language tag
("[Français]"), a section ("[Multimedia]"), a time ("[00:00:03]"). The document's style decides
(`bracket_alone_style`): two different names at least, each a speaker's name in shape
(`bracket_name`: capitals, or two to four capitalised words; no event phrase), each printed over
a line of speech; a name in brackets closing a dashed label line counts among them.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.labelevidence import bracket_name

# "[ANN LEE]", "(Padre Lombardi)" filling the line: a letter first, no colon or nested bracket inside.
_BRACKET_ALONE = re.compile(r"^(?:\[([^\W\d_][^\[\]:：\n]{0,39}?)\]|\(([^\W\d_][^()\[\]:：\n]{0,39}?)\))[ \t\u00a0]*$")
# A label line closed by such a bracket: "R. – (Santo Padre)" (L2521m).
_CLOSING_BRACKET = re.compile(r"\S[ \t\u00a0]+([\[(][^()\[\]\n]{1,41}[\])])[ \t\u00a0]*$")


def bracketed_alone(line: str) -> str | None:
    """The name of a line that is a name in square brackets or parentheses and nothing else,
    or None."""
    m = _BRACKET_ALONE.match(line)
    return (m.group(1) or m.group(2)).strip() if m else None


def names_in_bracket(rest: str, lex: Lexicon) -> bool:
    """The rest of a dashed label's line is a speaker's name in brackets and nothing else:
    "(Santo Padre)" after "R. –" is part of the label, not speech (L2521m)."""
    name = bracketed_alone(rest.strip()) if rest.lstrip()[:1] in "[(" else None
    return name is not None and bracket_name(name, lex)


def closing_bracket_name(label: str) -> str | None:
    """The name in brackets that closes a label line ("R. – (Santo Padre)" -> "Santo
    Padre"), or None."""
    m = _CLOSING_BRACKET.search(label)
    return bracketed_alone(m.group(1)) if m else None


def bracket_alone_style(name: str, over_speech, lex: Lexicon) -> bool:
    """`name` (printed in brackets alone on its line) is a speaker's label: the document prints
    at least two different such names that read as names over a line of speech (`over_speech`:
    name -> lines)."""
    names = [n for n in over_speech if bracket_name(n, lex)]
    return name in names and len(names) >= 2
