"""Pass `setting`: the setting of the event (teiHeader settingDesc) from the header lines.

Title, venue, place, date and time come from their header lines; when no date line is
printed, a full date inside the title is used ("Department Press Briefing – February 7,
2022"). The occasion (`activity`) is an occasion line ("Remarks to the Press") or, failing
that, the occasion phrase of the title ("Joint Press Availability").
"""
from __future__ import annotations

import re
from itertools import takewhile
from functools import lru_cache

from teikit.lexicons import Lexicon, compiled_once
from teikit.model import HeaderKind as K
from teikit.model import HeaderLine, Paragraph, Setting, Transcript
from teikit.transforms.helpers.dates import date_at_start, date_line, find_date, has_weekday, opens_with_date, place_part, placed_date, recording_start
from teikit.transforms.helpers.headerdates import appositive_date, closing_stamp, publication_stamp
from teikit.transforms.helpers.headtitles import gapped_fields_title
from teikit.transforms.helpers.releasenotes import fielded_date, release_noted_date
from teikit.transforms.helpers.titleday import day_in_title as _day_in_title
from teikit.transforms.helpers.titleday import date_closing_title, title_short_date
from teikit.transforms.helpers.eradates import field_era_date
from teikit.transforms.helpers.leaddates import told_date
from teikit.transforms.helpers.labelwords import calendar_word
from teikit.transforms.helpers.courtheader import place_line
from teikit.transforms.helpers.headerlines import field_value, is_place_pair, occasion
from teikit.transforms.helpers.recordeddates import recorded_date
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.leadlines import closing_dateline
from teikit.transforms.helpers.postdates import agency_day, stamped, venued_dateline
from teikit.transforms.helpers.titlecuts import unframed_title
from teikit.transforms.helpers.titlefallbacks import named_date_line, without_credit
from teikit.transforms.helpers.wordeddates import record_place, worded_date
from teikit.transforms.helpers.titleplaces import held_place, occasion_place, segment_place, title_tail_place


def _value(line: HeaderLine, lex: Lexicon) -> str:
    """The line without a "Date:"/"Location:" field name."""
    field = field_value(line.text, lex)
    placed = place_line(line.text, lex) if field is None and line.kind == K.PLACE else None
    return field[1] if field else placed[0] if placed else line.text.strip()  # "AT CANBERRA" (H2511m)


def _title(lines: list[HeaderLine], lex: Lexicon) -> str | None:
    """A title printed over two lines is one title; of front-matter fields ("title: ...",
    "episode: 94") the first that is more than a number is the title, not all joined."""
    fielded = [(n, v[1]) for n, t in enumerate(lines) if (v := field_value(t.text, lex))]
    if fielded:
        n, value = next(((n, value) for n, value in fielded if not value.strip().isdigit()), fielded[0])
        # the field's value folded onto indented lines under it ("title: … Science" / "  at DoorDash)", H876d)
        after = [(t, k) for k, t in enumerate(lines[n + 1:], lines[n].line + 1) if t.line == k and lines[n].line]
        folded = takewhile(lambda pair: field_value(pair[0].text, lex) is None, after)
        return " ".join([value.strip(), *(t.text.strip() for t, _ in folded)])
    joined = unframed_title(" ".join(_unheaded(_value(t, lex), lex) for t in lines), lex)  # (H2000k)
    return gapped_fields_title(joined, lex) or without_credit(joined, lex) or None


# A Markdown heading's marks before a title: "# TSLA Q2 2025 Earnings Call Transcript" (H874d);
# "# 24 Steve & Matthieu" is an episode's number sign, kept; "# 31 January, 2023 Meeting Notes"
# opens with a date, the marks a heading's (H1633i).
_HEADING_MARKS = re.compile(r"^#{1,6}[ \t]+(?=[^\d\s#])")
_DIGIT_HEADING_MARKS = re.compile(r"^#{1,6}[ \t]+(?=\d)")


# A Pandoc heading's attributes after its text, its id first: "Title {#title .post-title}" (H1508i).
_HEADING_ATTRIBUTES = re.compile(r"[ \t]+\{#[^{}\s]+[^{}\n]*\}[ \t]*$")


def _unheaded(value: str, lex: Lexicon | None = None) -> str:
    """A title line's value without the marks of a Markdown heading or a Pandoc heading's
    attributes (H1508i)."""
    if value.rstrip().endswith("}"):
        value = _HEADING_ATTRIBUTES.sub("", value)
    if value[:1] != "#":
        return value
    digit = _DIGIT_HEADING_MARKS.match(value)
    if digit is not None and lex is not None and opens_with_date(value[digit.end():], lex, worded=True):
        return value[digit.end():]  # "# 31 January, 2023 Meeting Notes": a date, no episode's number
    return _HEADING_MARKS.sub("", value, count=1)


def _published(date: HeaderLine, above: HeaderLine | None, lex: Lexicon) -> bool:
    """A date line under an author's byline ("By Jane Roe" / "August 19, 2005") or after a
    publication prefix ("Published on ...") is when the article was published; a date in
    the title or another date line is then the event's. `above` is the line over it."""
    if lex.publication_prefixes and lex.pattern("publication_prefixes").match(date.text.strip()):
        return True  # "Publié le 12 mars 2024", "Posted on March 12, 2024"
    # the header pass reads "By <name>" as a byline (headerlines.classify)
    return above is not None and above.kind == K.BYLINE and above.text.strip().lower().startswith("by ")


DATELINE_DATE_CHARS = 300
def _without_article(text: str, lex: Lexicon) -> str:
    """ "On Sunday 18 February 2007, ...": the lead without the date's article."""
    head, _, rest = text.partition(" ")
    return rest if head.lower() in lex.date_articles else text


def place_before_weekday(head: str, lex: Lexicon) -> str | None:
    """ "BERLIN, SONNTAG, DEN 12. Februar 2017": the place a record's heading prints before the
    weekday of its date (the text before the date is `head`)."""
    m = _place_weekday(lex).search(head[-60:])
    return m.group(1).title() if m and m.group(1).isupper() else m.group(1) if m else None


@lru_cache(maxsize=None)
def _place_weekday(lex: Lexicon) -> re.Pattern:
    weekdays = "|".join(lex.weekdays)
    return re.compile(rf"(?:^|\s)([^\W\d_][\w'’-]+),\s+(?:{weekdays})\.?,?\s+(?:\w{{2,3}}\s+)?$", re.IGNORECASE)


class SettingPass:
    name = "setting"
    after = ("header",)

    def apply(self, doc: Transcript, ctx) -> None:
        given = doc.setting.title  # a title the reader found in the file's own header (WebVTT's, H140h)
        doc.setting = read_setting([b for b in doc.blocks if isinstance(b, HeaderLine)], ctx.lexicon)
        doc.setting.title = doc.setting.title or given
        if (dated := venued_dateline([b for b in doc.blocks if isinstance(b, HeaderLine)], ctx.lexicon)):
            (doc.setting.date_text, doc.setting.date_iso, doc.setting.place,
             doc.setting.venue) = dated[0], dated[1], dated[2], dated[3] or doc.setting.venue  # N231y
        if doc.setting.place is None:
            doc.setting.place = dateline_place(doc, ctx.lexicon)
        heads = dateline_heads(doc) if doc.setting.place is None or doc.setting.date_iso is None else []
        if heads:
            found = dated_dateline(heads, ctx.lexicon)  # "MOSCOW, March 3, 2021 — ...", "Berlin, 12.3.2021 – ..."
            if found:
                doc.setting.place = doc.setting.place or found[0]
                if doc.setting.date_iso is None:
                    doc.setting.date_text, doc.setting.date_iso = found[1], found[2]
            elif doc.setting.place is None:
                doc.setting.place = yearless_dateline(heads, ctx.lexicon)
        if doc.setting.date_iso is None:
            found = opening_date(doc, ctx.lexicon)
            if found:
                doc.setting.date_text, doc.setting.date_iso, place = found
                doc.setting.place = doc.setting.place or place
        if (doc.setting.date_iso is None or doc.setting.place is None) and (found := record_date(doc, ctx.lexicon)):
            if doc.setting.date_iso is None:  # "a los ocho días del mes de ..." (D181s)
                doc.setting.date_text, doc.setting.date_iso = found[0], found[1]
            doc.setting.place = doc.setting.place or found[2]  # its place, also under a dated header (H2487m)
        if doc.setting.date_iso is None and (stamp := publication_stamp(doc.blocks, ctx.lexicon)):
            doc.setting.date_text, doc.setting.date_iso = stamp  # no other date: the page's own
            _day_in_title(doc.setting, ctx.lexicon)
        if doc.setting.date_iso is None and (stamp := closing_stamp(doc.blocks, ctx.lexicon)):
            doc.setting.date_text, doc.setting.date_iso = stamp  # "Ends/Wednesday, December 23, 2015" (H149h)
        if (told := recorded_date(doc, ctx.lexicon)) is not None:
            doc.setting.date_text, doc.setting.date_iso = told[0], told[1]  # the lead's day of the occasion (D1034f)
            doc.setting.place = doc.setting.place or told[2]
        if stamped(doc.blocks, doc.setting.date_text, ctx.lexicon) \
                and (agency := agency_day(news_openings(doc), doc.setting.date_iso, ctx.lexicon)) \
                and agency[1] != doc.setting.date_iso:
            doc.setting.date_text, doc.setting.date_iso = agency  # "新华社北京3月8日电" under the stamp (N231y)
        if doc.setting.place and calendar_word(doc.setting.place.split()[0], ctx.lexicon):
            doc.setting.place = None  # "Montag (Nachmittag), 4. Juni 2018": a sitting's weekday, no place (H1459i)


# A news story's dateline opens one of its first paragraphs.
DATELINE_PARAGRAPHS = 3


# A record whose header is run into its first paragraph (an OCR'd deposition: "COMMITTEE
# ... DEPOSITION OF: ... Tuesday, February 5, 2008 Washington, D.C. The deposition ...")
# prints its date within this many characters.
OPENING_DATE_CHARS = 600


def opening_date(doc: Transcript, lex: Lexicon) -> tuple[str, str, str | None] | None:
    """(text, ISO, place) of a date with its weekday near the start of an unlabeled opening,
    when the header gives none: a weekday makes it the record's date line, not a date spoken
    about. A "City, Region" pair right after it is the place."""
    first = next(iter(doc.turns()), None)
    if first is None or first.label is not None or not first.paragraphs \
            or not isinstance(first.paragraphs[0], Paragraph):
        # a news lead before the first turn (H20b): its date with a weekday, likewise
        lead = next((b for b in doc.blocks if isinstance(b, HeaderLine) and b.kind == K.SUMMARY), None)
        if lead is None:
            return None
        text = lead.text[:OPENING_DATE_CHARS]
    else:
        text = _opening(first.paragraphs[0], OPENING_DATE_CHARS)
    # "... For Immediate Release October 15, 2009 ..." (H143h); "... | 播出时间:2003年11月13日 ..." (H144h)
    if (released := release_noted_date(text, lex) or fielded_date(text, lex)):
        return text[released[0]:released[1]], released[2], None
    found = find_date(text, lex)
    if found and has_weekday(text[found[0]:found[1]], lex):
        after = _PLACE_AFTER.match(text, found[1])
        place = after.group(1) if after and is_place_pair(after.group(1), lex) else None
        return text[found[0]:found[1]], found[2], place
    return None


def record_date(doc: Transcript, lex: Lexicon) -> tuple[str, str, str | None] | None:
    """(words, ISO, place) of a record's date written in words in its opening formula, read in
    the header's lines or the start of an unlabeled opening, when nothing else dates the text;
    the place the same formula names before its first comma (D181s)."""
    texts = [b.text for b in doc.blocks if isinstance(b, HeaderLine)]
    first = next(iter(doc.turns()), None)
    if first is not None and first.label is None and first.paragraphs and isinstance(first.paragraphs[0], Paragraph):
        texts.append(_opening(first.paragraphs[0], OPENING_DATE_CHARS))
    for text in texts:
        found = worded_date(text[:OPENING_DATE_CHARS], lex)
        if found:
            return found[0], found[1], record_place(text, lex)
    return None


_PLACE_AFTER = re.compile(r"\s+([A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+){0,2}, (?:(?:[A-Z]\.){2,}|[A-Z][^\W\d_]+\.?))(?=\s|$)")


def _opening(para: Paragraph, chars: int = 200) -> str:
    """The first characters of a paragraph (not the whole of a one-paragraph 50 MB text)."""
    out, size = [], 0
    for item in para.content:
        out.append(getattr(item, "text", "") or "")
        size += len(out[-1])
        if size >= chars:
            break
    return "".join(out)[:chars]


def dateline_place(doc: Transcript, lex: Lexicon) -> str | None:
    """The place of a news dateline opening the text ("WASHINGTON (Reuters) — ...",
    "某某网北京11月28日电 ..."), by the lexicon's `news_datelines`."""
    for text in news_openings(doc):
        text = text.lstrip(" \t\u3000")
        for pattern in lex.news_datelines:
            m = compiled_once(pattern).match(text)
            if m:
                return m.group("place")
    return None


def news_openings(doc: Transcript) -> list[str]:
    """The texts a news dateline may open: the header's datelines (the header pass set them
    apart from the speech, helpers.leadlines) first, then the first paragraphs' openings."""
    first = next((t for t in doc.turns()), None)
    paragraphs = [p for p in (first.paragraphs if first else []) if isinstance(p, Paragraph)]
    datelines = [b.text for b in doc.blocks if isinstance(b, HeaderLine) and b.kind == K.DATELINE]
    return datelines + [_opening(p) for p in paragraphs[:DATELINE_PARAGRAPHS]]


# "Place, date (Agency) — ": a news story's dateline of any language, its date in the
# lexicon's forms, the agency optional, a dash after it.
_DATED_DATELINE = re.compile(r"^(?P<head>[^\W\d_][^—–()\n]{4,60}?)\s*(?:\([^()\n]{2,30}\)\s*)?(?:—|–|--|-)\s")


def dateline_heads(doc: Transcript) -> list[str]:
    """The "Place, date" heads before a dash that open the first paragraphs of the text or the
    header's leads and datelines (most texts have none: a dash is looked for first)."""
    first = next((t for t in doc.turns()), None)
    paragraphs = [p for p in (first.paragraphs if first else []) if isinstance(p, Paragraph)]
    leads = [b.text for b in doc.blocks if isinstance(b, HeaderLine) and b.kind in (K.DATELINE, K.SUMMARY)]
    heads = []
    for text in leads + [_opening(p) for p in paragraphs[:DATELINE_PARAGRAPHS]]:
        text = text.lstrip(" \t\u3000")
        m = _DATED_DATELINE.match(text) if _DASH.search(text, 0, DATELINE_HEAD_CHARS) else None
        if m:
            heads.append(m.group("head"))
    return heads


DATELINE_HEAD_CHARS = 100
_DASH = re.compile(r"[-–—]")


def dated_dateline(heads: list[str], lex: Lexicon) -> tuple[str, str, str] | None:
    """(place, date text, ISO) of a dateline with a date that opens the story: "MOSCOW, March
    3, 2021 (Reuters) — ...", "Berlin, 12.3.2021 – ...": a "Place, date" head (see
    `dates.placed_date`) before a dash."""
    for head in heads:
        placed = placed_date(head, lex)
        if placed:
            return placed[0], head[len(placed[0]):].strip(" ,"), placed[1]
    return None


def yearless_dateline(heads: list[str], lex: Lexicon) -> str | None:
    """The place of a dateline whose date has no year ("MOSCOW, March 3 (Reuters) — ..."):
    the place is printed, the year is not, so no date is taken."""
    if not lex.months:
        return None
    for head in heads:
        day = _yearless(lex).fullmatch(head)
        if day and place_part(day.group("place"), lex):
            return day.group("place")
    return None


@lru_cache(maxsize=None)
def _yearless(lex: Lexicon) -> re.Pattern:
    months = "|".join(sorted((re.escape(k) for k in lex.months), key=len, reverse=True))
    return re.compile(rf"(?P<place>[^,]+),\s+(?:\d{{1,2}}\.?\s+(?:{months})\.?|(?:{months})\.?\s+\d{{1,2}})",
                      re.IGNORECASE)


def read_setting(lines: list[HeaderLine], lex: Lexicon) -> Setting:
    by_kind: dict[str, list[HeaderLine]] = {}
    for line in lines:
        by_kind.setdefault(line.kind, []).append(line)

    def first(kind: str) -> str | None:
        return _value(by_kind[kind][0], lex) if kind in by_kind else None

    # Without a title line, the occasion line ("Remarks to the Press") is the best title.
    title = _title(by_kind.get(K.TITLE, []), lex)
    s = Setting(title=title or first(K.SUBTITLE) or first(K.ACTIVITY) or named_date_line(lines, lex),
                place=first(K.PLACE),  # (not a recording's "0:00" over its first line, H1280h)
                time=next((_value(h, lex) for h in by_kind.get(K.TIME, []) if not recording_start(h.text)), None))
    venues = [_value(v, lex) for v in by_kind.get(K.VENUE, [])]
    venues += [v for h in by_kind.get(K.PLACE, [])[:1] if (v := (place_line(h.text, lex) or (None, None))[1])]
    s.venue = ", ".join(venues) or None
    # (the line above each date is taken by position: a search of the list per date would
    # grow with the square of the lines of a header made of dates)
    event_date = next((h for i, h in enumerate(lines)
                       if h.kind == K.DATE and not _published(h, lines[i - 1] if i else None, lex)), None)
    if event_date is not None:
        s.date_text = _value(event_date, lex)
        s.date_iso = event_date.when or date_line(s.date_text, lex)
        placed = placed_date(s.date_text, lex)
        if placed and s.place is None:
            s.place = placed[0]  # "Pékin, Mardi 3 novembre 2015"
    else:
        # a title that is an occasion line ("2021年5月10日外交部发言人华春莹主持例行记者会") has
        # the date too, and so has a dateline ("(Paris, 7 juillet 2011) - Conférence de presse ...")
        # a lead opening with the full date ("2019年4月18日下午，……记者招待会上", "On Sunday 18
        # February 2007, ...") or setting it off by commas after an opening phrase ("В День
        # российского студенчества, 25 января 2012 года, ...") tells the event's day before a
        # subtitle's repost date does
        leads = [h for h in by_kind.get(K.SUMMARY, []) + by_kind.get(K.NOTE, [])
                 if h.text[:1].isalnum() and (date_at_start(_without_article(h.text.strip(), lex), lex)
                                              or appositive_date(h.text, lex))]  # (H293c)
        # a release note's date in a header run ("... For Immediate Release, July 06, 2011 ..."),
        # before a date at the head of a lead, which may be a viewer's print stamp (H143h)
        released = next(((h, f) for h in lines if (f := release_noted_date(h.text, lex))), None)
        if released:
            s.date_text, s.date_iso = released[0].text[released[1][0]:released[1][1]], released[1][2]
        # a record's time field may give the day too ("時  間 中華民國113年3月25日 15時36分"): first
        for line in () if released else by_kind.get(K.TIME, []) + by_kind.get(K.TITLE, []) + leads + by_kind.get(K.SUBTITLE, []) \
                + by_kind.get(K.ACTIVITY, []) + by_kind.get(K.DATELINE, []):
            # a dateline's own date stands at its head, not in the story after it
            found = find_date(line.text[:DATELINE_DATE_CHARS] if line.kind == K.DATELINE else line.text, lex) \
                or field_era_date(line.text, lex) \
                or (title_short_date(line.text, lex) if line.kind == K.TITLE else None)  # "時間:90/01/15" (D380a), H514a
            if found:
                s.date_text, s.date_iso = line.text[found[0]:found[1]], found[2]
                after = _PLACE_AFTER.match(line.text, found[1]) if line.kind != K.DATELINE else None
                # (in capitals, or closed: "Jane Roe, Harbour Master" goes on with a capital)
                if after and s.place is None and is_place_pair(after.group(1), lex) \
                        and (after.group(1).isupper() or not re.match(r"\s+[^\W\d_]", line.text[after.end():])) \
                        and not any(nm.fold(w) in nm.folded(lex, "label_role_words") or nm.is_title_word(w, lex)
                                    for w in after.group(1).replace(",", " ").split()):
                    s.place = after.group(1)  # "… TUESDAY, MAY 10, 2011 WASHINGTON, D.C. …": a record's header run on
                if line.kind == K.DATELINE and s.place is None:
                    after = _PLACE_AFTER.match(line.text, found[1])
                    s.place = place_before_weekday(line.text[:found[0]], lex) or (
                        after.group(1) if after and is_place_pair(after.group(1), lex) else None) or (
                        placed[0] if (placed := closing_dateline(line.text, lex)) else None)  # H160q
                break
        if s.date_iso is None and K.DATE not in by_kind:  # the lead's sentence on the event (D381a)
            told = next(((h, f) for h in lines if h.kind in (K.NOTE, K.SUMMARY) and (f := told_date(h.text, lex))),
                        None)
            if told:
                s.date_text, s.date_iso = told[0].text[told[1][0]:told[1][1]], told[1][2]
        if s.date_iso is None and K.DATE in by_kind:  # only a publication date was printed
            s.date_text = _value(by_kind[K.DATE][0], lex)
            s.date_iso = by_kind[K.DATE][0].when or date_line(s.date_text, lex)
            placed = placed_date(s.date_text, lex)
            if placed and s.place is None:
                s.place = placed[0]  # "By Jane Doe" / "Springfield, March 3, 2023": the line names its place (H1212h)
        if s.date_iso is None:  # only an author's byline dates the page: "By Jane Doe | March 3, 2023" (H1212h)
            dated = next(((h, f) for h in by_kind.get(K.BYLINE, []) if (f := find_date(h.text, lex))), None)
            if dated:
                s.date_text, s.date_iso = dated[0].text[dated[1][0]:dated[1][1]], dated[1][2]
    _day_in_title(s, lex)
    date_closing_title(s, lex)  # "…, 5 June 2018" over the page's "06 June 2018" (D2286l)
    if s.place is None and s.title:
        s.place = title_tail_place(s.title, lex)
    if s.place is None:
        s.place = occasion_place([h.text for h in lines if h.kind in (K.TITLE, K.SUBTITLE, K.ACTIVITY)], lex) \
            or segment_place([h.text for h in lines if h.kind in (K.TITLE, K.SUBTITLE, K.ACTIVITY, K.UNKNOWN)], lex) \
            or held_place([h.text for h in lines if h.kind in (K.TITLE, K.SUBTITLE, K.SUMMARY)], lex)  # "在北京召开" (H2529m)
    s.activity = first(K.ACTIVITY)
    if s.activity is None and s.title:
        s.activity = occasion(s.title, lex)
    return s


PASS = SettingPass()
