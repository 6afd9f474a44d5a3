"""Date lines of shapes the plain `date_line` does not read (D790b, D791b, H2517m).

- A date field whose name qualifies the lexicon's date field: "Sitting date: 10 December
  2024", "Hearing date: May 3, 2021", "Fecha de publicación: 11 de septiembre de 2019",
  "Date de diffusion : 24 novembre 2020" (D790b). The name is a field the lexicon's
  `header_fields` reads as a date, with up to three words before or after it ("Fecha de la
  sesión:"); the value must be a whole date, so "Sitting date: to be announced" stays unread.
- A whole date closed by its hour in words: "20 мая 2015 года. 10 часов.", "3. März 2015,
  10 Uhr", "3 March 2015, 10 o'clock" (lexicon `hour_words`, D791b).
- A body's line closed by its meeting's date: "Committee for Ports, meeting on Wednesday, 7
  October 2020" (H2517m, `meeting_line`).

The first two scans are one anchored match per line (no search over a long line), so a page
of many lines costs one match each.
"""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.lexicons import Lexicon, compiled_once
from teikit.transforms.helpers.dates import date_line, find_date

# A field name's words besides its date word: at most this many ("de la sesión").
MAX_QUALIFIER_WORDS = 3
# A line longer than this is no header field (speech that happens to hold "date:").
MAX_FIELD_CHARS = 120


class _Shapes:
    def __init__(self, lex: Lexicon):
        keys = sorted((k for k, v in lex.header_fields.items() if v == "date"), key=len, reverse=True)
        key = "|".join(map(re.escape, keys)) or r"(?!)"
        word = r"[^\W\d_]+"
        qualifier = rf"{word}(?:[ '’]{word}){{0,{MAX_QUALIFIER_WORDS - 1}}}"
        # "Sitting date:" (qualifier first) or "Fecha de publicación:" (the date word first)
        self.field = re.compile(rf"^(?:{qualifier}\s+(?:{key})|(?:{key})\s+{qualifier})\s*[:：]\s*(?P<value>\S.*)$",
                                re.IGNORECASE)
        hours = lex.alternation("hour_words") if lex.hour_words else r"(?!)"
        self.hour = re.compile(rf"[.,;]?\s+\d{{1,2}}\s+(?:{hours})\.?\s*$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _shapes(lex: Lexicon) -> _Shapes:
    return _Shapes(lex)


def dated_field(text: str, lex: Lexicon) -> bool:
    """A qualified date field (D790b) or a date closed by its worded hour (D791b)."""
    line = text.strip()
    if len(line) > MAX_FIELD_CHARS or not any(ch.isdigit() for ch in line):
        return False
    shapes = _shapes(lex)
    field = shapes.field.match(line)
    if field is not None:
        return date_line(field.group("value"), lex) is not None
    hour = shapes.hour.search(line)
    return hour is not None and hour.start() > 0 and date_line(line[:hour.start()], lex) is not None


def meeting_line(text: str, lex: Lexicon) -> bool:
    """A body's line closed, after a comma, by its meeting's date (lexicon `meeting_leads`):
    "Committee for Ports, meeting on Wednesday, 7 October 2020" names who met and when, a
    dateline over the record, not its title (H2517m)."""
    if not lex.meeting_leads or "," not in text:
        return False
    found = find_date(text, lex)
    if found is None or text[found[1]:].strip(" .") or found[0] < 1:
        return False
    head = text[:found[0]].rstrip()
    lead = compiled_once(rf",\s*(?:{lex.alternation('meeting_leads')})$", re.IGNORECASE).search(head)
    return lead is not None and lead.start() > 0
