"""Dates and times as printed in transcript headers, and their ISO 8601 form.

Forms: "May 19, 2021", "Feb. 7, 2022", "Tuesday, June 18, 2024", "19 May 2021",
"13 October 2006", "5/28/2015" (US order), "2021-05-19", "19.05.2021" (European order); times "2:36 p.m. EST",
"12:57 P.M. CET", "14:05 CEST".
"""
from __future__ import annotations

import datetime as _dt
import re

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = (r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|"
            r"fri|sat|sun)\.?,?\s+")
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_FORMS = [
    rf"(?:{_WEEKDAY})?{_MONTH}\s+{_DAY},?\s+{_YEAR}",
    rf"(?:{_WEEKDAY})?{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}",
    r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})",
    r"(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4})",
    r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})",  # European 19.05.2021
]
# One scanner for all forms (groups unnamed); each hit is re-read by its own form.
DATE = re.compile("|".join(f"(?:{re.sub(r'[?]P<[a-z]+>', '?:', f)})" for f in _FORMS),
                  re.IGNORECASE)
_FORM_RES = [re.compile(f, re.IGNORECASE) for f in _FORMS]
_WEEKDAY_START = re.compile(_WEEKDAY, re.IGNORECASE)
TIME = re.compile(
    r"^\(?\d{1,2}(?::|\.)\d{2}\s*(?:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,5}T?)?\.?\)?$", re.IGNORECASE)


def _iso(m: re.Match) -> str | None:
    month = m.group("month")
    month = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
    try:
        return _dt.date(int(m.group("year")), month, int(m.group("day"))).isoformat()
    except ValueError:
        return None


def find_date(text: str) -> tuple[int, int, str] | None:
    """First valid date in `text` as (start, end, ISO date)."""
    for m in DATE.finditer(text):
        for form in _FORM_RES:
            fm = form.fullmatch(m.group(0))
            if fm:
                iso = _iso(fm)
                if iso:
                    return m.start(), m.end(), iso
    return None


_TRAILING_TIME = re.compile(r"[,\s]+(at\s+)?\d{1,2}[:.]\d{2}(\s*[ap]\.?\s?m\.?)?(\s+[A-Z]{2,5})?$", re.IGNORECASE)


def date_line(line: str) -> str | None:
    """ISO date if the whole line is a date, possibly with a time ("(May 21, 2022)",
    "Date: 19 May 2021", "• 19 Nov. 2019 -", "March 18, 2013, 14:00", "2020-07-18 00:48")."""
    core = re.sub(r"^(date|dated)\s*:\s*", "", line.strip(), flags=re.IGNORECASE)
    core = core.strip("()[] .•·-–—\u00a0")
    core = _TRAILING_TIME.sub("", core)
    found = find_date(core)
    if found and found[0] == 0 and found[1] == len(core):
        return found[2]
    return None


def has_weekday(line: str) -> bool:
    return _WEEKDAY_START.match(line.strip()) is not None


def is_time_line(line: str) -> bool:
    return TIME.match(line.strip().replace("\u00a0", " ")) is not None
