"""A record's date written in words, and the place its opening formula names (D181s).

Minutes and acts print their date in words in the opening formula: "En la ciudad de Santa
Rosa, ..., a los ocho días del mes de septiembre de dos mil veintidós, siendo la hora ...",
"L'an deux mille vingt-deux, le huit septembre, ...". The lexicon gives the forms
(`worded_dates`: patterns with `{day}`, `{month}` and `{year}` slots), the number words with
their values (`number_words`: units, tens, hundreds and the thousand; words worth 0 join
others, "y", "et") and the openers that name the place (`record_places`). A number phrase
is read left to right: a hundred or a thousand multiplies what stands before it ("dos mil" =
2000, "neuf cent" = 900), other words add ("veintidós", "quatre-vingt-dix-neuf" = 80+10+9).
A day outside 1-31 or a year outside 1000-2999 is no date; the form must hold all three parts,
so a number spoken in a sentence is never read as a date.
"""
from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache

from teikit.lexicons import Lexicon

MIN_YEAR, MAX_YEAR = 1000, 2999


class _Worded:
    def __init__(self, lex: Lexicon):
        self.values = {w.lower(): v for w, v in lex.number_words.items()}
        words = "|".join(sorted(map(re.escape, self.values), key=len, reverse=True))
        number = rf"(?:{words})(?:[\s-]+(?:{words}))*" if words else r"(?!)"
        # the words of a phrase, the longest first ("quatre-vingt" before "quatre")
        self.word = re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE) if words else None
        months = "|".join(sorted(map(re.escape, lex.months), key=len, reverse=True)) or r"(?!)"
        slots = {"day": rf"(?P<day>\d{{1,2}}|{number})", "month": rf"(?P<month>{months})",
                 "year": rf"(?P<year>\d{{4}}|{number})"}
        self.forms = [re.compile(rf"(?<!\w){form.format(**slots)}(?!\w)", re.IGNORECASE)
                      for form in lex.worded_dates]
        # (a record's narration line may open with a dash: "- En Buenos Aires, al primer día …", H2487m)
        self.place = re.compile(rf"^\s*(?:[-–—]\s*)?(?:{'|'.join(lex.record_places)})\s+(?P<place>[^\W\d_][^,;:\n]{{1,60}}?)\s*,",
                                re.IGNORECASE) if lex.record_places else None
        self.months = lex.months

    def number(self, phrase: str) -> int | None:
        if phrase.isdigit():
            return int(phrase)
        total = current = 0
        for m in self.word.finditer(phrase):
            value = self.values.get(m.group(0).lower())
            if value is None:
                return None
            if value == 1000:
                total, current = total + (current or 1) * 1000, 0
            elif value == 100:
                current = (current or 1) * 100
            else:
                current += value
        return total + current


@lru_cache(maxsize=None)
def _worded(lex: Lexicon) -> _Worded:
    return _Worded(lex)


def worded_date(text: str, lex: Lexicon) -> tuple[str, str] | None:
    """(the words, ISO date) of the first date the lexicon's worded forms read in `text`."""
    w = _worded(lex)
    for form in w.forms:
        for m in form.finditer(text):
            day, year = w.number(m.group("day")), w.number(m.group("year"))
            month = w.months.get(m.group("month").lower().rstrip("."))
            if day and month and year and 1 <= day <= 31 and MIN_YEAR <= year <= MAX_YEAR:
                try:
                    return m.group(0), _dt.date(year, month, day).isoformat()
                except ValueError:
                    continue
    return None


def record_place(text: str, lex: Lexicon) -> str | None:
    """The place an opening formula names before its first comma ("En la ciudad de Santa
    Rosa, ..."): asked only of a text whose date is written in words."""
    w = _worded(lex)
    m = w.place.match(text) if w.place else None
    return m.group("place") if m else None
