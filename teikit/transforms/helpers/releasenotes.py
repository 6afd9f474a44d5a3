"""The date a release note announces: "For Immediate Release October 15, 2009", "For
Immediate Release, July 06, 2011" (lexicon `release_notes`), read in the header lines and the
opening of a record whose header is run into its first paragraph (H143h)."""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.dates import find_date

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
