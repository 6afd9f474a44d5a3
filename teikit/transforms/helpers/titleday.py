"""The event's day a title prints in brackets without its year ("… alla TASS (Roma, 7 ottobre)"),
read against the page's date (H8e); used by `transforms.setting` once a date is known."""
from __future__ import annotations

import datetime as _dt
import re

from teikit.lexicons import Lexicon
from teikit.model import Setting
from teikit.transforms.helpers.dates import find_date
from teikit.transforms.helpers.headerlines import is_place_pair


# A title's closing place and day without the year: "… alla TASS (Roma, 7 ottobre)".
_BRACKETED_PLACE_DAY = re.compile(r"\(([^\W\d_][^(),\d]{1,40}),\s+((\d{1,2})\.?\s+([^\W\d_]+)\.?)\)\s*$")
MAX_DAYS_BEFORE_PAGE_DATE = 62


def title_day(title: str, page_iso: str, lex: Lexicon) -> tuple[str, str, str] | None:
    """(place, day as printed, ISO date) when the title ends with a place and a day and month
    in brackets and no year: the year is the page's date's, or the year before when the day
    would fall after it (an event is published on its day or later), within two months."""
    m = _BRACKETED_PLACE_DAY.search(title) if title.rstrip().endswith(")") else None
    month = lex.months.get(m.group(4).lower()) if m else None
    if not month or not is_place_pair(f"{m.group(1)}, X", lex):
        return None
    page = _dt.date.fromisoformat(page_iso)
    for year in (page.year, page.year - 1):
        try:
            day = _dt.date(year, month, int(m.group(3)))
        except ValueError:
            return None
        if day <= page:
            return (m.group(1), m.group(2), day.isoformat()) if (page - day).days <= MAX_DAYS_BEFORE_PAGE_DATE else None
    return None


def day_in_title(s: Setting, lex: Lexicon) -> None:
    """The event's day printed in the title's brackets without its year, read against the
    page's date (`title_day`)."""
    if s.title and s.date_iso and (day := title_day(s.title, s.date_iso, lex)):
        s.date_text, s.date_iso = day[1], day[2]  # the event's day in the title, the page's date later
        s.place = s.place or day[0]


def date_closing_title(s: Setting, lex: Lexicon) -> None:
    """A title that closes with the event's full date ("Transcript of the Minister's Media
    Doorstop in Washington D.C., 5 June 2018") over the page's date line a day or more later
    ("06 June 2018", when the page was posted): the title's date is the event's (D2286l). A
    date line on the title's day or before it is left as the date."""
    found = find_date(s.title, lex) if s.title and s.date_iso else None
    if found is None or s.title[found[1]:].strip(" .)]") or found[2] == s.date_iso:
        return
    try:
        later = (_dt.date.fromisoformat(s.date_iso) - _dt.date.fromisoformat(found[2])).days
    except ValueError:
        return  # (a month or a year alone)
    if 0 < later <= MAX_DAYS_BEFORE_PAGE_DATE:
        s.date_text, s.date_iso = s.title[found[0]:found[1]], found[2]


# A title's short date at its head (H514a): "9 May 14 – Southampton (A) Pre-Match Press
# Conference" (day, month word, two-digit year, then a dash), and a board post's "[討論]
# 200124柯文哲聯訪逐字稿" (year, month and day of two digits each, glued to the ideographs of the
# event's name, after the board's bracketed tag).
_WORDED_SHORT_YEAR = re.compile(r"(?P<day>[0-3]?\d)\s+(?P<month>[^\W\d_]{3,}\.?)\s+(?P<year>\d{2})(?=\s+[-–—]\s)")
_COMPACT_YYMMDD = re.compile(r"(?:\[[^\]\n]{1,8}\]\s*)?(?P<year>\d{2})(?P<month>[01]\d)(?P<day>[0-3]\d)(?=[\u3400-\u9fff])")


def title_short_date(title: str, lex: Lexicon) -> tuple[int, int, str] | None:
    """(start, end, ISO date) of the short date a title opens with: the event's day, which the
    page's own stamp (posted later, with its four-digit year) does not give. The two-digit
    year is this century's."""
    text = title.strip()
    m = _WORDED_SHORT_YEAR.match(text) or _COMPACT_YYMMDD.match(text)
    if m is None:
        return None
    month = m.group("month")
    month = int(month) if month.isdigit() else lex.months.get(month.lower().rstrip("."))
    if not month:
        return None
    try:
        day = _dt.date(2000 + int(m.group("year")), month, int(m.group("day")))
    except ValueError:
        return None
    offset = len(title) - len(title.lstrip())
    return offset + m.start("year" if m.re is _COMPACT_YYMMDD else "day"), offset + m.end(), day.isoformat()
