"""N231y: the dateline's day, not the post's. A page that reposts or reports a speech prints
its own date first (a post date line, a publication stamp) and then the event's dateline:

* a dateline line under the post date: the event's date, a comma, an optional venue and one
  to three place parts (`October 14, 2019` / `20 February 1950, McClare Hotel, Wheeling, West
  Virginia, USA`): the date, venue and place are the dateline's (`venued_dateline`);
* a news agency's dateline that prints month and day without the year (`新华社北京3月8日电`,
  lexicon `news_datelines` with a `dated` group holding `month` and `day`) under a publication stamp
  (`2017-03-09 07:20:20 来源:新华社`): the day is the dateline's, the year the stamp's
  (`agency_day`; the day after the stamp's is last year's).
"""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.lexicons import Lexicon, compiled_once
from teikit.model import HeaderKind as K
from teikit.model import HeaderLine, Turn
from teikit.transforms.helpers.dates import date_at_start, place_part
from teikit.transforms.helpers.headerwidgets import stamp_line

MAX_PLACE_PARTS = 3  # "Wheeling, West Virginia, USA"
_DATELINE_KINDS = (K.SUBTITLE, K.DATELINE, K.NOTE, K.SUMMARY, K.UNKNOWN)
_COMMA = re.compile(r"\s*,\s*")


@lru_cache(maxsize=None)
def _venue(lex: Lexicon) -> re.Pattern | None:
    return lex.whole_words("venue_words") if lex.venue_words else None


def venued_dateline(lines: list[HeaderLine], lex: Lexicon) -> tuple[str, str, str, str | None] | None:
    """(date as printed, ISO date, place, venue or None) of a "date, [venue,] place" line
    printed after a post date line (a header line that is only a date), or None."""
    dated = False
    for line in lines:
        if line.kind == K.DATE:
            dated = True
            continue
        if not dated or line.kind not in _DATELINE_KINDS:
            continue
        text = line.text.strip().rstrip(".")
        found = date_at_start(text, lex) if text[:1].isalnum() else None
        cut = _COMMA.match(text, found[0]) if found else None
        if cut is None:
            continue
        parts = [p.strip() for p in text[cut.end():].split(",")]
        venue_words = _venue(lex)
        venue = parts[0] if len(parts) > 1 and venue_words is not None and venue_words.search(parts[0]) else None
        places = parts[1:] if venue else parts
        if 1 <= len(places) <= MAX_PLACE_PARTS and all(place_part(p, lex) for p in places):
            return text[:found[0]], found[1], ", ".join(places), venue
    return None


def agency_day(texts: list[str], stamp_iso: str | None, lex: Lexicon) -> tuple[str, str] | None:
    """(day as printed, ISO date) of the first agency dateline among `texts` that prints a
    month and a day, in the year of the publication stamp `stamp_iso` (YYYY-MM-DD)."""
    if not re.match(r"\d{4}-\d{2}-\d{2}$", stamp_iso or ""):
        return None
    year, stamp_day = int(stamp_iso[:4]), (int(stamp_iso[5:7]), int(stamp_iso[8:10]))
    for text in texts:
        for pattern in lex.news_datelines:
            m = compiled_once(pattern).match(text.lstrip(" \t\u3000"))
            if m is None or "dated" not in m.re.groupindex:
                continue
            month, day = int(m.group("month")), int(m.group("day"))
            if not (1 <= month <= 12 and 1 <= day <= 31):
                return None
            return m.group("dated"), f"{year - ((month, day) > stamp_day):04d}-{month:02d}-{day:02d}"
    return None


def stamped(blocks: list, date_text: str | None, lex: Lexicon) -> bool:
    """Whether the document's date was read from a publication stamp above the first turn (a
    line with the date and a clock time: "2017-03-09 07:20:20 来源:新华社")."""
    if not date_text:
        return False
    for block in blocks:
        if isinstance(block, Turn):
            return False
        text = getattr(block, "text", "")
        if date_text in text and stamp_line(text, lex):
            return True
    return False
