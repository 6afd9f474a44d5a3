"""Dates and times as printed in transcript headers, and their ISO 8601 form.

Forms (month and weekday names from the document's lexicon):
- "May 19, 2021", "Feb. 7, 2022", "Tuesday, June 18, 2024" (month first);
- "19 May 2021", "6. September 2022", "6 de septiembre de 2022", "1er mars 2021",
  "6 сентября 2022 г." (day first);
- "2021-05-19" (ISO), "2022年9月6日" (year-month-day with ideographs), "2023/11/28" and
  "2023.11.28" (year first: a four-digit first part is always the year);
- "24-Jul-16", "05-Mar-2021" (day, month abbreviation and year joined by hyphens, D180s);
- "19.05.2021", "8. 10. 1980" (always day first: the dotted form is European); "(25.03.25)" in
  brackets, as video titles print it, or beside a clock time in a blog's stamp ("01:38 /
  27.12.11"), with a two-digit year read in this century (20yy);
- "5/7/2024": a part above 12 decides; when both parts could be the month, the lexicon's
  convention decides (`day_first`: False for English, whose pages here are mostly US;
  True for the other languages). This is the documented ambiguity rule. "11/4/62": a
  two-digit year is 19xx from 50 on, 20xx below (`TWO_DIGIT_PIVOT`); so is the year of
  "03.11.20 Versión ..." (day and month of two digits each, words after it).
An article may open the line ("Le 12 mars 2024", "Am 12. März 2024", "El 12 de marzo de
2024", lexicon `date_articles`), or a publication prefix ("Publié le 12 mars 2024",
"Stand: 12.03.2024", lexicon `publication_prefixes`; the setting prefers another date) and a weekday may follow the date ("2024年3月12日 星期二").
A time may follow the date, with or without a space ("06.09.2022 14:30", "06.09.202214:30"
as page widgets print it, "2023-07-17 19:00", "2023-02-14T07:58:10"), or come before it
("5:00 a.m. through 5:35 a.m., EST Monday, September 25, 2006"), or a broadcast's slot may
follow it ("Sunday, October 5, 1975 -- 11:30 AM - 12:00 Noon, EDT"). Times: "2:36 p.m. EST", "12:57 P.M. CET", "14:05 CEST".
"""
from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.titlenames import author_byline

_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|e|º|°)?\.?"
_YEAR = r"(?P<year>\d{4})"
TIME = re.compile(
    r"^\(?\d{1,2}(?::|\.|h)\d{2}\s*(?:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,5}T?)?\.?\)?$", re.IGNORECASE)
_TRAILING_TIME = re.compile(
    # glued to a year ("06.09.202214:30"), or after a space, or ISO's "T"; a results call's
    # "Aug 03, 2023 / 07:00AM GMT" sets it apart by a spaced slash (L300i), a newspaper's
    # "12 MAR 2023 - 05:30 CET" by a spaced dash (H1177g)
    r"(?:(?<=\d{4})(?:\s+[/–—-]\s+|[,\s]*)|(?<=[\d日])[,\s]+|(?<=日)|(?<=\d)T)"
    # (a French hour without minutes, "à 10h"; ISO's zone, "10:00:00+01:00", "…Z"; D1261h)
    r"(?:at\s+|à\s+|um\s+|a las\s+|alle\s+|в\s+)?\d{1,2}(?:[:.h]\d{2}(?::\d{2})?(?:\.\d+)?|h)"
    r"(?:Z|[+-]\d{2}:?\d{2})?(\s*[ap]\.?\s?m\.?)?(\s*(uhr|h|ч\.?))?(\s+[A-Z]{2,5})?$", re.IGNORECASE)
_CLOCK = r"\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?"
# "5:00 a.m. through 5:35 a.m., EST " before a date: a time, a range, a zone.
_LEADING_TIME = re.compile(
    rf"^{_CLOCK}(?:\s*(?:-|–|—|to|through|until|bis|à|a|до)\s*{_CLOCK})?,?(?:\s+[A-Z]{{2,5}}T?)?[,\s]+(?=\D)",
    re.IGNORECASE)

# "October 5, 1975 -- 11:30 AM - 12:00 Noon, EDT": a broadcast's time slot after its date, a
# range of clock times (or noon), then a time zone.
_TRAILING_SLOT = re.compile(
    rf"(?<=\d)[,\s]*(?:--|–|—|-)?\s*{_CLOCK}\s*(?:-|–|—|to|until)\s*(?:{_CLOCK}(?:\s*noon)?|noon|midnight)"
    r"(?:,?\s+[A-Z]{2,5})?$", re.IGNORECASE)


# Two-digit years ("11/4/62", "9/11/01"): below this, 20xx; from it, 19xx (a fixed pivot, so
# that the same text always gives the same date).
TWO_DIGIT_PIVOT = 50


class _Forms:
    """The date patterns of one lexicon: one scanner and the forms it re-reads hits by."""

    def __init__(self, lex: Lexicon):
        month = r"(?P<month>" + "|".join(sorted(map(re.escape, lex.months), key=len, reverse=True)) + r")\.?"
        weekday = r"(?:(?:" + "|".join(lex.weekdays) + r")\.?,?\s+)"
        self.forms = [
            # "DICIEMBRE 1° DE 1999": Latin American records put the month first, "de" before the year (H2487m)
            (rf"(?:{weekday})?{month}\s+{_DAY},?\s+(?:de\s+|del\s+)?{_YEAR}", None),
            (rf"(?:{weekday})?{_DAY}\s+(?:of\s+|de\s+)?{month},?\s+(?:de\s+|del\s+)?{_YEAR}"
             r"(?:\s*(?:года|год|г\.?))?", None),
            # "LUNEDÌ 18-MERCOLEDÌ 20-GIOVEDÌ 21 DICEMBRE 2017": the days of a sitting over one month,
            # each with its weekday, read as its first day, on which it opens (H2107k)
            (rf"{weekday}{_DAY}(?:[ \u00a0]*[-–][ \u00a0]*{weekday}\d{{1,2}}){{1,6}}\s+(?:de\s+)?{month},?"
             rf"\s+(?:de\s+|del\s+)?{_YEAR}", None),
            (r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})", None),
            # "2024-3-12": a Chinese site's unpadded ISO order (D1261h)
            (r"(?<![\d-])(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?![\d-])", None),
            (r"(?P<year>\d{4})[/.](?P<month>\d{1,2})[/.](?P<day>\d{1,2})", None),
            (r"(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日", None),
            # a weekday may open a numeric date too: "Dienstag, 12.03.2024", "Tuesday 3/12/2024" (D1261h)
            (rf"(?:{weekday})?(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<year>\d{{4}})", "slash"),
            (rf"(?:{weekday})?(?P<day>\d{{1,2}})\.[ \u00a0]?(?P<month>\d{{1,2}})\.[ \u00a0]?(?P<year>\d{{4}})", None),
            (r"(?<![\d-])(?P<day>\d{1,2})-(?P<month>\d{1,2})-(?P<year>\d{4})(?![\d-])", None),  # "18-07-2001"
            # "24-Jul-16", "05-Mar-2021": a CMS's day, month abbreviation and year joined by hyphens
            # (D180s); a two-digit year is read by `TWO_DIGIT_PIVOT`
            (rf"(?<![\w-])(?P<day>\d{{1,2}})-{month}-(?P<year>\d{{4}}|\d{{2}})(?![\w-])", None),
            # "(25.03.25)" after a video's title: a two-digit year, only in brackets
            (r"\((?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{2})\)", "short_year"),
            # "01:38 / 27.12.11", "27.12.11, 01:38": a blog's stamp, a clock time beside the date
            (r"(?<![\d.:])\d{1,2}:\d{2}[ \u00a0]*[/|,·][ \u00a0]*(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{2})"
             r"(?![\d.])", "short_year"),
            (r"(?<![\d.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{2})[ \u00a0]*[,/|·]?[ \u00a0]*\d{1,2}:\d{2}"
             r"(?![\d:])", "short_year"),
            # (not the tail of a longer number: "113/03/25" is a Minguo date, D380a, not 13 March 2025)
            (r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{2})(?![\d/])", "slash"),
        ]
        # an era's year ("中華民國113年3月25日"), tried before the plain forms
        self.forms[:0] = [(rf"{era}\s*(?P<year>\d{{1,3}})\s*年\s*(?P<month>\d{{1,2}})\s*月\s*(?P<day>\d{{1,2}})\s*日",
                           f"era{offset}") for era, offset in lex.year_eras]
        self.scanner = re.compile(
            "|".join(f"(?:{re.sub(r'[?]P<[a-z]+>', '?:', f)})" for f, _ in self.forms), re.IGNORECASE)
        self.compiled = [(re.compile(f, re.IGNORECASE), kind) for f, kind in self.forms]
        self.weekday_start = re.compile(weekday, re.IGNORECASE)
        self.weekday_alone = re.compile(r"(?:" + "|".join(lex.weekdays) + r")\.?", re.IGNORECASE)
        # "Le 12 mars 2024", "Am 12. März 2024", "l'11 marzo 2024": an article before the date
        prefixes = lex.date_articles + lex.publication_prefixes
        self.article = re.compile(r"^(?:(?:" + "|".join(prefixes) + r")\s*:?\s+|l['’](?=\d))", re.IGNORECASE) \
            if prefixes else None
        # "2024年3月12日 星期二", "12 March 2024 (Tuesday)": a weekday after the date
        # "4. Mai 2023 in Berlin", "March 3, 2023, in Geneva": a place preposition after a date (H1210h)
        self.place_after = re.compile(r"\s*,?\s+(?:" + "|".join(map(re.escape, sorted(lex.place_prepositions)))
                                      + r")\s+", re.IGNORECASE) if lex.place_prepositions else None
        self.weekday_end = re.compile(r"[\s,，(（]*(?:" + "|".join(lex.weekdays) + r")\.?[)）]?$", re.IGNORECASE)
        # the most characters a match of `weekday_end` holds after its run of spaces, commas and
        # brackets: the longest weekday and ".)"; None when a weekday's pattern repeats a part
        width = widest_match("|".join(lex.weekdays))
        self.weekday_marks = width + 2 if width is not None else None
        self.lex = lex

    def first_iso(self, hit: re.Match) -> str | None:
        """The ISO date of a scanner hit, read by the first form that reads all of it."""
        for form, kind in self.compiled:
            fm = form.fullmatch(hit.group(0))
            if fm:
                iso = self.iso(fm, kind)
                if iso:
                    return iso
        return None

    def iso(self, m: re.Match, kind: str | None) -> str | None:
        if kind == "slash":
            a, b = int(m.group("a")), int(m.group("b"))
            day_first = a > 12 or (b <= 12 and self.lex.day_first)
            day, month = (a, b) if day_first else (b, a)
        else:
            day, month = int(m.group("day")), m.group("month")
            month = int(month) if month.isdigit() else self.lex.months[month.lower().rstrip(".")]
        year = int(m.group("year"))
        if kind and kind.startswith("era"):
            year += int(kind[3:])
        elif year < 100:  # "(25.03.25)": this century's; "11/4/62": 20xx below 50, else 19xx
            year += 2000 if kind == "short_year" or year < TWO_DIGIT_PIVOT else 1900
        try:
            return _dt.date(year, month, day).isoformat()
        except ValueError:
            return None


@lru_cache(maxsize=None)
def _forms(lex: Lexicon) -> _Forms:
    return _Forms(lex)


def find_date(text: str, lex: Lexicon) -> tuple[int, int, str] | None:
    """First valid date in `text` as (start, end, ISO date)."""
    if not _YEAR_SHAPE.search(text):
        return None  # every form has its year so: no scan of the text's every position
    return _scanned_date(text, lex)


# (the header's rules ask for the date of the same lines, eight times a line on average: a
# text with a year's shape is scanned once; bounded, as it outlives the document)
@lru_cache(maxsize=1024)
def _scanned_date(text: str, lex: Lexicon) -> tuple[int, int, str] | None:
    forms = _forms(lex)
    for m in forms.scanner.finditer(text):
        iso = forms.first_iso(m)
        if iso:
            return m.start(), m.end(), iso
    m = _DOTTED_BEFORE_WORDS.search(text) if "." in text else None
    iso = forms.iso(m, None) if m else None
    return (m.start(), m.end(), iso) if iso else None


# "03.11.20 Versión estenográfica ...", "Plenarprotokoll 13/38 v. 30.01.96 ...": day and month
# of two digits each and a two-digit year, words after it (not a version number, and not a
# date widget's stamp alone on its line); the year is read by `TWO_DIGIT_PIVOT`.
_DOTTED_BEFORE_WORDS = re.compile(
    r"(?<![\d.])(?P<day>[0-3]\d)\.(?P<month>[01]\d)\.(?P<year>\d{2})(?=[ \u00a0]+(?:[^\W\d_]|<))")


def date_at_start(text: str, lex: Lexicon) -> tuple[int, str] | None:
    """A valid date that starts `text`, as (its end, ISO date): `find_date`'s answer when
    that starts at 0, found without scanning the rest of the text."""
    forms = _forms(lex)
    m = forms.scanner.match(text)
    iso = forms.first_iso(m) if m else None
    return (m.end(), iso) if iso else None


_DIGIT = re.compile(r"\d")
# What every form of `find_date` prints of its year: four digits, an era's "年", or a
# two-digit year after a day and a month ("27.12.11", "11/4/62", "24-Jul-16"). A line holding none of
# these (a timestamped segment, "[00:00:06] Speaker 03: ...", most lines of speech) holds no
# date, found by one search instead of the scanner's alternation tried at every position.
_YEAR_SHAPE = re.compile(r"\d{4}|年|\d[./]\d{1,2}[./]\d{2}|\d-[^\W\d_]{3,}\.?-\d{2}")


# The trailing patterns match at the line's end (`$`), and a match holds at most this many
# characters besides spaces and commas (a clock, a range, "a.m.", "Uhr", a zone: 40 at most;
# kept well above). When a long line's tail holds more than that, no match can start before it.
MAX_SUFFIX_MARKS = 64
SUFFIX_TAIL = 256  # (at least; four times the most a match holds)
SPACES_AND_COMMAS = r",\s"
WEEKDAY_RUN = r"\s,，(（"  # what `weekday_end` may match before its weekday, as much as printed


def cut_suffix(pattern: re.Pattern, text: str, most: int = MAX_SUFFIX_MARKS, free: str = SPACES_AND_COMMAS) -> str:
    """`pattern.sub("", text)` for a pattern whose one match ends the text (`$`) and holds at
    most `most` characters outside the character class `free` (`_TRAILING_TIME`,
    `_TRAILING_SLOT`, `weekday_end`): on a long text (a line of speech, tested because it
    prints a year) the match is looked for after the `most + 1`-th such character from the
    end only, since no match can hold it. sre tries such a pattern at every position, which
    made most of the labels pass's time on a podcast page of long lines."""
    tail = text[-max(SUFFIX_TAIL, 4 * most):]
    if len(tail) < len(text) and "\n" not in text:
        marks = _marks_from_end(most + 1, free).match(tail[::-1])
        if marks is not None:
            m = pattern.search(text, len(text) - marks.end() + 1)  # (look-behinds see the text before)
            return text[:m.start()] if m else text
    return pattern.sub("", text)


@lru_cache(maxsize=None)
def _marks_from_end(count: int, free: str) -> re.Pattern:
    """Read in a reversed text: up to its `count`-th character outside the class `free`."""
    return re.compile(rf"(?:[{free}]*[^{free}]){{{count}}}")


# The most characters a pattern's match holds (sre's own reading of it); None when a part
# repeats without bound. (`re._parser` from Python 3.11, `sre_parse` before; `page` reads it too.)
try:
    from re import _parser as sre_parser
except ImportError:  # Python 3.10
    import sre_parse as sre_parser


def widest_match(source: str) -> int | None:
    width = sre_parser.parse(source, re.IGNORECASE).getwidth()[1]
    return None if width >= sre_parser.MAXREPEAT else width


def date_line(line: str, lex: Lexicon) -> str | None:
    """ISO date if the whole line is a date, possibly with a time ("(May 21, 2022)",
    "Date: 19 May 2021", "• 19 Nov. 2019 -", "March 18, 2013, 14:00", "2020-07-18 00:48")."""
    if not _DIGIT.search(line) or not _YEAR_SHAPE.search(line):
        # every form prints its year so (`_YEAR_SHAPE`), and what is matched is the line less
        # a prefix and a suffix: no patterns for a line without one (the trailing-time
        # patterns are tried at every position of a long line of speech)
        return None
    core = re.sub(r"^(date|dated|datum|fecha|data|дата|日期)\s*[:：]\s*", "", line.strip(), flags=re.IGNORECASE)
    core = core.strip("()[] .•·-–—|\u00a0\u3000'\"*_")  # (and a Markdown emphasis: "*Published 12 May 2022*")
    forms = _forms(lex)
    if forms.article is not None:
        core = forms.article.sub("", core, count=1)
    core = cut_suffix(_TRAILING_TIME, cut_suffix(_TRAILING_SLOT, _LEADING_TIME.sub("", core)))
    if core[-1:].isalpha() or core[-1:] in ")）":
        core = cut_suffix(forms.weekday_end, core, forms.weekday_marks, WEEKDAY_RUN) if forms.weekday_marks \
            else forms.weekday_end.sub("", core)
    # Only a date that starts the line can be all of it: the scanner's hit at the start is
    # the one find_date would try first, and any later hit starts further on.
    m = forms.scanner.match(core)
    if m is None or m.end() != len(core):
        return None
    return forms.first_iso(m)


def opens_with_date(line: str, lex: Lexicon, worded: bool = False) -> bool:
    """The line opens with a full date, a weekday before it or not ("Mercredi 5 juillet 2017 -
    Strasbourg ...", "3 May 2021, Geneva"): a dateline, however much follows it. With
    `worded`, only a date with its month in words (a dateline written for readers; a
    numeric one, "2021-02-20 Site", is often a site's publication stamp)."""
    found = find_date(line, lex)
    if found is None or (worded and not any(ch.isalpha() for ch in line[found[0]:found[1]])):
        return False
    before = line[:found[0]].strip(" ,")
    return not before or _forms(lex).weekday_alone.fullmatch(before.rstrip(",")) is not None


def has_weekday(line: str, lex: Lexicon) -> bool:
    return _forms(lex).weekday_start.match(line.strip()) is not None


def is_time_line(line: str) -> bool:
    return TIME.match(line.strip().replace("\u00a0", " ")) is not None


# A recording's first time ("0:00", "00:00", "[0:00]"): a video's or a podcast's transcript or
# chapter list prints it over its first line; a time of the day printed so is "12:00 a.m." or
# "0:00 Uhr" (H1280h).
_ZERO_TIME = re.compile(r"^[\[(]?0{1,2}:00(?::00)?[\])]?$")


def recording_start(line: str) -> bool:
    """A time line that is a recording's start, no time of the day (H1280h)."""
    return _ZERO_TIME.match(line.strip()) is not None



# "Pékin, Mardi 3 novembre 2015", "Geneva – 3 March 2021", "Washington, D.C., May 3, 2021":
# a place of one or two comma-separated parts of one to four capitalised words (particles
# allowed between them), then a comma or dash and a whole date.
_PLACE_DATE_CUT = re.compile(r"\s*(?:,|\s–|\s—|\s-|\s\|)\s+")


def placed_date(line: str, lex: Lexicon) -> tuple[str, str] | None:
    """(place, ISO date) of a "Place, date" line (or "date, Place": "12 марта 2024 года,
    Москва, Кремль", "2024年3月12日，北京", "mardi 12 mars 2024 - Lyon"), or None."""
    if not _YEAR_SHAPE.search(line):
        return None  # every date form prints its year so (`_YEAR_SHAPE`): most header lines
    text = line.strip()
    for cut in _PLACE_DATE_CUT.finditer(text):
        place = text[:cut.start()]
        if "," in place and _forms(lex).weekday_alone.fullmatch(place.rsplit(",", 1)[1].strip()):
            place = place.rsplit(",", 1)[0]  # "Berlin, Donnerstag, den 9. November 2023": the weekday is the date's (H1061f)
        parts = [p.strip() for p in place.split(",")]
        if len(parts) > 2 or not all(place_part(p, lex) for p in parts) or _weekday_alone(place, lex) \
                or author_byline(parts[0], lex):  # "By Jane Doe, March 3, 2023": the author, no place (H1212h)
            return _date_then_place(text, lex)
        iso = date_line(text[cut.end():], lex)
        if iso:
            return place, iso
    return _date_then_place(text, lex)


def _weekday_alone(text: str, lex: Lexicon) -> bool:
    """A weekday, with the date's article before it or not: "Friday", "ON FRIDAY" over the date
    of a court’s hearing is no place (H2510m)."""
    forms = _forms(lex)
    bare = forms.article.sub("", text, count=1) if forms.article is not None else text
    return forms.weekday_alone.fullmatch(text) is not None or forms.weekday_alone.fullmatch(bare) is not None


_AFTER_DATE_CUT = re.compile(r"\s*(?:[,，、]|\s[-–—|])\s*")
_IDEOGRAPHIC_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,6}$")


def _date_then_place(text: str, lex: Lexicon) -> tuple[str, str] | None:
    """(place, ISO date) of a line that is a date, a comma or dash, and a place of one or two
    parts (a city and a venue, or one to six ideographs)."""
    forms = _forms(lex)
    text = forms.article.sub("", text, count=1) if forms.article is not None else text  # "Am 4. Mai 2023 in Berlin"
    found = date_at_start(text, lex) if text[:1].isalnum() else None
    cut = None if found is None else \
        (forms.place_after and forms.place_after.match(text, found[0])) or _AFTER_DATE_CUT.match(text, found[0])
    if cut is None:
        return None
    place = text[cut.end():].strip().rstrip(".")
    parts = [p.strip() for p in re.split(r"[,，]", place)]
    if len(parts) >= 2 and is_time_line(parts[0]):  # "06.09.2022, 11:00 Uhr, Berlin": the time, then the place (H1062f)
        place = place.split(",", 1)[1].strip()
        parts = parts[1:]
    if 1 <= len(parts) <= 2 and all(place_part(p, lex) or _IDEOGRAPHIC_PLACE.match(p) for p in parts) \
            and not _forms(lex).weekday_alone.fullmatch(parts[0]) and parts[0].split()[0].lower() not in lex.articles \
            and not lex.whole_words("office_words").search(place):
        return place, found[1]  # not "12 March 2024 - The Minister"
    return None


_COUNTRY_AFTER = re.compile(r"\s*\([^\W\d_][^()]{0,40}\)$")


def place_part(part: str, lex: Lexicon) -> bool:
    words = _COUNTRY_AFTER.sub("", part).split()  # "Geneva (Switzerland)": its country in brackets
    return 1 <= len(words) <= 4 and words[0][:1].isupper() and not any(c.isdigit() for c in part) \
        and all(w[:1].isupper() or w.lower() in lex.name_particles for w in words)
