"""Dated lines of a release header and the title they point at (used by the header pass):
the heading above the first dated line that has one is the title, a heading that ends with a
date is a dated line, and a release's own date line may stand under a blog's headline."""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import Boilerplate, EndLine, HeaderLine, Turn
from teikit.model import HeaderKind as K
from teikit.transforms.helpers.dates import find_date
from teikit.transforms.helpers.headerwidgets import stamp_line
from teikit.transforms.helpers.headtitles import sitting_heading


def above_date(lines: list, candidates: list, lex: Lexicon):
    """The heading nearest above the first dated line (a date line, or a heading that ends
    with a date: "Seduta n. 459 di mercoledì 6 aprile 2011") is the title: the lines above it are
    site names and section headings. Under a widget date ("Last Updated: ..."), the heading
    nearest above the lead (a summary line) is."""
    # (a publication stamp, a date and a clock time, counts, claimed as the source line or not
    # claimed at all, its site's buttons after it: the headline stands right above it, H12c,
    # H244z "2007-03-14 20:10:00 编辑 删除")
    dated = [i for i, h in enumerate(lines) if h.kind == K.DATE or (h.kind == K.UNKNOWN and ends_dated(h.text, lex))
             or (h.kind in (K.SOURCE, K.UNKNOWN) and stamp_line(h.text, lex))]
    at = {id(h): i for i, h in enumerate(lines)}
    undated = [h for h in candidates if not find_date(h.text, lex)]
    for n, d in enumerate(dated):  # a blog's post date may stand above its headline: then the next dated line
        # "Parliament: Questions And Answers - 10 December 2024 (...)" over "Sitting date: 10 ...",
        # the headline dated itself or not (H792b)
        if d and _restates_date(lines[d - 1], lines[d], candidates, lex):
            return lines[d - 1]
        if d + 1 < len(lines) and lines[d + 1].kind == K.DATE and _restates_date(lines[d], lines[d + 1], candidates, lex):
            return lines[d]
        above = [h for h in undated if at[id(h)] < d]
        if above:
            return above[-1]
        if not n and lines[d].kind == K.UNKNOWN and (_headline_with_date(lines[d].text, lex, [
                h.text for h in undated if at[id(h)] > d]) or sitting_heading(lines[d].text, lex)):
            return lines[d]  # "Full transcript of ... on January 6, 2019": the first line, its date in its tail
    # a widget date over everything ("Last Updated: ..."): the headline is the heading over the lead
    lead = next((i for i, h in enumerate(lines) if h.kind == K.SUMMARY), None) if dated else None
    above = [h for h in undated if lead is not None and at[id(h)] < lead]
    return above[-1] if above else None


# A headline that ends with its date has at least this many words before the date.
MIN_HEADLINE_WORDS = 4


def _restates_date(line, date_line, candidates: list, lex: Lexicon) -> bool:
    """A candidate heading right above the first dated line, printing the same date after a
    headline's words ("Questions And Answers - 10 December 2024 (Continued ...)" over
    "Sitting date: 10 December 2024"): the headline, its date repeated in the field (H792b)."""
    if not any(h is line for h in candidates):
        return False
    mine, theirs = find_date(line.text, lex), find_date(date_line.text, lex)
    return mine is not None and theirs is not None and mine[2] == theirs[2] \
        and len(line.text[:mine[0]].split()) >= MIN_HEADLINE_WORDS


def _headline_with_date(text: str, lex: Lexicon, below: list[str]) -> bool:
    """A headline whose tail is its date, longer than every heading below it (a video's
    caption "1/6: Durbin, Graham, Rose 48:52"; a longer heading below is the title, and the
    dated line above it a kind line: "Mitschrift der Pressekonferenz ... - Montag, 19. März")."""
    found = find_date(text, lex)
    if found is None or text[found[1]:].strip(" ."):
        return False
    words = len(text[:found[0]].split())
    headings = [line for line in below if line.lstrip()[:1] not in "•·-–—*"]  # (a list's entries are none)
    return words >= MIN_HEADLINE_WORDS and all(len(line.split()) < words for line in headings)


def release_date(text: str, lines: list, title, lex: Lexicon) -> bool:
    """A release's date line under the title ("Internal Transcript      June 1, 2010": a
    few words, then the date) when the only date so far stands above the title, as a blog
    prints its post date above its headline."""
    found = find_date(text, lex)
    if found is None or (text[found[1]:].strip() and _TIME_AFTER.fullmatch(text[found[1]:]) is None) \
            or len(text[:found[0]].split()) > 4:
        return False  # (the clock time may follow: "LE DEBAT – 02/05/2007 – 21 :00")
    at = lines.index(title)
    return any(x.kind == K.DATE for x in lines[:at]) and not any(x.kind == K.DATE for x in lines[at:])


# What may follow a heading's closing date: a dash or comma and the clock time ("LE DEBAT –
# 02/05/2007 – 21 :00", "..., 3 May 2021, 10:30 a.m."), its seconds too ("Published at
# 2008-11-10 15:15:34", a site's stamp to the second: H240z).
_TIME_AFTER = re.compile(r"\s*(?:[-–—,|]\s*)?\d{1,2}\s?[:.h]\s?\d{2}(?::\d{2})?(?:\s*(?:[ap]\.?m\.?|uhr|h))?\s*$",
                         re.IGNORECASE)


def ends_dated(text: str, lex: Lexicon) -> bool:
    found = find_date(text, lex)
    if found is None or found[0] <= 0:
        return False
    tail = text[found[1]:]
    return not tail.strip() or _TIME_AFTER.fullmatch(tail) is not None


_STAMP_MARKS = " \t\u00a0•·-–—|"


def publication_stamp(blocks: list, lex: Lexicon) -> tuple[str, str] | None:
    """(date as printed, ISO date) of the page's publication stamp above the first turn: the
    document's date when the text prints no other, the page's own date for the article (dev2
    221 rule). Two shapes, one rule (H86): a site line the boilerplate pass set apart that
    opens with a publication prefix of the lexicon, then a full date ("发布时间:2023年03月05日
    11:05 来源:中国新闻网", "Published on 3 May 2021 | Share"); and a header line the header
    pass read as the source line that holds a date and a clock time ("Posted 12.03.2010, 14:05
    by admin", `stamp_line`)."""
    pattern = lex.pattern("publication_prefixes") if lex.publication_prefixes else None
    field = False  # the block before was a form's publication field with its value below it
    for block in blocks:
        if isinstance(block, Turn):
            break
        named, field = field, False
        if isinstance(block, HeaderLine) and block.kind == K.SOURCE and stamp_line(block.text, lex):
            text = block.text
        elif isinstance(block, Boilerplate) and pattern is not None \
                and pattern.match(text := block.text.strip(_STAMP_MARKS)):
            field = text.endswith((":", "：")) and pattern.fullmatch(text.rstrip(":： ")) is not None
        elif named and isinstance(block, Boilerplate) and (found := find_date(block.text, lex)) and found[0] == 0:
            return block.text[found[0]:found[1]], found[2]  # "Publication Date:" / "October 5, 1975" (H155h)
        elif isinstance(block, Boilerplate) and played_date(block.text, lex):
            text = block.text  # a player's "31min |08/07/2020", set apart as a widget (H511a)
        else:
            continue
        found = find_date(text, lex)
        if found:
            return text[found[0]:found[1]], found[2]
    return None


def closing_stamp(blocks: list, lex: Lexicon) -> tuple[str, str] | None:
    """(date as printed, ISO date) of a release's end line after the last turn that carries
    the release's date ("Ends/Wednesday, December 23, 2015"): the document's date when the
    text prints no other (H149h). Only the end lines after the last turn are read."""
    for block in reversed(blocks):
        if isinstance(block, Turn):
            return None
        if isinstance(block, EndLine) and (found := find_date(block.text, lex)):
            return block.text[found[0]:found[1]], found[2]
    return None


# Counters after a date on a page's widget line: numbers alone, maybe between bars or dots.
_COUNTERS_AFTER = re.compile(r"(?:\s*[|·•/]?\s*\d+)+\s*")


def counted_date(text: str, lex: Lexicon) -> bool:
    """ "07.12.2010 2572 0": a date, then numbers alone (the page's view and comment counters).
    The widget prints the article's date: without another date line in the header it is the
    date, above the title as well as under it, not site furniture (H171k)."""
    found = find_date(text, lex)
    return found is not None and not text[:found[0]].strip() and _COUNTERS_AFTER.fullmatch(text[found[1]:]) is not None


# A player's duration before its date: "31min |08/07/2020", "1 h 05 min · 12.03.2021", "45:12 | ...".
_DURATION_BEFORE = re.compile(r"\s*(?:\d{1,3}\s?(?:h|hr|hrs|min|mins|minutes?|sec|s)\b\s*){1,3}"
                              r"|\s*\d{1,3}:\d{2}(?::\d{2})?\s*", re.IGNORECASE)


def played_date(text: str, lex: Lexicon) -> bool:
    """ "31min |08/07/2020": a podcast player's line, the episode's length then its date after a
    bar or a dot. The player prints the episode's date: without another date line in the
    header it is the date, not site furniture, as a counter widget's date is (H511a)."""
    found = find_date(text, lex)
    if found is None or text[found[1]:].strip():
        return False
    before = text[:found[0]].rstrip(" \t|·•–—-/")
    return before != text[:found[0]] and _DURATION_BEFORE.fullmatch(before) is not None


# An opening phrase before a date set off by commas is at most this many characters ("В День
# российского студенчества, "); a date further in is a sentence's detail, not the event's day.
MAX_APPOSITIVE_LEAD = 80
SUFFIX_SLACK = 40  # room for the date itself when it starts near that bound ("25 сентября 2024 года")
_SENTENCE_END = re.compile(r"[.!?…。！？]\s")


def appositive_date(text: str, lex: Lexicon) -> bool:
    """A lead's opening phrase, then the full date set off by commas ("В День российского
    студенчества, 25 января 2012 года, Дмитрий Медведев …", "On Students' Day, 25 January
    2012, the president …"): the day of the event the lead is about, as a lead opening with
    the date gives it (H293c)."""
    found = find_date(text[:MAX_APPOSITIVE_LEAD + SUFFIX_SLACK], lex)
    if not found or found[0] > MAX_APPOSITIVE_LEAD:
        return False
    before = text[:found[0]].rstrip()
    return before.endswith(",") and text[found[1]:].lstrip().startswith(",") \
        and _SENTENCE_END.search(before) is None
