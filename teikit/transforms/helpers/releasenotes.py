"""Dates a header announces inside a run of text: the date a release note announces ("For
Immediate Release October 15, 2009", lexicon `release_notes`, H143h) and the date a field of a
bar-separated run gives ("《会客厅》 | 吴建民 | 播出时间:2003年11月13日 主持人:...", H144h), read in the
header lines and the opening of a record whose header is run into its first paragraph."""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind as K
from teikit.transforms.helpers.dates import find_date
from teikit.transforms.helpers.headerlines import field_value

# A release note stands near the head of its line: only so many characters are read.
RELEASE_NOTE_CHARS = 600
# The date follows the note at once, after punctuation at most, within so many characters.
NOTE_TO_DATE_CHARS = 40
_BETWEEN = " \t\u00a0,:;.–—-"


def release_noted_date(text: str, lex: Lexicon) -> tuple[int, int, str] | None:
    """(start, end, ISO) of the date printed right after a release note in `text`'s head."""
    if not lex.release_notes:
        return None
    head = text[:RELEASE_NOTE_CHARS]
    for m in lex.pattern("release_notes").finditer(head):
        after = head[m.end():m.end() + NOTE_TO_DATE_CHARS + 30]
        found = find_date(after, lex)
        if found and found[0] <= NOTE_TO_DATE_CHARS and not after[:found[0]].strip(_BETWEEN):
            return m.end() + found[0], m.end() + found[1], found[2]
    return None


# The segments of a run cut by bars: a page's widget row printed on one line with the text.
_BAR = re.compile(r"\s[|｜]\s")


def fielded_date(text: str, lex: Lexicon) -> tuple[int, int, str] | None:
    """(start, end, ISO) of the date opening the value of a date or time field (lexicon
    `header_fields`) that opens a segment of a bar-separated run in `text`'s head: "《新闻会客厅》
    | 吴建民 | 播出时间:2003年11月13日 主持人:您好..." (H144h)."""
    head = text[:RELEASE_NOTE_CHARS]
    if not _BAR.search(head):
        return None
    at = 0
    for segment in _BAR.split(head):
        start = head.index(segment, at)
        at = start + len(segment)
        field = field_value(segment, lex)
        if field is None or field[0] not in (K.DATE, K.TIME):
            continue
        found = find_date(field[1], lex)
        if found and found[0] == 0:
            begin = start + segment.index(field[1])
            return begin, begin + found[1], found[2]
    return None
