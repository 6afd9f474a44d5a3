"""A record's date field whose era year is printed without the era's words (D380a).

Taiwan's government records print their header fields with the Minguo year bare:
"時間:90/01/15" is 15 January 2001 (Minguo 90 + 1911), as "民國90年1月15日" is with its era
words (lexicon `year_eras`, H43). Without the era words the year is read only as the value of a
date or time field of the lexicon's `header_fields`, and only when the lexicon names the years
to add (`field_eras`). The rule for ambiguity: the year must have three digits (Minguo 100 is
2011) or two above 31, which no day or month reaches, so "15/01/01" (a day first, as Hong Kong
prints it) and "01/02/03" give no date. A two-digit Gregorian year printed first in such a field
("98/03/05" for 1998) would be read as the era's (2009): the documented trade of a convention
that only the zh lexicon names. A four-digit year is `find_date`'s, never this rule's.
"""
from __future__ import annotations

import datetime as _dt
import re

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind
from teikit.transforms.helpers.headerlines import field_value

_BARE_ERA_DATE = re.compile(
    r"(?P<year>\d{2,3})\s*(?:/|年)\s*(?P<month>\d{1,2})\s*(?:/|月)\s*(?P<day>\d{1,2})(?:\s*日)?(?![\d/])")
# A bare year above this many is no day and no month.
MAX_DAY = 31


def field_era_date(text: str, lex: Lexicon) -> tuple[int, int, str] | None:
    """(start, end, ISO date) of the bare era date that opens a date or time field's value
    ("時間:90/01/15", "日期:113年3月25日"), or None."""
    if not lex.field_eras:
        return None
    field = field_value(text, lex)
    if field is None or field[0] not in (HeaderKind.DATE, HeaderKind.TIME):
        return None
    start = text.find(field[1])
    m = _BARE_ERA_DATE.match(text, start) if start >= 0 else None
    if m is None or int(m.group("year")) <= MAX_DAY:
        return None
    try:
        day = _dt.date(int(m.group("year")) + lex.field_eras[0], int(m.group("month")), int(m.group("day")))
    except ValueError:
        return None
    return m.start(), m.end(), day.isoformat()
