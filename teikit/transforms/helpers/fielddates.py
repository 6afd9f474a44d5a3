"""A field of a header's field block whose value is a whole date, whatever its name (H2502m).

A TV archive prints its programme's fields one under the other, `Host: …` / `Guest: …` /
`Title: …` / `VTR: 5/4/1993`: the last, in capitals, was read as a speaker VTR holding the
host's opening words. `date_fields_in_block` gives the label policy the (label, rest) pairs of
such fields; `block_date_lines` reads them as date lines in the header.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind
from teikit.transforms.helpers.datefields import MAX_FIELD_CHARS
from teikit.transforms.helpers.dates import date_line
from teikit.transforms.helpers.headerlines import field_value


# A field's name in a field block: one or two words, no sentence ("VTR", "Air date").
_BLOCK_FIELD = re.compile(r"^[^\W\d_][\w.&'’-]*(?: [^\W\d_][\w.&'’-]*)?$")


def date_fields_in_block(lines: list[str], colons: list, counts, lex: Lexicon) -> set[tuple[str, str]]:
    """The (label, rest) pairs of colon candidates (`colons`: (line index, candidate)) that are
    a field of the header's block, not a label (H2502m): printed once, a name of one or two
    words, a whole date as the value (`date_line`), right under a field line the lexicon reads
    (`header_fields`: "Title: …", "Date: …") or under another such field. A label whose speech
    is a date, under speech or another label ("ROE: May 4, 1993."), stays a label."""
    out: set[tuple[str, str]] = set()
    for i, c in colons:
        if i == 0 or counts[c.name] >= 2 or not _BLOCK_FIELD.match(c.name) or len(c.rest) > MAX_FIELD_CHARS \
                or date_line(c.rest.strip(), lex) is None:
            continue
        above = lines[i - 1].strip()
        if _field_line(above, lex) or any(above.startswith(label) for label, _ in out):
            out.add((c.label, c.rest))
    return out


def block_date_lines(lines: list, lex: Lexicon) -> None:
    """The header lines (`HeaderLine`s) no rule claimed that are such a field under a field
    line: dates (H2502m)."""
    for above, line in zip(lines, lines[1:]):
        name, colon, value = line.text.partition(":")
        if line.kind == HeaderKind.UNKNOWN and colon and _BLOCK_FIELD.match(name.strip()) \
                and len(line.text) <= MAX_FIELD_CHARS and date_line(value.strip(), lex) is not None \
                and (above.kind == HeaderKind.DATE or _field_line(above.text, lex)):
            line.kind = HeaderKind.DATE


def _field_line(text: str, lex: Lexicon) -> bool:
    return field_value(text.strip(), lex) is not None
